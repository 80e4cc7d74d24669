package no.sammen.competence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import no.sammen.implementation.TrainingTopic;
import no.sammen.organisation.Profession;
import no.sammen.organisation.UnitType;
import no.sammen.shared.CatalogChecks;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;


/**
 * The competence plan templates, read once at start-up from a versioned data file and checked: each
 * template has an id, a version, names in three languages, the professions and unit types it is for
 * (none listed: all) and its items. A staff member's plan is the first template, in the file's order,
 * that fits their profession and their unit's type. An item shared by several templates has the same
 * id and the same meaning in each, so that what a staff member did counts in whichever plan they get.
 */
@Component
class PlanCatalog {

    static final String CATALOG = "competence-plans";

    record Counted(PracticeSource source, Integer times) {
    }

    /**
     * An item; {@code attendedAt}, on an item registered by hand, names the topic of training events whose
     * attendance completes it (ADR 0037).
     */
    record Item(String id, ItemKind kind, Map<String, String> names, boolean confirmedByLeader, Counted counted,
            TrainingTopic attendedAt) {

        Item(String id, ItemKind kind, Map<String, String> names, boolean confirmedByLeader, Counted counted) {
            this(id, kind, names, confirmedByLeader, counted, null);
        }

        public String name(Locale locale) {
            return names.getOrDefault(locale.getLanguage(), names.get("nb"));
        }
    }

    record Template(String id, Integer version, Map<String, String> names, Set<Profession> professions,
            Set<UnitType> unitTypes, List<Item> items) {

        public String name(Locale locale) {
            return names.getOrDefault(locale.getLanguage(), names.get("nb"));
        }

        boolean fits(Profession profession, UnitType unitType) {
            return (professions.isEmpty() || professions.contains(profession))
                    && (unitTypes.isEmpty() || unitTypes.contains(unitType));
        }
    }

    record CatalogFile(String catalog, Integer version, Map<String, String> source, List<Template> templates) implements CatalogChecks.Header {
    }

    private final int version;
    private final List<Template> templates;

    PlanCatalog(CompetenceProperties properties) {
        try (InputStream in = new ClassPathResource(properties.plans()).getInputStream()) {
            CatalogFile file = read(properties.plans(), in);
            this.version = file.version();
            this.templates = file.templates();
        } catch (IOException e) {
            throw new UncheckedIOException("competence plans " + properties.plans() + " cannot be read", e);
        }
    }

    int version() {
        return version;
    }

    List<Template> templates() {
        return templates;
    }

    /** The plan for a staff member of this profession in a unit of this type, if any template fits. */
    Optional<Template> planFor(Profession profession, UnitType unitType) {
        return templates.stream().filter(t -> t.fits(profession, unitType)).findFirst();
    }

    /** Every item of every template once, in the order they first appear. */
    List<Item> allItems() {
        Map<String, Item> items = new LinkedHashMap<>();
        templates.forEach(t -> t.items().forEach(i -> items.putIfAbsent(i.id(), i)));
        return List.copyOf(items.values());
    }

    /** Reads and checks a catalog file; {@code name} is only used in messages. */
    static CatalogFile read(String name, InputStream in) {
        CatalogFile file = CatalogChecks.readFile(CATALOG, name, in, CatalogFile.class);
        CatalogChecks.require(CATALOG, name, "templates", file.templates() != null && !file.templates().isEmpty(),
                "is missing or empty");
        Set<String> templateIds = new HashSet<>();
        Map<String, Item> itemsById = new HashMap<>();
        List<Template> templates = new ArrayList<>();
        for (int t = 0; t < file.templates().size(); t++) {
            Template template = file.templates().get(t);
            String where = name + ", template " + (template == null || template.id() == null ? "#" + (t + 1)
                    : template.id());
            CatalogChecks.require(CATALOG, where, "entry", template != null, "is empty");
            CatalogChecks.require(CATALOG, where, "id", template.id() != null
                    && template.id().matches("[A-Z][A-Z0-9_]{0,39}"), "is missing or not of the form BISP_PEF");
            CatalogChecks.require(CATALOG, where, "id", templateIds.add(template.id()), "is used twice");
            CatalogChecks.require(CATALOG, where, "version", template.version() != null && template.version() > 0,
                    "is missing or not positive");
            CatalogChecks.requireLanguages(CATALOG, where, "names", template.names());
            CatalogChecks.require(CATALOG, where, "professions", template.professions() != null
                    && !template.professions().contains(null), "is missing (an empty list means all)");
            CatalogChecks.require(CATALOG, where, "unitTypes", template.unitTypes() != null
                    && !template.unitTypes().contains(null), "is missing (an empty list means all)");
            CatalogChecks.require(CATALOG, where, "items", template.items() != null && !template.items().isEmpty(),
                    "is missing or empty");
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < template.items().size(); i++) {
                Item item = template.items().get(i);
                String at = where + ", item " + (item == null || item.id() == null ? "#" + (i + 1) : item.id());
                CatalogChecks.require(CATALOG, at, "entry", item != null, "is empty");
                CatalogChecks.require(CATALOG, at, "id", item.id() != null
                        && item.id().matches("[A-Z][A-Z0-9_]{0,59}"), "is missing or not of the form VR_SIMULATION");
                CatalogChecks.require(CATALOG, at, "id", ids.add(item.id()), "is used twice in the template");
                CatalogChecks.require(CATALOG, at, "kind", item.kind() != null, "is missing");
                CatalogChecks.requireLanguages(CATALOG, at, "names", item.names());
                CatalogChecks.require(CATALOG, at, "counted", item.kind().counted() == (item.counted() != null),
                        item.kind().counted() ? "is missing: a " + item.kind() + " item is counted from registrations"
                                : "is not allowed: a " + item.kind() + " item is registered by the staff member");
                if (item.counted() != null) {
                    CatalogChecks.require(CATALOG, at, "counted.source", item.counted().source() != null, "is missing");
                    CatalogChecks.require(CATALOG, at, "counted.times", item.counted().times() != null
                            && item.counted().times() > 0 && item.counted().times() <= 100, "must be 1 to 100");
                    CatalogChecks.require(CATALOG, at, "confirmedByLeader", !item.confirmedByLeader(),
                            "is not allowed on a counted item: the registrations are the evidence");
                }
                CatalogChecks.require(CATALOG, at, "attendedAt", item.counted() == null || item.attendedAt() == null,
                        "is not allowed on a counted item");
                Item before = itemsById.putIfAbsent(item.id(), item);
                CatalogChecks.require(CATALOG, at, "id", before == null || (before.kind() == item.kind()
                        && Objects.equals(before.counted(), item.counted())
                        && before.confirmedByLeader() == item.confirmedByLeader()
                        && before.attendedAt() == item.attendedAt()),
                        "is used by another template with another kind, count, confirmation or training topic");
            }
            templates.add(new Template(template.id(), template.version(), Map.copyOf(template.names()),
                    Set.copyOf(template.professions()), Set.copyOf(template.unitTypes()),
                    List.copyOf(template.items())));
        }
        return new CatalogFile(file.catalog(), file.version(), Map.copyOf(file.source()), List.copyOf(templates));
    }
}
