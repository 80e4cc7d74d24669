package no.sammen.fidelity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import no.sammen.shared.CatalogChecks;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;


/**
 * The fidelity scales, read once at start-up from a versioned data file ({@code fidelity/fidelity-scales-v1.json}):
 * per programme its items in our own words, each with its definition, its anchors from 1 to 5 (written out,
 * or a share's bands with what is measured) and either the rule by which Sammen computes it or what an
 * assessor would look at. A file with a mistake stops the application naming the file, the item and the field;
 * so does a computed item without a rule in the code, or a rule without its item.
 */
@Component
class FidelityScales {

    static final String CATALOG = "fidelity-scales";
    static final String FILE = "fidelity/fidelity-scales-v1.json";
    static final Set<String> PROGRAMMES = Set.of("IMR", "PEF");

    enum Origin {
        /** A numbered item of the published scale. */
        SCALE,
        /** A structural feature of the model, not an item of the scale; its anchors are ours. */
        MODEL
    }

    record Item(String id, Integer number, Origin origin, boolean computed, Map<String, String> name,
            Map<String, String> definition, Bands bands, Map<String, String> measure, List<Map<String, String>> anchors,
            Map<String, String> rule, Map<String, String> assessor) {

        public String name(Locale locale) {
            return text(name, locale);
        }

        public String definition(Locale locale) {
            return text(definition, locale);
        }

        public String rule(Locale locale) {
            return rule == null ? null : text(rule, locale);
        }

        public String assessor(Locale locale) {
            return assessor == null ? null : text(assessor, locale);
        }

        public String measure(Locale locale) {
            return measure == null ? null : text(measure, locale);
        }

        public String anchor(int score, Locale locale) {
            return anchors == null ? null : text(anchors.get(score - 1), locale);
        }
    }

    record Scale(String id, Map<String, String> name, List<Item> items) {

        public String name(Locale locale) {
            return text(name, locale);
        }
    }

    record ScalesFile(String catalog, Integer version, Map<String, String> source, List<Scale> scales) implements CatalogChecks.Header {
    }

    private final int version;
    private final List<Scale> scales;

    FidelityScales() {
        this(FILE, FidelityRuleSet.COMPUTED);
    }

    FidelityScales(String file, Set<String> computedInCode) {
        try (InputStream in = new ClassPathResource(file).getInputStream()) {
            ScalesFile read = read(file, in, computedInCode);
            this.version = read.version();
            this.scales = read.scales();
        } catch (IOException e) {
            throw new UncheckedIOException("fidelity scales " + file + " cannot be read", e);
        }
    }

    int version() {
        return version;
    }

    List<Scale> scales() {
        return scales;
    }

    Scale scale(String id) {
        return scales.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    static String text(Map<String, String> texts, Locale locale) {
        String language = locale == null ? "nb" : locale.getLanguage();
        return texts.getOrDefault(CatalogChecks.LANGUAGES.contains(language) ? language : "nb", texts.get("nb"));
    }

    /** Reads and checks a scales file; {@code name} names it in messages. */
    static ScalesFile read(String name, InputStream in, Set<String> computedInCode) {
        ScalesFile file = CatalogChecks.readFile(CATALOG, name, in, ScalesFile.class);
        CatalogChecks.require(CATALOG, name, "scales", file.scales() != null && !file.scales().isEmpty(), "is missing");
        Set<String> scaleIds = new HashSet<>();
        Set<String> itemIds = new HashSet<>();
        Set<String> computed = new HashSet<>();
        List<Scale> scales = new ArrayList<>();
        for (Scale scale : file.scales()) {
            String where = name + ", scale " + (scale == null ? "?" : scale.id());
            CatalogChecks.require(CATALOG, where, "id", scale != null && PROGRAMMES.contains(scale.id()),
                    "must be one of " + PROGRAMMES);
            CatalogChecks.require(CATALOG, where, "id", scaleIds.add(scale.id()), "is used twice");
            CatalogChecks.requireLanguages(CATALOG, where, "name", scale.name());
            CatalogChecks.require(CATALOG, where, "items", scale.items() != null && !scale.items().isEmpty(),
                    "is missing");
            int number = 0;
            for (int i = 0; i < scale.items().size(); i++) {
                Item item = scale.items().get(i);
                String at = where + ", item " + (item == null || item.id() == null ? "#" + (i + 1) : item.id());
                CatalogChecks.require(CATALOG, at, "entry", item != null, "is empty");
                CatalogChecks.require(CATALOG, at, "id", item.id() != null && item.id().matches("[A-Z][A-Z_]{0,39}"),
                        "is missing or not of the form IMR_GOAL_SETTING");
                CatalogChecks.require(CATALOG, at, "id", itemIds.add(item.id()), "is used twice");
                CatalogChecks.require(CATALOG, at, "origin", item.origin() != null, "is missing (SCALE or MODEL)");
                if (item.origin() == Origin.SCALE) {
                    number++;
                    CatalogChecks.require(CATALOG, at, "number", item.number() != null && item.number() == number,
                            "must be " + number + " (the scale's items in their order, before the model's)");
                } else {
                    CatalogChecks.require(CATALOG, at, "number", item.number() == null,
                            "must be left out: a feature of the model is not numbered in the scale");
                }
                CatalogChecks.requireLanguages(CATALOG, at, "name", item.name());
                CatalogChecks.requireLanguages(CATALOG, at, "definition", item.definition());
                CatalogChecks.require(CATALOG, at, "anchors", (item.anchors() == null) != (item.bands() == null),
                        "or bands: exactly one of them is needed");
                if (item.anchors() != null) {
                    CatalogChecks.require(CATALOG, at, "anchors", item.anchors().size() == 5,
                            "must be five, for the scores 1 to 5");
                    for (int a = 0; a < 5; a++) {
                        CatalogChecks.requireLanguages(CATALOG, at, "anchors[" + (a + 1) + "]", item.anchors().get(a));
                    }
                }
                if (item.bands() != null && item.bands().share()) {
                    CatalogChecks.requireLanguages(CATALOG, at, "measure", item.measure());
                } else {
                    CatalogChecks.require(CATALOG, at, "measure", item.measure() == null,
                            "belongs only to bands of a share");
                }
                if (item.computed()) {
                    CatalogChecks.requireLanguages(CATALOG, at, "rule", item.rule());
                    CatalogChecks.require(CATALOG, at, "assessor", item.assessor() == null,
                            "belongs only to an item the registrations cannot answer");
                    CatalogChecks.require(CATALOG, at, "computed", computedInCode.contains(item.id()),
                            "is true, but Sammen has no rule for this item");
                    computed.add(item.id());
                } else {
                    CatalogChecks.requireLanguages(CATALOG, at, "assessor", item.assessor());
                    CatalogChecks.require(CATALOG, at, "rule", item.rule() == null,
                            "belongs only to an item computed from the registrations");
                    CatalogChecks.require(CATALOG, at, "computed", !computedInCode.contains(item.id()),
                            "is false, but Sammen has a rule for this item");
                }
            }
            scales.add(new Scale(scale.id(), Map.copyOf(scale.name()), List.copyOf(scale.items())));
        }
        for (String rule : computedInCode) {
            CatalogChecks.require(CATALOG, name, "scales", computed.contains(rule),
                    "lack the computed item " + rule + " that Sammen has a rule for");
        }
        return new ScalesFile(file.catalog(), file.version(), file.source(), List.copyOf(scales));
    }
}
