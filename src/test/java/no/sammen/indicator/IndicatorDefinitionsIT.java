package no.sammen.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.sammen.coursefact.CourseFactService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The definitions of catalog version 2 (ADR 0021), each against version 1 on the same courses, so that
 * both stay reproducible and the difference is the documented one: an exclusion counts only when
 * registered inside the window, and a later one is counted beside the value; a letter is an attempt,
 * not contact; K1 shows contact on day 0; K3 and K4 leave out a death registered with the end, and
 * count a transfer at the unit it left.
 */
@SpringBootTest
@ActiveProfiles("test")
class IndicatorDefinitionsIT {

    private static final LocalDate LONG_AFTER = LocalDate.of(2026, 1, 1);

    @Autowired
    IndicatorService indicators;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CourseFactService courseFacts;

    @Test
    void theCatalogInUseIsVersionSixAndVersionsOneToFiveAreKept() {
        assertThat(indicators.catalogVersion()).isEqualTo(6);
        assertThat(indicators.catalogVersions()).containsExactly(1, 2, 3, 4, 5, 6);
        // Version 6 adds K8 and K9, told by their modules (ADR 0038), and changes none of version 5's definitions.
        for (IndicatorDefinition d : indicators.catalog(5)) {
            assertThat(indicators.definition(d.id(), 6)).as(d.id()).isEqualTo(d);
        }
        assertThat(indicators.definition("K8", 6).isContributed()).isTrue();
        assertThat(indicators.definition("K9", 6).countedBy()).isEqualTo("competence_plans");
        // Version 5 adds K6, a count (ADR 0032), and changes none of version 4's definitions.
        for (IndicatorDefinition d : indicators.catalog(4)) {
            assertThat(indicators.definition(d.id(), 5)).as(d.id()).isEqualTo(d);
        }
        assertThat(indicators.definition("K6", 5).isCount()).isTrue();
        // Version 4 adds K5a and K5b (ADR 0026) and changes none of version 3's definitions.
        for (String id : List.of("K1", "K2", "K2_PATIENT", "K2_RELATIVES", "K2_BOTH", "K3", "K4A", "K4B", "K7",
                "R_CBT", "R_FAMILY_PSYCHOEDUCATION", "R_IPS")) {
            assertThat(indicators.definition(id, 4)).as(id).isEqualTo(indicators.definition(id, 3));
        }
        assertThat(indicators.definition("K5B", 4).metWhen()).extracting(IndicatorDefinition.Condition::fact)
                .containsExactly("pef_started_on");
        // Version 3 adds K7 and the recommendation-level indicators and changes none of version 2's
        // definitions (ADR 0024, ADR 0025).
        for (String id : List.of("K1", "K2", "K2_PATIENT", "K2_RELATIVES", "K2_BOTH", "K3", "K4A", "K4B")) {
            assertThat(indicators.definition(id, 3)).as(id).isEqualTo(indicators.definition(id, 2));
        }
        assertThat(indicators.definition("K7", 3).windowDays()).isEqualTo(30);
        assertThat(indicators.definition("R_CBT", 3).exclusions())
                .containsExactly(no.sammen.indicator.IndicatorDefinition.Exclusion.ENDED_BEFORE_DAY_90);
        assertThat(indicators.definition("K1", 1).version()).isEqualTo(1);
        assertThat(indicators.definition("K1", 2).version()).isEqualTo(2);
        // An indicator whose definition did not change keeps its version.
        assertThat(indicators.definition("K2_PATIENT", 2)).isEqualTo(indicators.definition("K2_PATIENT", 1));
        assertThat(indicators.definition("K3", 2).denominator()).contains("transfer to another unit counts at the unit"
                + " it left");
    }

