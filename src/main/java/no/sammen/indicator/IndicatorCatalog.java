package no.sammen.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import no.sammen.indicator.IndicatorDefinition.Bound;
import no.sammen.indicator.IndicatorDefinition.Breakdown;
import no.sammen.indicator.IndicatorDefinition.ExclusionTiming;
import no.sammen.indicator.IndicatorDefinition.Condition;
import no.sammen.indicator.IndicatorDefinition.Direction;
import no.sammen.indicator.IndicatorDefinition.Exclusion;
import no.sammen.indicator.IndicatorDefinition.Measure;
import no.sammen.indicator.IndicatorDefinition.PeriodDate;
import no.sammen.indicator.IndicatorDefinition.Population;
import no.sammen.shared.CatalogChecks;
import no.sammen.shared.CatalogChecks.InvalidCatalogException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The indicator catalog, read once at start-up. A catalog with a mistake stops the application with a
 * message naming the indicator and the field, rather than showing wrong numbers later.
 *
 * <p>The catalog is versioned (ADR 0021): every version is a file of its own and stays in the
 * application, so that values computed under any version can be computed again. The latest version
 * is the one in use; an indicator whose definition changes from one version to the next must raise
 * its own version.
 */
@Component
class IndicatorCatalog {

    static final Set<String> LANGUAGES = CatalogChecks.LANGUAGES;
    static final Set<String> CHARTS = Set.of("run", "p", "pp");
    /** The charts of a count indicator: a run chart or a C chart (ADR 0032). */
    static final Set<String> COUNT_CHARTS = Set.of("run", "c");
    static final int DEFAULT_MINIMUM_DENOMINATOR = 5;
    private static final String CATALOG = "indicator";

    private static final JsonMapper JSON = CatalogChecks.STRICT_JSON;

    /** Every version's indicators, by catalog version, oldest first. */
    private final java.util.NavigableMap<Integer, List<IndicatorDefinition>> versions = new java.util.TreeMap<>();
    private final List<IndicatorDefinition> indicators;

    IndicatorCatalog(IndicatorProperties properties) {
        String previousName = null;
        for (String name : properties.catalogs()) {
            ClassPathResource resource = new ClassPathResource(name);
            Versioned read;
            try (InputStream in = resource.getInputStream()) {
                read = readVersioned(name, in);
            } catch (IOException e) {
                throw new UncheckedIOException("Indicator catalog " + name + " cannot be read", e);
            }
            if (!versions.isEmpty() && read.version() <= versions.lastKey()) {
                throw new InvalidCatalogException(CATALOG, name + ": version " + read.version() + " must be higher than "
                        + versions.lastKey() + " of " + previousName + " (the catalogs are listed oldest first)");
            }
            if (!versions.isEmpty()) {
                checkVersionsRaised(name, versions.lastEntry().getValue(), read.indicators());
            }
            versions.put(read.version(), read.indicators());
            previousName = name;
        }
        if (versions.isEmpty()) {
            throw new InvalidCatalogException(CATALOG, "sammen.indicator.catalogs: no catalog is listed");
        }
        this.indicators = versions.lastEntry().getValue();
    }

    /** The indicators of the catalog in use: the latest version. */
    List<IndicatorDefinition> indicators() {
        return indicators;
    }

    /** The proportions of the catalog in use that are counted from the course facts. */
    List<IndicatorDefinition> proportions() {
        return indicators.stream().filter(IndicatorDefinition::fromCourseFacts).toList();
    }

    /** The proportions of the catalog in use told by the modules' {@link ProportionContributor}s (ADR 0038). */
    List<IndicatorDefinition> contributed() {
        return indicators.stream().filter(IndicatorDefinition::isContributed).toList();
    }

    /** The count indicators of the catalog in use (ADR 0032). */
    List<IndicatorDefinition> counts() {
        return indicators.stream().filter(IndicatorDefinition::isCount).toList();
    }

    /** The number of the catalog version in use. */
    int version() {
        return versions.lastKey();
    }

    /** The numbers of every catalog version kept, oldest first. */
    List<Integer> versions() {
        return List.copyOf(versions.keySet());
    }

