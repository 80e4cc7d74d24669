package no.sammen.survey;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import no.sammen.shared.CatalogChecks;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The survey questionnaires, read once at start-up from versioned data files in our own words
 * ({@code survey/relatives-v1.json} and its kin), with {@link CatalogChecks#readFile}: a file with a mistake
 * stops the application with a message naming the item and the field. A changed questionnaire is a new file
 * with a higher version; the old one stays, and each round keeps the version it was opened with.
 */
@Component
public class SurveyQuestionnaires {

    static final String CATALOG = "survey-questionnaire";
    static final int MAX_TEXT_LENGTH = 2000;

    private final List<Questionnaire> all;

    @Autowired
    SurveyQuestionnaires(SurveyProperties properties) {
        this(properties.questionnaires().stream().map(SurveyQuestionnaires::load).toList());
    }

    SurveyQuestionnaires(List<Questionnaire> all) {
        Set<String> keys = new HashSet<>();
        for (Questionnaire q : all) {
            CatalogChecks.require(CATALOG, q.key(), "version", keys.add(q.key()), "is read twice");
        }
        this.all = List.copyOf(all);
    }

    static Questionnaire load(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return read(resource, in);
        } catch (IOException e) {
            throw new UncheckedIOException("survey questionnaire " + resource + " cannot be read", e);
        }
    }

    /** Every questionnaire's latest version, in the order of the settings. */
    public List<Questionnaire> latest() {
        Set<String> ids = new LinkedHashSet<>();
        all.forEach(q -> ids.add(q.id()));
        return ids.stream().map(id -> latest(id).orElseThrow()).toList();
    }

    /** The latest version of a questionnaire. */
    public Optional<Questionnaire> latest(String id) {
        return all.stream().filter(q -> q.id().equals(id)).max(Comparator.comparingInt(Questionnaire::version));
    }

    public Optional<Questionnaire> find(String id, int version) {
        return all.stream().filter(q -> q.id().equals(id) && q.version() == version).findFirst();
    }

    /** Every version of every questionnaire. */
    public List<Questionnaire> all() {
        return all;
    }

    record QuestionnaireFile(String catalog, Integer version, String id, Map<String, String> source,
            Map<String, String> title, Map<String, String> introduction, List<Entry> items)
            implements CatalogChecks.Header {
    }

    record Entry(String id, String kind, Boolean optional, Map<String, String> texts, Map<String, String> hint,
            List<OptionEntry> options, List<String> favourable, List<String> notCounted, Map<String, String> low,
            Map<String, String> high, Integer maxLength) {
    }

    record OptionEntry(String id, Map<String, String> texts) {
    }

    /** Reads and checks a questionnaire file; {@code name} is only used in messages. */
    static Questionnaire read(String name, InputStream in) {
        QuestionnaireFile file = CatalogChecks.readFile(CATALOG, name, in, QuestionnaireFile.class);
        CatalogChecks.require(CATALOG, name, "id", file.id() != null && file.id().matches("[A-Z][A-Z_]{0,29}"),
                "is missing or not of the form RELATIVES");
        CatalogChecks.requireLanguages(CATALOG, name, "title", file.title());
        CatalogChecks.requireLanguages(CATALOG, name, "introduction", file.introduction());
        CatalogChecks.require(CATALOG, name, "items", file.items() != null && !file.items().isEmpty(), "is empty");
        List<SurveyItem> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < file.items().size(); i++) {
            Entry e = file.items().get(i);
            String where = name + ", item " + (e == null || e.id() == null ? "#" + (i + 1) : e.id());
            CatalogChecks.require(CATALOG, where, "entry", e != null, "is empty");
            CatalogChecks.require(CATALOG, where, "id", e.id() != null && e.id().matches("[A-Z][A-Z_]{0,39}"),
                    "is missing or not of the form KNOWS_WHOM_TO_CALL");
            CatalogChecks.require(CATALOG, where, "id", ids.add(e.id()), "is used twice");
            CatalogChecks.requireLanguages(CATALOG, where, "texts", e.texts());
            if (e.hint() != null) {
                CatalogChecks.requireLanguages(CATALOG, where, "hint", e.hint());
            }
            ItemKind kind = kind(where, e.kind());
            items.add(item(where, kind, e));
        }
        return new Questionnaire(file.id(), file.version(), file.title(), file.introduction(), file.source(), items);
    }

    private static ItemKind kind(String where, String kind) {
        try {
            return ItemKind.valueOf(String.valueOf(kind));
        } catch (IllegalArgumentException unknown) {
            CatalogChecks.require(CATALOG, where, "kind", false,
                    "is not one of " + java.util.Arrays.toString(ItemKind.values()));
            return null;
        }
    }

    private static SurveyItem item(String where, ItemKind kind, Entry e) {
        boolean optional = e.optional() == null || e.optional();
        Map<String, String> hint = e.hint() == null ? Map.of() : e.hint();
        if (kind == ItemKind.FREE_TEXT) {
            CatalogChecks.require(CATALOG, where, "options", e.options() == null && e.favourable() == null
                    && e.notCounted() == null && e.low() == null && e.high() == null, "are not for free text");
            CatalogChecks.require(CATALOG, where, "maxLength",
                    e.maxLength() != null && e.maxLength() >= 1 && e.maxLength() <= MAX_TEXT_LENGTH,
                    "must be from 1 to " + MAX_TEXT_LENGTH);
            return new SurveyItem(e.id(), kind, optional, e.texts(), List.of(), Set.of(), Set.of(), Map.of(),
                    Map.of(), hint, e.maxLength());
        }
        CatalogChecks.require(CATALOG, where, "maxLength", e.maxLength() == null, "is only for free text");
        List<SurveyItem.ItemOption> options = new ArrayList<>();
        Map<String, String> low = Map.of();
        Map<String, String> high = Map.of();
        switch (kind) {
            case SINGLE_CHOICE -> {
                CatalogChecks.require(CATALOG, where, "options", e.options() != null && e.options().size() >= 2,
                        "must have at least two options");
                Set<String> seen = new HashSet<>();
                for (OptionEntry o : e.options()) {
                    CatalogChecks.require(CATALOG, where, "options.id",
                            o != null && o.id() != null && o.id().matches("[A-Z][A-Z0-9_]{0,39}"),
                            "is missing or not of the form SAME_DAY");
                    CatalogChecks.require(CATALOG, where, "options.id", seen.add(o.id()), o.id() + " is used twice");
                    CatalogChecks.requireLanguages(CATALOG, where + ", option " + o.id(), "texts", o.texts());
                    options.add(new SurveyItem.ItemOption(o.id(), o.texts()));
                }
            }
            case SCALE -> {
                CatalogChecks.require(CATALOG, where, "options", e.options() == null, "are 1 to 5 for a scale");
                CatalogChecks.requireLanguages(CATALOG, where, "low", e.low());
                CatalogChecks.requireLanguages(CATALOG, where, "high", e.high());
                low = e.low();
                high = e.high();
                ItemKind.SCALE_VALUES.forEach(v -> options.add(new SurveyItem.ItemOption(v,
                        Map.of("nb", v, "nn", v, "en", v))));
            }
            case YES_NO_DONT_KNOW -> {
                CatalogChecks.require(CATALOG, where, "options", e.options() == null && e.low() == null
                        && e.high() == null, "are yes, no and don't know");
                options.add(new SurveyItem.ItemOption("YES", Map.of("nb", "Ja", "nn", "Ja", "en", "Yes")));
                options.add(new SurveyItem.ItemOption("NO", Map.of("nb", "Nei", "nn", "Nei", "en", "No")));
                options.add(new SurveyItem.ItemOption("DONT_KNOW",
                        Map.of("nb", "Vet ikke", "nn", "Veit ikkje", "en", "Don't know")));
            }
            default -> throw new IllegalStateException(kind.name());
        }
        if (kind == ItemKind.SINGLE_CHOICE) {
            CatalogChecks.require(CATALOG, where, "low", e.low() == null && e.high() == null, "are only for a scale");
        }
        CatalogChecks.require(CATALOG, where, "favourable", e.favourable() != null && !e.favourable().isEmpty(),
                "is missing");
        List<String> notCounted = e.notCounted() == null ? List.of() : e.notCounted();
        for (String v : e.favourable()) {
            CatalogChecks.require(CATALOG, where, "favourable", options.stream().anyMatch(o -> o.id().equals(v)),
                    v + " is not one of the item's answers");
            CatalogChecks.require(CATALOG, where, "favourable", !notCounted.contains(v), v + " is also not counted");
        }
        for (String v : notCounted) {
            CatalogChecks.require(CATALOG, where, "notCounted", options.stream().anyMatch(o -> o.id().equals(v)),
                    v + " is not one of the item's answers");
        }
        CatalogChecks.require(CATALOG, where, "favourable",
                options.size() > e.favourable().size() + notCounted.size(), "leaves no unfavourable answer");
        return new SurveyItem(e.id(), kind, optional, e.texts(), options, Set.copyOf(e.favourable()),
                Set.copyOf(notCounted), low, high, hint, 0);
    }
}