    @Test
    void anExclusionCountsOnlyWhenRegisteredInsideTheWindowAndALaterOneIsCountedBesideTheValue() {
        IndicatorFixture f = new IndicatorFixture(jdbc, courseFacts);
        UUID unit = f.unit("INPATIENT");
        UUID inWindow = f.course(unit, true, "2025-03-03", null);
        f.noNetwork(inWindow, LocalDate.of(2025, 3, 5)); // day 2
        UUID afterK1 = f.course(unit, true, "2025-03-03", null);
        f.noNetwork(afterK1, LocalDate.of(2025, 3, 13)); // day 10: after K1's window, inside K2's
        UUID afterEnd = f.course(unit, true, "2025-03-03", "2025-03-04");
        f.noNetwork(afterEnd, LocalDate.of(2025, 3, 5)); // inside day 3, but after the course ended
        UUID yearsLater = f.course(unit, true, "2025-03-10", "2025-04-30");
        f.noNetwork(yearsLater, LocalDate.of(2025, 11, 30)); // on an ended course, long after

        // Version 2: the three failed courses with a late mark stay in K1; the one marked in time does not.
        assertThat(unitCounts("K1", 2, unit)).containsExactly(0L, 3L);
        assertThat(indicators.extras(indicators.definition("K1", 2), unit, LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 31))).isEqualTo(new IndicatorExtras(3, 3, Map.of("DAY_0", 0L,
                "LETTER_ATTEMPT", 0L)));
        // K2's window is 42 days: day 10 is inside it.
        assertThat(unitCounts("K2_RELATIVES", 2, unit)).containsExactly(0L, 2L);
        assertThat(indicators.extras(indicators.definition("K2_RELATIVES", 2), unit, LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 31)).excludedAfterWindow()).isEqualTo(2);
        // Version 1, kept: every mark takes its course out, whenever it was made.
        assertThat(unitCounts("K1", 1, unit)).containsExactly(0L, 0L);
        assertThat(indicators.extras(indicators.definition("K1", 1), unit, LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 31)).excludedAfterWindow()).isZero();
        // The same figure in the export's rollup, and on the course page's list of indicators.
        assertThat(indicators.excludedAfterWindow(indicators.definition("K1", 2), OrgLevel.UNIT, PeriodType.MONTH,
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), LONG_AFTER))
                .containsEntry(IndicatorService.key(unit, LocalDate.of(2025, 3, 1)), 3L);
        assertThat(indicators.excludedAfterWindow(afterK1)).extracting(IndicatorDefinition::id)
                .containsExactly("K1");
        assertThat(indicators.excludedAfterWindow(inWindow)).isEmpty();
        assertThat(indicators.excludedAfterWindow(yearsLater)).extracting(IndicatorDefinition::id)
                .containsExactly("K1", "K2", "K2_RELATIVES", "K2_BOTH");
    }

    @Test
    void aLetterIsAnAttemptNotContactAndK1ShowsContactOnDayZero() {
        IndicatorFixture f = new IndicatorFixture(jdbc, courseFacts);
        UUID unit = f.unit("INPATIENT");
        UUID letterOnly = f.course(unit, true, "2025-03-03", null);
        f.letter(letterOnly, "2025-03-04T09:00:00Z");
        UUID sameDay = f.course(unit, true, "2025-03-03", null);
        f.contact(sameDay, "2025-03-03T13:00:00Z");
        UUID dayTwo = f.course(unit, true, "2025-03-03", null);
        f.letter(dayTwo, "2025-03-03T08:00:00Z");
        f.contact(dayTwo, "2025-03-05T13:00:00Z");

        assertThat(unitCounts("K1", 2, unit)).containsExactly(2L, 3L);
        assertThat(indicators.extras(indicators.definition("K1", 2), unit, LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 31)).breakdowns()).containsExactly(Map.entry("DAY_0", 1L),
                Map.entry("LETTER_ATTEMPT", 2L));
        // Version 1 counted the letter as contact.
        assertThat(unitCounts("K1", 1, unit)).containsExactly(3L, 3L);
    }

    @Test
    void k3AndK4LeaveOutADeathRegisteredWithTheEndAndCountATransferAtTheUnitItLeft() {
        IndicatorFixture f = new IndicatorFixture(jdbc, courseFacts);
        UUID unit = f.unit("INPATIENT");
        LocalDate end = LocalDate.of(2025, 3, 20);
        UUID died = f.course(unit, true, "2025-02-01", end.toString());
        f.endReason(died, "DIED", end, end);
        UUID diedRegisteredLater = f.course(unit, true, "2025-02-01", end.toString());
        f.endReason(diedRegisteredLater, "DISCHARGED", end, end);
        f.endReason(diedRegisteredLater, "DIED", end, end.plusDays(40)); // the reason changed weeks later
        UUID transferred = f.course(unit, true, "2025-02-01", end.toString());
        f.endReason(transferred, "TRANSFERRED", end, end);
        UUID notRecorded = f.course(unit, true, "2025-02-01", end.toString());
        f.crisisPlan(notRecorded, "Sover lite", "2025-03-01");

        for (String k : List.of("K3", "K4A", "K4B")) {
            // Version 2: the death registered with the end is left out; the rest are counted.
            assertThat(unitCounts(k, 2, unit)).as(k).containsExactly(k.equals("K3") ? 1L : 0L, 3L);
            assertThat(indicators.extras(indicators.definition(k, 2), unit, LocalDate.of(2025, 3, 1),
                    LocalDate.of(2025, 3, 31)).excludedAfterWindow()).as(k).isEqualTo(1);
            // Version 1 counted every ended course.
            assertThat(unitCounts(k, 1, unit)).as(k).containsExactly(k.equals("K3") ? 1L : 0L, 4L);
        }
        assertThat(indicators.excludedAfterWindow(diedRegisteredLater)).extracting(IndicatorDefinition::id)
                .containsExactly("K3", "K4A", "K4B");
    }

    /** Numerator and denominator of the unit for March 2025 under a catalog version, windows long closed. */
    private List<Long> unitCounts(String indicator, int catalogVersion, UUID unit) {
        IndicatorValue value = indicators.values(indicators.definition(indicator, catalogVersion), OrgLevel.UNIT,
                        PeriodType.MONTH, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), LONG_AFTER).stream()
                .filter(v -> unit.equals(v.orgId())).findFirst().orElseThrow();
        return List.of(value.numerator(), value.denominator());
    }
}