    /** The indicators of one catalog version, if it is kept. */
    Optional<List<IndicatorDefinition>> indicators(int version) {
        return Optional.ofNullable(versions.get(version));
    }

    /** Every version's indicators, by version, for the start-up check against the facts. */
    java.util.NavigableMap<Integer, List<IndicatorDefinition>> all() {
        return java.util.Collections.unmodifiableNavigableMap(versions);
    }

    /**
     * A proportion of the catalog in use counted from the course facts: a count or a contributed proportion is not
     * found (neither is counted from course facts, nor has courses to drill into).
     */
    Optional<IndicatorDefinition> find(String id) {
        return indicators.stream().filter(IndicatorDefinition::fromCourseFacts).filter(i -> i.id().equals(id))
                .findFirst();
    }

    /** An indicator as a catalog version defines it. */
    Optional<IndicatorDefinition> find(String id, int version) {
        return indicators(version).flatMap(list -> list.stream().filter(i -> i.id().equals(id)).findFirst());
    }

    /**
     * An indicator whose definition differs from the previous catalog version's must have a higher
     * version of its own, and no indicator's version may go down.
     */
    static void checkVersionsRaised(String name, List<IndicatorDefinition> previous, List<IndicatorDefinition> next) {
        for (IndicatorDefinition d : next) {
            for (IndicatorDefinition before : previous) {
                if (before.id().equals(d.id())) {
                    String where = name + ", indicator " + d.id();
                    require(where, "version", d.version() >= before.version(), "is lower than in the previous catalog");
                    IndicatorDefinition same = new IndicatorDefinition(d.id(), before.version(), d.names(),
                            d.population(), d.populationDescription(), d.periodDate(), d.windowDays(), d.numerator(),
                            d.denominator(), d.exclusions(), d.direction(), d.greenLevel(), d.yellowLevel(),
                            d.minimumDenominator(), d.defaultChart(), d.metWhen(), d.dueDays(), d.exclusionsCount(),
                            d.breakdowns(), d.measure(), d.countedBy());
                    require(where, "version", same.equals(before) || d.version() > before.version(),
                            "must be raised: the definition differs from the previous catalog's");
                }
            }
        }
    }

    /** The file's shape; the record components are the allowed fields. */
    record CatalogFile(String catalog, Integer version, List<Entry> indicators) {
    }

    record Entry(String id, Integer version, Map<String, String> names, Population population,
            String populationDescription, PeriodDate periodDate, Integer windowDays, String numerator,
            String denominator, List<Exclusion> exclusions, Direction direction, Double greenLevel,
            Double yellowLevel, Integer minimumDenominator, String defaultChart, List<Condition> metWhen,
            Integer dueDays, ExclusionTiming exclusionsCount, List<Breakdown> breakdowns, Measure measure,
            String countedBy) {
    }

    /** A catalog file's version and indicators. */
    record Versioned(int version, List<IndicatorDefinition> indicators) {
    }

    /** Reads and checks a catalog; {@code name} is only used in messages. */
    static List<IndicatorDefinition> read(String name, InputStream in) {
        return readVersioned(name, in).indicators();
    }

