package no.sammen.journalaudit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import no.sammen.shared.CatalogChecks;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;


/**
 * The journal audit's checklist, read once at start-up from a versioned data file in our own words: its
 * items, each with a text and a hint in bokmål, nynorsk and English and what Sammen registers for it, and
 * the rule by which a record meets the audit's criteria (K8). A file with a mistake stops the application
 * with a message naming the item and the field. A changed checklist is a new file with a higher version;
 * each round keeps the version it was answered under.
 */
@Component
public class AuditChecklist {

    static final String CATALOG = "journal-audit-checklist";
    /** The one rule a record is judged by: every item that applies is yes, and enough items apply. */
    static final String ALL_APPLICABLE_YES = "ALL_APPLICABLE_YES";

    private final Read read;

    @org.springframework.beans.factory.annotation.Autowired
    AuditChecklist(JournalAuditProperties properties) {
        this(load(properties.checklist()));
    }

    AuditChecklist(Read read) {
        this.read = read;
    }

    /** Reads the checklist file on the class path. */
    static Read load(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return read(resource, in);
        } catch (IOException e) {
            throw new UncheckedIOException("journal audit checklist " + resource + " cannot be read", e);
        }
    }

    public int version() {
        return read.version();
    }

    /** The items in the order the auditor answers them. */
    public List<ChecklistItem> items() {
        return read.items();
    }

    public Optional<ChecklistItem> find(String id) {
        return read.items().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** How many items must apply for a record to meet the criteria. */
    public int minimumApplicable() {
        return read.minimumApplicable();
    }

    /** The target share of records that meet the criteria, drawn on the chart; null when none is set. */
    public Double target() {
        return read.target();
    }

    public String title(Locale locale) {
        return ChecklistItem.inLanguage(read.title(), locale);
    }

    /** The rule of K8 in words. */
    public String criteria(Locale locale) {
        return ChecklistItem.inLanguage(read.criteria(), locale);
    }

    /** Whether a record with these answers meets the criteria: every applicable item yes, enough applicable. */
    public boolean meets(Map<String, Answer> answers) {
        long applicable = answers.values().stream().filter(Answer::applicable).count();
        return applicable >= read.minimumApplicable()
                && answers.values().stream().filter(Answer::applicable).allMatch(a -> a == Answer.YES);
    }

    record Read(int version, Map<String, String> title, Map<String, String> criteria, int minimumApplicable,
            Double target, List<ChecklistItem> items) {
    }

    record ChecklistFile(String catalog, Integer version, Map<String, String> title, Map<String, String> source,
            Criteria meetsCriteria, List<Entry> items) implements CatalogChecks.Header {
    }

    record Criteria(String rule, Integer minimumApplicable, Double target, Map<String, String> text) {
    }

    record Entry(String id, String sammen, Map<String, String> texts, Map<String, String> hints) {
    }

    /** Reads and checks a checklist file; {@code name} is only used in messages. */
    static Read read(String name, InputStream in) {
        ChecklistFile file = CatalogChecks.readFile(CATALOG, name, in, ChecklistFile.class);
        CatalogChecks.requireLanguages(CATALOG, name, "title", file.title());
        Criteria criteria = file.meetsCriteria();
        CatalogChecks.require(CATALOG, name, "meetsCriteria", criteria != null, "is missing");
        CatalogChecks.require(CATALOG, name, "meetsCriteria.rule", ALL_APPLICABLE_YES.equals(criteria.rule()),
                "must be \"" + ALL_APPLICABLE_YES + "\"");
        CatalogChecks.require(CATALOG, name, "meetsCriteria.target",
                criteria.target() == null || criteria.target() > 0 && criteria.target() <= 1, "must be above 0 and at most 1");
        CatalogChecks.requireLanguages(CATALOG, name, "meetsCriteria.text", criteria.text());
        CatalogChecks.require(CATALOG, name, "items", file.items() != null && !file.items().isEmpty(), "is empty");
        CatalogChecks.require(CATALOG, name, "meetsCriteria.minimumApplicable",
                criteria.minimumApplicable() != null && criteria.minimumApplicable() >= 1
                        && criteria.minimumApplicable() <= file.items().size(),
                "must be from 1 to the number of items");
        List<ChecklistItem> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<SammenCounterpart> counterparts = new HashSet<>();
        for (int i = 0; i < file.items().size(); i++) {
            Entry e = file.items().get(i);
            String where = name + ", item " + (e == null || e.id() == null ? "#" + (i + 1) : e.id());
            CatalogChecks.require(CATALOG, where, "entry", e != null, "is empty");
            CatalogChecks.require(CATALOG, where, "id", e.id() != null && e.id().matches("[A-Z][A-Z_]{0,39}"),
                    "is missing or not of the form CRISIS_PLAN");
            CatalogChecks.require(CATALOG, where, "id", ids.add(e.id()), "is used twice");
            CatalogChecks.requireLanguages(CATALOG, where, "texts", e.texts());
            CatalogChecks.requireLanguages(CATALOG, where, "hints", e.hints());
            SammenCounterpart sammen = null;
            if (e.sammen() != null) {
                try {
                    sammen = SammenCounterpart.valueOf(e.sammen());
                } catch (IllegalArgumentException unknown) {
                    CatalogChecks.require(CATALOG, where, "sammen", false,
                            "is not one of " + java.util.Arrays.toString(SammenCounterpart.values()));
                }
                CatalogChecks.require(CATALOG, where, "sammen", counterparts.add(sammen), "is used by two items");
            }
            items.add(new ChecklistItem(e.id(), e.texts(), e.hints(), sammen));
        }
        return new Read(file.version(), Map.copyOf(file.title()), Map.copyOf(criteria.text()),
                criteria.minimumApplicable(), criteria.target(), List.copyOf(items));
    }
}
