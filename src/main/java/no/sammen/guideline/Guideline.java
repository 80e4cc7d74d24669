package no.sammen.guideline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import no.sammen.patient.DiagnosisGroup;
import no.sammen.patient.Pathway;
import no.sammen.shared.CatalogChecks;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;


/**
 * The guideline catalog, read once at start-up: every version listed in {@code sammen.guideline.catalogs}
 * is kept, the latest is the one in use. A catalog with a mistake stops the application with a message
 * naming the recommendation and the field.
 */
@Component
public class Guideline {

    static final String CATALOG = "guideline";
    static final Set<String> EVIDENCE_LEVELS = Set.of("1a", "1b", "2a", "2b", "3", "4");
    static final Set<String> GRADES = Set.of("A", "B", "C", "D");
    /** What another module can tell of a course, for a recommendation it answers. */
    static final Set<String> ANSWERS = Set.of("FAMILY_CONTACT_WITHIN_THREE_DAYS");

    private final NavigableMap<Integer, Version> versions = new TreeMap<>();

    Guideline(GuidelineProperties properties) {
        for (String name : properties.catalogs()) {
            Version read;
            try (InputStream in = new ClassPathResource(name).getInputStream()) {
                read = read(name, in);
            } catch (IOException e) {
                throw new UncheckedIOException("Guideline catalog " + name + " cannot be read", e);
            }
            CatalogChecks.require(CATALOG, name, "version", versions.isEmpty() || read.version() > versions.lastKey(),
                    "must be higher than the previous catalog's (the catalogs are listed oldest first)");
            versions.put(read.version(), read);
        }
    }

    /** A version of the catalog: its number, its source and its recommendations in catalog order. */
    public record Version(int version, Map<String, String> source, List<Recommendation> recommendations) {
    }

    /** The catalog in use. */
    public Version current() {
        return versions.lastEntry().getValue();
    }

    /** A kept version of the catalog. */
    public Optional<Version> version(int version) {
        return Optional.ofNullable(versions.get(version));
    }

    /** The numbers of every version kept, oldest first. */
    public List<Integer> versions() {
        return List.copyOf(versions.keySet());
    }

    /** The recommendations of the catalog in use, in catalog order. */
    public List<Recommendation> recommendations() {
        return current().recommendations();
    }

    /** A recommendation of the catalog in use. */
    public Optional<Recommendation> find(String id) {
        return recommendations().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The recommendations that apply to a course with this diagnosis and pathway, in catalog order. */
    public List<Recommendation> applyingTo(boolean psychosis, Pathway pathway) {
        return recommendations().stream().filter(r -> r.appliesTo(psychosis, pathway)).toList();
    }

    // ---- reading and checking a catalog file --------------------------------------------------------

    record CatalogFile(String catalog, Integer version, Map<String, String> source, List<Entry> recommendations) implements CatalogChecks.Header {
    }

    record Entry(String id, RecommendationKind kind, String evidenceLevel, String grade,
            List<DiagnosisGroup> diagnosisGroups, List<Pathway> pathways, Boolean offeredByUnits, String answeredBy,
            Map<String, String> names, Map<String, String> texts) {
    }

    /** Reads and checks a catalog; {@code name} is only used in messages. */
    static Version read(String name, InputStream in) {
        CatalogFile file = CatalogChecks.readFile(CATALOG, name, in, CatalogFile.class);
        CatalogChecks.require(CATALOG, name, "recommendations",
                file.recommendations() != null && !file.recommendations().isEmpty(), "are missing");
        List<Recommendation> result = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < file.recommendations().size(); i++) {
            Entry entry = file.recommendations().get(i);
            String where = name + ", recommendation "
                    + (entry == null || entry.id() == null ? "#" + (i + 1) : entry.id());
            CatalogChecks.require(CATALOG, where, "entry", entry != null, "is empty");
            Recommendation recommendation = check(where, entry);
            CatalogChecks.require(CATALOG, where, "id", ids.add(recommendation.id()), "is used twice");
            result.add(recommendation);
        }
        return new Version(file.version(), Map.copyOf(file.source()), List.copyOf(result));
    }

    private static Recommendation check(String where, Entry e) {
        CatalogChecks.require(CATALOG, where, "id", e.id() != null && e.id().matches("[A-Z][A-Z0-9_]{0,40}"),
                "is missing or not of the form CBT_PSYCHOSIS");
        CatalogChecks.require(CATALOG, where, "kind", e.kind() != null, "is missing (PRINCIPLE or MEASURE)");
        CatalogChecks.require(CATALOG, where, "evidenceLevel", EVIDENCE_LEVELS.contains(e.evidenceLevel()),
                "is missing or not one of 1a, 1b, 2a, 2b, 3, 4");
        CatalogChecks.require(CATALOG, where, "grade", GRADES.contains(e.grade()), "is missing or not one of A, B, C, D");
        CatalogChecks.require(CATALOG, where, "diagnosisGroups", e.diagnosisGroups() != null
                && !e.diagnosisGroups().isEmpty() && !e.diagnosisGroups().contains(null)
                && !e.diagnosisGroups().contains(DiagnosisGroup.ALL), "are missing or not PSYCHOSIS and/or OTHER");
        CatalogChecks.require(CATALOG, where, "pathways", e.pathways() != null && !e.pathways().isEmpty()
                && !e.pathways().contains(null), "are missing");
        CatalogChecks.require(CATALOG, where, "offeredByUnits", e.offeredByUnits() != null, "is missing");
        CatalogChecks.require(CATALOG, where, "offeredByUnits",
                !e.offeredByUnits() || e.kind() == RecommendationKind.MEASURE, "is only for a MEASURE");
        CatalogChecks.require(CATALOG, where, "answeredBy", e.answeredBy() == null || ANSWERS.contains(e.answeredBy()),
                "is not one of " + ANSWERS);
        CatalogChecks.require(CATALOG, where, "answeredBy",
                e.answeredBy() == null || e.kind() == RecommendationKind.MEASURE, "is only for a MEASURE");
        CatalogChecks.requireLanguages(CATALOG, where, "names", e.names());
        CatalogChecks.requireLanguages(CATALOG, where, "texts", e.texts());
        return new Recommendation(e.id(), e.kind(), e.evidenceLevel(), e.grade(),
                Collections.unmodifiableSet(new java.util.LinkedHashSet<>(e.diagnosisGroups())),
                Collections.unmodifiableSet(new java.util.LinkedHashSet<>(e.pathways())), e.offeredByUnits(),
                e.answeredBy(), Map.copyOf(e.names()), Map.copyOf(e.texts()));
    }
}