    /** Reads and checks a catalog with its version; {@code name} is only used in messages. */
    static Versioned readVersioned(String name, InputStream in) {
        CatalogFile file;
        try {
            file = JSON.readValue(in, CatalogFile.class);
        } catch (JacksonException e) {
            throw new InvalidCatalogException(CATALOG, name + ": " + e.getOriginalMessage()
                    + " at " + e.getPathReference(), e);
        }
        if (file == null || file.indicators() == null || file.indicators().isEmpty()) {
            throw new InvalidCatalogException(CATALOG, name + ": no indicators");
        }
        List<IndicatorDefinition> result = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < file.indicators().size(); i++) {
            Entry entry = file.indicators().get(i);
            String where = name + ", indicator " + (entry == null || entry.id() == null ? "#" + (i + 1) : entry.id());
            if (entry == null) {
                throw new InvalidCatalogException(CATALOG, where + ": empty");
            }
            IndicatorDefinition definition = check(where, entry);
            if (!ids.add(definition.id())) {
                throw new InvalidCatalogException(CATALOG, where + ": the id is used twice");
            }
            result.add(definition);
        }
        if (file.version() == null || file.version() < 1) {
            throw new InvalidCatalogException(CATALOG, name + ": version is missing or not positive");
        }
        return new Versioned(file.version(), List.copyOf(result));
    }

    private static IndicatorDefinition check(String where, Entry e) {
        if (e.measure() == Measure.COUNT) {
            return checkCount(where, e);
        }
        if (e.measure() == Measure.CONTRIBUTED) {
            return checkContributed(where, e);
        }
        require(where, "countedBy", e.countedBy() == null, "is only for a count (measure COUNT) or a contributed"
                + " proportion (measure CONTRIBUTED)");
        require(where, "id", e.id() != null && e.id().matches("[A-Z][A-Z0-9_]{0,30}"),
                "is missing or not of the form K1, K4A, K2_PATIENT");
        require(where, "version", e.version() != null && e.version() > 0, "is missing or not positive");
        CatalogChecks.requireLanguages(CATALOG, where, "names", e.names());
        require(where, "population", e.population() != null, "is missing");
        require(where, "populationDescription", notBlank(e.populationDescription()), "is missing");
        require(where, "periodDate", e.periodDate() != null, "is missing (START or END)");
        require(where, "windowDays", e.windowDays() == null || e.windowDays() > 0, "must be positive");
        require(where, "windowDays", e.windowDays() == null || e.periodDate() == PeriodDate.START,
                "needs periodDate START: the window runs from the start date");
        require(where, "numerator", notBlank(e.numerator()), "is missing");
        require(where, "denominator", notBlank(e.denominator()), "is missing");
        require(where, "direction", e.direction() != null, "is missing");
        require(where, "greenLevel", e.greenLevel() != null && e.greenLevel() >= 0 && e.greenLevel() <= 1,
                "is missing or outside 0–1");
        require(where, "yellowLevel", e.yellowLevel() != null && e.yellowLevel() >= 0 && e.yellowLevel() <= 1,
                "is missing or outside 0–1");
        boolean ordered = e.direction() == Direction.HIGHER_IS_BETTER
                ? e.greenLevel() >= e.yellowLevel() : e.greenLevel() <= e.yellowLevel();
        require(where, "yellowLevel", ordered, "must lie on the worse side of greenLevel");
        require(where, "minimumDenominator", e.minimumDenominator() == null || e.minimumDenominator() > 0,
                "must be positive");
        require(where, "defaultChart", e.defaultChart() == null || CHARTS.contains(e.defaultChart()),
                "is not one of " + CHARTS);
        List<Exclusion> exclusions = e.exclusions() == null ? List.of() : e.exclusions();
        require(where, "exclusions", !exclusions.contains(null), "holds an unknown exclusion");
        require(where, "dueDays", e.dueDays() == null || e.dueDays() >= 0, "must not be negative");
        require(where, "dueDays", e.dueDays() == null || e.windowDays() == null,
                "is for an indicator without windowDays: the window is when it is due");
        List<Condition> metWhen = e.metWhen() == null ? List.of() : e.metWhen();
        for (int i = 0; i < metWhen.size(); i++) {
            Condition condition = metWhen.get(i);
            String field = "metWhen[" + i + "]";
            require(where, field, condition != null, "is empty");
            require(where, field + ".fact", condition.fact() != null && !condition.fact().isBlank(), "is missing");
            require(where, field + ".onOrBefore", condition.onOrBefore() != Bound.WINDOW_END || e.windowDays() != null,
                    "WINDOW_END needs windowDays");
        }
        List<Breakdown> breakdowns = e.breakdowns() == null ? List.of() : e.breakdowns();
        Set<String> breakdownIds = new HashSet<>();
        for (int i = 0; i < breakdowns.size(); i++) {
            Breakdown b = breakdowns.get(i);
            String field = "breakdowns[" + i + "]";
            require(where, field, b != null, "is empty");
            require(where, field + ".id", b.id() != null && b.id().matches("[A-Z][A-Z0-9_]{0,30}")
                    && breakdownIds.add(b.id()), "is missing, not of the form DAY_0, or used twice");
            CatalogChecks.requireLanguages(CATALOG, where, field + ".names", b.names());
            require(where, field + ".metWhen", b.metWhen() != null && !b.metWhen().isEmpty(), "is missing");
            for (int j = 0; j < b.metWhen().size(); j++) {
                Condition c = b.metWhen().get(j);
                require(where, field + ".metWhen[" + j + "].fact", c != null && notBlank(c.fact()), "is missing");
                require(where, field + ".metWhen[" + j + "].onOrBefore",
                        c.onOrBefore() != Bound.WINDOW_END || e.windowDays() != null, "WINDOW_END needs windowDays");
            }
        }
        return new IndicatorDefinition(e.id(), e.version(), e.names(), e.population(), e.populationDescription(),
                e.periodDate(), e.windowDays(), e.numerator(), e.denominator(), exclusions, e.direction(),
                e.greenLevel(), e.yellowLevel(),
                e.minimumDenominator() == null ? DEFAULT_MINIMUM_DENOMINATOR : e.minimumDenominator(),
                e.defaultChart() == null ? "run" : e.defaultChart(), metWhen, e.dueDays(),
                e.exclusionsCount() == null ? ExclusionTiming.ANY_TIME : e.exclusionsCount(), breakdowns);
    }

    /**
     * A count per unit and month (ADR 0032): no population, placing date, window, exclusions, denominator,
     * levels or numerator conditions — each of them, given, is named as a mistake; the contributor that
     * counts it and its parts (breakdowns without conditions) are required.
     */
    private static IndicatorDefinition checkCount(String where, Entry e) {
        require(where, "id", e.id() != null && e.id().matches("[A-Z][A-Z0-9_]{0,30}"),
                "is missing or not of the form K1, K4A, K2_PATIENT");
        require(where, "version", e.version() != null && e.version() > 0, "is missing or not positive");
        CatalogChecks.requireLanguages(CATALOG, where, "names", e.names());
        require(where, "countedBy", notBlank(e.countedBy()) && e.countedBy().matches("[a-z][a-z0-9_]{0,40}"),
                "is missing or not of the form imr_sessions: a count names the module's contributor");
        require(where, "numerator", notBlank(e.numerator()), "is missing: what is counted, in words");
        require(where, "populationDescription", notBlank(e.populationDescription()), "is missing");
        String count = "must be left out of a count (measure COUNT)";
        require(where, "population", e.population() == null, count);
        require(where, "periodDate", e.periodDate() == null, count);
        require(where, "windowDays", e.windowDays() == null, count + ": a count has no window");
        require(where, "denominator", e.denominator() == null, count + ": a count has no denominator");
        require(where, "exclusions", e.exclusions() == null, count + ": a count has no exclusions");
        require(where, "exclusionsCount", e.exclusionsCount() == null, count);
        require(where, "metWhen", e.metWhen() == null, count + ": the contributor counts");
        require(where, "dueDays", e.dueDays() == null, count);
        require(where, "greenLevel", e.greenLevel() == null, count + ": its target is the unit's goal");
        require(where, "yellowLevel", e.yellowLevel() == null, count + ": its target is the unit's goal");
        require(where, "minimumDenominator", e.minimumDenominator() == null, count
                + ": counts of things done, not of persons, are not suppressed");
        require(where, "direction", e.direction() != null, "is missing");
        require(where, "defaultChart", e.defaultChart() == null || COUNT_CHARTS.contains(e.defaultChart()),
                "is not one of " + COUNT_CHARTS + " (a count is charted as a run chart or a C chart)");
        List<Breakdown> breakdowns = e.breakdowns() == null ? List.of() : e.breakdowns();
        require(where, "breakdowns", !breakdowns.isEmpty(), "is missing: the parts of the count");
        Set<String> partIds = new HashSet<>();
        for (int i = 0; i < breakdowns.size(); i++) {
            Breakdown b = breakdowns.get(i);
            String field = "breakdowns[" + i + "]";
            require(where, field, b != null, "is empty");
            require(where, field + ".id", b.id() != null && b.id().matches("[A-Z][A-Z0-9_]{0,30}")
                    && partIds.add(b.id()), "is missing, not of the form INDIVIDUAL, or used twice");
            CatalogChecks.requireLanguages(CATALOG, where, field + ".names", b.names());
            require(where, field + ".metWhen", b.metWhen() == null || b.metWhen().isEmpty(),
                    "must be left out of a part of a count");
        }
        return new IndicatorDefinition(e.id(), e.version(), e.names(), null, e.populationDescription(), null, null,
                e.numerator(), null, List.of(), e.direction(), 0, 0, 1,
                e.defaultChart() == null ? "c" : e.defaultChart(), List.of(), null, ExclusionTiming.ANY_TIME,
                breakdowns.stream().map(b -> new Breakdown(b.id(), b.names(), List.of())).toList(), Measure.COUNT,
                e.countedBy());
    }

    /**
     * A proportion told by a module's {@link ProportionContributor} (ADR 0038): names, numerator and denominator
     * in words, direction, levels, minimum denominator and chart as for a proportion of courses; no population,
     * placing date, window, exclusions, numerator conditions, due days or breakdowns — the contributor's
     * definition decides what is counted in which month — each of them, given, named as a mistake.
     */
    private static IndicatorDefinition checkContributed(String where, Entry e) {
        require(where, "id", e.id() != null && e.id().matches("[A-Z][A-Z0-9_]{0,30}"),
                "is missing or not of the form K1, K4A, K2_PATIENT");
        require(where, "version", e.version() != null && e.version() > 0, "is missing or not positive");
        CatalogChecks.requireLanguages(CATALOG, where, "names", e.names());
        require(where, "countedBy", notBlank(e.countedBy()) && e.countedBy().matches("[a-z][a-z0-9_]{0,40}"),
                "is missing or not of the form journal_audit_records: a contributed proportion names the module's"
                        + " contributor");
        require(where, "populationDescription", notBlank(e.populationDescription()), "is missing");
        require(where, "numerator", notBlank(e.numerator()), "is missing");
        require(where, "denominator", notBlank(e.denominator()), "is missing");
        String told = "must be left out of a contributed proportion (measure CONTRIBUTED): the contributor decides";
        require(where, "population", e.population() == null, told + " who is counted");
        require(where, "periodDate", e.periodDate() == null, told + " the month");
        require(where, "windowDays", e.windowDays() == null, told + "; it has no window");
        require(where, "exclusions", e.exclusions() == null, told + " who is left out");
        require(where, "exclusionsCount", e.exclusionsCount() == null, told + " who is left out");
        require(where, "metWhen", e.metWhen() == null, told + " the numerator");
        require(where, "dueDays", e.dueDays() == null, told + "; nothing is due on a course");
        require(where, "breakdowns", e.breakdowns() == null, told);
        require(where, "direction", e.direction() != null, "is missing");
        require(where, "greenLevel", e.greenLevel() != null && e.greenLevel() >= 0 && e.greenLevel() <= 1,
                "is missing or outside 0–1");
        require(where, "yellowLevel", e.yellowLevel() != null && e.yellowLevel() >= 0 && e.yellowLevel() <= 1,
                "is missing or outside 0–1");
        boolean ordered = e.direction() == Direction.HIGHER_IS_BETTER
                ? e.greenLevel() >= e.yellowLevel() : e.greenLevel() <= e.yellowLevel();
        require(where, "yellowLevel", ordered, "must lie on the worse side of greenLevel");
        require(where, "minimumDenominator", e.minimumDenominator() == null || e.minimumDenominator() > 0,
                "must be positive");
        require(where, "defaultChart", e.defaultChart() == null || CHARTS.contains(e.defaultChart()),
                "is not one of " + CHARTS);
        return new IndicatorDefinition(e.id(), e.version(), e.names(), null, e.populationDescription(), null, null,
                e.numerator(), e.denominator(), List.of(), e.direction(), e.greenLevel(), e.yellowLevel(),
                e.minimumDenominator() == null ? DEFAULT_MINIMUM_DENOMINATOR : e.minimumDenominator(),
                e.defaultChart() == null ? "run" : e.defaultChart(), List.of(), null, ExclusionTiming.ANY_TIME,
                List.of(), Measure.CONTRIBUTED, e.countedBy());
    }

    /**
     * Every contributed proportion's contributor against the contributors' beans, so that a catalog entry told by
     * nobody stops the application at start-up.
     */
    static void checkContributed(String name, List<IndicatorDefinition> indicators, Set<String> contributors) {
        for (IndicatorDefinition d : indicators) {
            if (d.isContributed()) {
                require(name + ", indicator " + d.id(), "countedBy", contributors.contains(d.countedBy()),
                        "'" + d.countedBy() + "' is not the name of any module's proportion contributor (known: "
                                + new java.util.TreeSet<>(contributors) + ")");
            }
        }
    }

    /**
     * Every count indicator's contributor and parts against the contributors' beans, so that a catalog entry
     * counted by nobody stops the application at start-up.
     *
     * @param contributors the contributors' parts by name
     */
    static void checkCounts(String name, List<IndicatorDefinition> indicators, Map<String, List<String>> contributors) {
        for (IndicatorDefinition d : indicators) {
            if (!d.isCount()) {
                continue;
            }
            String where = name + ", indicator " + d.id();
            List<String> parts = contributors.get(d.countedBy());
            require(where, "countedBy", parts != null, "'" + d.countedBy() + "' is not the name of any module's"
                    + " count contributor (known: " + new java.util.TreeSet<>(contributors.keySet()) + ")");
            require(where, "breakdowns", d.breakdowns().stream().map(Breakdown::id).toList().equals(parts),
                    "must be the parts " + parts + " that '" + d.countedBy() + "' counts, in its order");
        }
    }

    /**
     * Checks every indicator's numerator conditions, population and exclusions against the course
     * facts the modules declare (name and type), so that a catalog entry naming a fact nobody keeps
     * stops the application at start-up.
     *
     * @param facts the declared facts: name to whether it is a day ({@code true}) or a flag ({@code false});
     *              other kinds of facts are left out
     */
    static void checkFacts(String name, List<IndicatorDefinition> indicators, Map<String, Boolean> facts) {
        for (IndicatorDefinition d : indicators) {
            if (!d.fromCourseFacts()) {
                continue;
            }
            String where = name + ", indicator " + d.id();
            require(where, "metWhen", !d.metWhen().isEmpty(), "is missing: the conditions on course facts that put"
                    + " a course in the numerator");
            for (int i = 0; i < d.metWhen().size(); i++) {
                Condition condition = d.metWhen().get(i);
                String field = "metWhen[" + i + "].fact";
                Boolean day = facts.get(condition.fact());
                require(where, field, day != null, "'" + condition.fact() + "' is not a day or flag fact that any"
                        + " module contributes (known: " + new java.util.TreeSet<>(facts.keySet()) + ")");
                require(where, "metWhen[" + i + "].onOrBefore", day || condition.onOrBefore() == null,
                        "is only for a day fact; '" + condition.fact() + "' is a flag");
            }
            for (Breakdown b : d.breakdowns()) {
                for (int i = 0; i < b.metWhen().size(); i++) {
                    Condition condition = b.metWhen().get(i);
                    String field = "breakdowns." + b.id() + ".metWhen[" + i + "].fact";
                    Boolean day = facts.get(condition.fact());
                    require(where, field, day != null, "'" + condition.fact() + "' is not a day or flag fact that"
                            + " any module contributes (known: " + new java.util.TreeSet<>(facts.keySet()) + ")");
                    require(where, field, day || condition.onOrBefore() == null,
                            "is only for a day fact; '" + condition.fact() + "' is a flag");
                }
            }
            if (d.population().fact() != null) {
                require(where, "population", Boolean.FALSE.equals(facts.get(d.population().fact())),
                        d.population() + " needs the flag fact " + d.population().fact());
            }
            for (Exclusion exclusion : d.exclusions()) {
                require(where, "exclusions", Boolean.FALSE.equals(facts.get(exclusion.fact())),
                        exclusion + " needs the flag fact " + exclusion.fact());
                require(where, "exclusions", d.exclusionsCount() == ExclusionTiming.ANY_TIME
                        || Boolean.TRUE.equals(facts.get(exclusion.registeredOn())),
                        exclusion + " needs the day fact " + exclusion.registeredOn());
            }
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static void require(String where, String field, boolean ok, String problem) {
        CatalogChecks.require(CATALOG, where, field, ok, problem);
    }
}
