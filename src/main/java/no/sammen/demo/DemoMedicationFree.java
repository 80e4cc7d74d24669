package no.sammen.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The eligibility assessments of the demo's medication-free courses (ADR 0023): each has one that met
 * every criterion a week or two after the start; at Kronstad about one in three was first assessed
 * with a criterion not met (the clinician not yet finding it professionally sound, or the patient's
 * capacity to consent in doubt). Drawn from the course's id, not from the demo's random numbers, so
 * that the rest of the demo stays as it was.
 */
final class DemoMedicationFree {

    static final String ASSESSMENT_ROW = """
            insert into medication_free_assessment (id, course_id, assessed_on, clinician_id, clinician_name, psychosis,
                diagnosis_code, voluntary, wants_non_medication, professionally_sound, capacity_to_consent, no_risk,
                eligible, note, created_at, version)
            values (?, ?, ?, ?, ?, true, ?, true, true, ?, ?, true, ?, null, ?, 0)""";

    /** Who assesses: the demo's clinician at Kronstad, and the other demo clinician elsewhere. */
    record Assessor(UUID id, String name) {
    }

    private final DemoRows rows;
    private final Assessor kronstad;
    private final Assessor elsewhere;

    DemoMedicationFree(DemoRows rows, Assessor kronstad, Assessor elsewhere) {
        this.rows = rows;
        this.kronstad = kronstad;
        this.elsewhere = elsewhere;
    }

    void course(UUID course, String unitName, String diagnosisCode, LocalDate start, LocalDate end, LocalDate today,
            OffsetDateTime now) {
        long bits = course.getLeastSignificantBits();
        LocalDate last = end == null || end.isAfter(today) ? today : end;
        LocalDate chosen = start.plusDays(7 + Math.floorMod(bits, 14));
        if (chosen.isAfter(last)) {
            chosen = last;
        }
        boolean atKronstad = unitName.startsWith("Kronstad");
        Assessor assessor = atKronstad ? kronstad : elsewhere;
        if (atKronstad && Math.floorMod(bits >> 8, 3) == 0) {
            LocalDate first = start.plusDays(Math.floorMod(bits >> 16, 4));
            if (first.isAfter(chosen)) {
                first = chosen;
            }
            boolean soundDoubt = Math.floorMod(bits >> 24, 2) == 0;
            rows.add(ASSESSMENT_ROW, new UUID(course.getMostSignificantBits() ^ 0x6d6564L, bits ^ 1L), course, first,
                    assessor.id(), assessor.name(), diagnosisCode, !soundDoubt, soundDoubt, false, at(first, 10, now));
        }
        rows.add(ASSESSMENT_ROW, new UUID(course.getMostSignificantBits() ^ 0x6d6564L, bits ^ 2L), course, chosen,
                assessor.id(), assessor.name(), diagnosisCode, true, true, true, at(chosen, 14, now));
    }

    private static OffsetDateTime at(LocalDate day, int hour, OffsetDateTime now) {
        OffsetDateTime at = day.atTime(hour, 0).atOffset(now.getOffset());
        return at.isAfter(now) ? now : at;
    }
}
