package no.sammen.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import no.sammen.coursefact.CourseFactService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Each test builds its own clinic and units, with courses and registrations
 * placed around fixed dates, so that every numerator and denominator is known in advance.
 */
@SpringBootTest
@ActiveProfiles("test")
class IndicatorComputationIT {

    private static final LocalDate LONG_AFTER = LocalDate.of(2026, 1, 1);

    @Autowired
    IndicatorService indicators;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    CourseFactService courseFacts;

    @Test
    void k1CountsAContactByDayThreeInNorwegianTimeOnceTheWindowHasClosedOrTheContactWasMade() {
        IndicatorFixture f = new IndicatorFixture(jdbc, courseFacts);
        UUID unit = f.unit("INPATIENT");
        UUID onDayThree = f.course(unit, true, "2024-03-10", null);
        f.contact(onDayThree, "2024-03-13T22:30:00Z"); // 23:30 in Oslo: still day 3
        UUID onDayFourInOslo = f.course(unit, true, "2024-03-10", null);
        f.contact(onDayFourInOslo, "2024-03-13T23:30:00Z"); // 00:30 on day 4 in Oslo
        f.course(unit, true, "2024-03-20", null); // no contact; window open until 2024-03-23
        UUID early = f.course(unit, true, "2024-03-21", null);
        f.contact(early, "2024-03-21T10:00:00Z");
        UUID noNetwork = f.course(unit, true, "2024-03-05", null);
        f.contact(noNetwork, "2024-03-05T10:00:00Z");
        f.noNetwork(noNetwork);
        UUID notPsychosis = f.course(unit, false, "2024-03-05", null);
        f.contact(notPsychosis, "2024-03-05T10:00:00Z");
        UUID april = f.course(unit, true, "2024-04-02", null);
        f.contact(april, "2024-04-03T08:00:00Z");

        // On 22 March the course of 20 March has an open window and no contact: not yet counted.
        assertThat(counts(unitValues("K1", PeriodType.MONTH, "2024-03-01", "2024-03-31", LocalDate.of(2024, 3, 22), unit)))
                .containsExactly(List.of(2L, 3L));
        assertThat(counts(unitValues("K1", PeriodType.MONTH, "2024-03-01", "2024-04-30", LONG_AFTER, unit)))
                .containsExactly(List.of(2L, 4L), List.of(1L, 1L));
        assertThat(counts(unitValues("K1", PeriodType.QUARTER, "2024-01-01", "2024-12-31", LONG_AFTER, unit)))
                .containsExactly(List.of(2L, 4L), List.of(1L, 1L), List.of(0L, 0L), List.of(0L, 0L));
        List<IndicatorValue> year = unitValues("K1", PeriodType.YEAR, "2024-06-15", "2024-06-15", LONG_AFTER, unit);
        assertThat(counts(year)).containsExactly(List.of(3L, 5L));
        assertThat(year.get(0).periodStart()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(year.get(0).periodEnd()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(year.get(0).value()).isEqualTo(0.6);
    }

    @Test
    void k2NeedsAllThreeKindsByDay42AndIsAlsoGivenPerKind() {
        IndicatorFixture f = new IndicatorFixture(jdbc, courseFacts);
        UUID unit = f.unit("OUTPATIENT");
        UUID allInTime = f.course(unit, true, "2024-05-01", null);
        f.conversation(allInTime, "PATIENT", "2024-05-02");
        f.conversation(allInTime, "RELATIVES", "2024-05-10");
        f.conversation(allInTime, "BOTH", "2024-06-12"); // day 42
        UUID bothLate = f.course(unit, true, "2024-05-01", null);
        f.conversation(bothLate, "PATIENT", "2024-05-03");
        f.conversation(bothLate, "RELATIVES", "2024-05-05");
        f.conversation(bothLate, "BOTH", "2024-06-13"); // day 43
        UUID noNetwork = f.course(unit, true, "2024-05-02", null);
        f.noNetwork(noNetwork);
        f.conversation(noNetwork, "PATIENT", "2024-05-03");
        UUID notPsychosis = f.course(unit, false, "2024-05-02", null);
        f.conversation(notPsychosis, "PATIENT", "2024-05-03");
        f.conversation(notPsychosis, "RELATIVES", "2024-05-03");
        f.conversation(notPsychosis, "BOTH", "2024-05-03");

        Map<String, List<Long>> expected = Map.of("K2", List.of(1L, 2L), "K2_PATIENT", List.of(3L, 3L),
                "K2_RELATIVES", List.of(2L, 2L), "K2_BOTH", List.of(1L, 2L));
        expected.forEach((id, counts) -> assertThat(
                counts(unitValues(id, PeriodType.MONTH, "2024-05-01", "2024-05-31", LONG_AFTER, unit)))
                .as(id).containsExactly(counts));
        // On 10 June the 42-day windows are open: only courses whose numerator is met count.
        LocalDate tenthOfJune = LocalDate.of(2024, 6, 10);
        assertThat(counts(unitValues("K2", PeriodType.MONTH, "2024-05-01", "2024-05-31", tenthOfJune, unit)))
                .containsExactly(List.of(1L, 1L));
        assertThat(counts(unitValues("K2_BOTH", PeriodType.MONTH, "2024-05-01", "2024-05-31", tenthOfJune, unit)))
                .containsExactly(List.of(1L, 1L));
        assertThat(counts(unitValues("K2_PATIENT", PeriodType.MONTH, "2024-05-01", "2024-05-31", tenthOfJune, unit)))
                .containsExactly(List.of(3L, 3L));
    }

    @Test
    void k3AndK4CountCoursesByEndDateAndRollUpToTheClinic() {
        IndicatorFixture f = new IndicatorFixture(jdbc, courseFacts);
        UUID inpatient = f.unit("INPATIENT");
        UUID outpatient = f.unit("OUTPATIENT");
        UUID planAndMeeting = f.course(inpatient, true, "2023-11-01", "2024-02-10");
        f.crisisPlan(planAndMeeting, "Sover dårlig, trekker seg unna", "2024-01-05");
        UUID held = f.meeting(planAndMeeting, true, null, "HELD", "PATIENT_HOME", null);
        f.invite(held, f.member(planAndMeeting, "MOTHER"));
        f.invite(held, f.member(planAndMeeting, "GP"));
        UUID planAfterEnd = f.course(inpatient, true, "2024-01-05", "2024-02-20");
        f.crisisPlan(planAfterEnd, "Uro", "2024-02-21");
        f.meeting(planAfterEnd, false, "PATIENT_DECLINED", null, null, null);
        UUID blankSigns = f.course(inpatient, true, "2024-01-10", "2024-02-25");
        f.crisisPlan(blankSigns, "   ", "2024-02-01");
        UUID notHeld = f.meeting(blankSigns, true, null, "NOT_HELD", null, "NETWORK_DID_NOT_COME");
        f.invite(notHeld, f.member(blankSigns, "NAV"));
        UUID notPsychosis = f.course(outpatient, false, "2024-01-02", "2024-02-15");
        f.crisisPlan(notPsychosis, "Uro", "2024-01-10");
        UUID video = f.meeting(notPsychosis, true, null, "HELD", "VIDEO", null);
        f.invite(video, f.member(notPsychosis, "FRIEND"));
        f.course(inpatient, true, "2024-02-01", null); // still running: in neither
        UUID april = f.course(outpatient, true, "2024-01-03", "2024-04-03");
        f.crisisPlan(april, "Søvnløshet", "2024-03-01");

        String feb = "2024-02-01";
        assertThat(counts(unitValues("K3", PeriodType.MONTH, feb, feb, LONG_AFTER, inpatient))).containsExactly(List.of(1L, 3L));
        assertThat(counts(unitValues("K4A", PeriodType.MONTH, feb, feb, LONG_AFTER, inpatient))).containsExactly(List.of(2L, 3L));
        assertThat(counts(unitValues("K4B", PeriodType.MONTH, feb, feb, LONG_AFTER, inpatient))).containsExactly(List.of(1L, 3L));
        List<IndicatorValue> k3Outpatient = unitValues("K3", PeriodType.MONTH, "2024-02-01", "2024-04-30", LONG_AFTER, outpatient);
        assertThat(counts(k3Outpatient)).containsExactly(List.of(0L, 0L), List.of(0L, 0L), List.of(1L, 1L));
        assertThat(k3Outpatient.get(0).value()).isNull();
        assertThat(counts(unitValues("K4A", PeriodType.MONTH, "2024-02-01", "2024-04-30", LONG_AFTER, outpatient)))
                .containsExactly(List.of(1L, 1L), List.of(0L, 0L), List.of(0L, 1L));

        assertThat(counts(clinicValues("K3", PeriodType.MONTH, feb, feb, f.clinic))).containsExactly(List.of(1L, 3L));
        assertThat(counts(clinicValues("K4A", PeriodType.MONTH, feb, feb, f.clinic))).containsExactly(List.of(3L, 4L));
        assertThat(counts(clinicValues("K4B", PeriodType.QUARTER, feb, feb, f.clinic))).containsExactly(List.of(2L, 4L));
        assertThat(counts(clinicValues("K3", PeriodType.YEAR, feb, feb, f.clinic))).containsExactly(List.of(2L, 4L));
        assertThat(counts(clinicValues("K4A", PeriodType.YEAR, feb, feb, f.clinic))).containsExactly(List.of(3L, 5L));
        assertThat(clinicValues("K4A", PeriodType.YEAR, feb, feb, f.clinic).get(0).orgName()).isEqualTo(f.clinicName);
    }

    @Test
    void k4BreakdownCountsCoursesByReasonPlaceNetworkSphereAndUnitType() {
        IndicatorFixture f = new IndicatorFixture(jdbc, courseFacts);
        UUID unit = f.unit("AMBULATORY_ACUTE_TEAM");
        UUID a = f.course(unit, true, "2024-01-01", "2024-02-10");
        UUID heldAtHome = f.meeting(a, true, null, "HELD", "PATIENT_HOME", null);
        f.invite(heldAtHome, f.member(a, "MOTHER"));
        f.invite(heldAtHome, f.member(a, "GP"));
        f.meeting(a, true, null, "HELD", "PATIENT_HOME", null); // a second one: the course counts once
        UUID b = f.course(unit, false, "2024-01-01", "2024-02-20");
        f.meeting(b, false, "PATIENT_DECLINED", null, null, null);
        UUID c = f.course(unit, true, "2024-01-01", "2024-02-25");
        f.invite(f.meeting(c, true, null, "NOT_HELD", null, "NETWORK_DID_NOT_COME"), f.member(c, "NAV"));
        f.meeting(c, false, "PATIENT_TOO_ILL", null, null, null);
        UUID outside = f.course(unit, true, "2024-01-01", "2024-03-01");
        f.meeting(outside, false, "PATIENT_DECLINED", null, null, null);
        // Ended by the patient's death, registered with the end: out of K4, so out of every figure below.
        UUID died = f.course(unit, true, "2024-01-01", "2024-02-15");
        f.meeting(died, false, "PATIENT_TOO_ILL", null, null, null);
        f.invite(f.meeting(died, true, null, "HELD", "UNIT", null), f.member(died, "GP"));
        f.endReason(died, "DIED", LocalDate.of(2024, 2, 15), LocalDate.of(2024, 2, 15));

        K4Breakdown breakdown = indicators.breakdown(unit, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29));
        assertThat(breakdown.courses()).isEqualTo(3);
        assertThat(breakdown.invited()).isEqualTo(2);
        assertThat(breakdown.held()).isEqualTo(1);
        assertThat(breakdown.notInvitedReasons()).isEqualTo(Map.of("PATIENT_DECLINED", 1L, "PATIENT_TOO_ILL", 1L));
        assertThat(breakdown.notHeldReasons()).isEqualTo(Map.of("NETWORK_DID_NOT_COME", 1L));
        assertThat(breakdown.places()).isEqualTo(Map.of("PATIENT_HOME", 1L));
        assertThat(breakdown.privateNetworkInvited()).isEqualTo(1);
        assertThat(breakdown.publicNetworkInvited()).isEqualTo(2);
        assertThat(breakdown.unitTypes()).containsExactly(
                new K4Breakdown.UnitTypeCounts("AMBULATORY_ACUTE_TEAM", 3, 2, 1));

        K4Breakdown region = indicators.breakdown(null, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29));
        assertThat(region.unitId()).isNull();
        assertThat(region.courses()).isGreaterThanOrEqualTo(3);
        assertThat(region.unitTypes()).extracting(K4Breakdown.UnitTypeCounts::unitType).contains("AMBULATORY_ACUTE_TEAM");
        assertThat(region.courses()).isEqualTo(region.unitTypes().stream().mapToLong(K4Breakdown.UnitTypeCounts::courses).sum());
    }

    @Test
    void everyLevelSumsTheUnitsBelowIt() {
        LocalDate from = LocalDate.now().minusMonths(12);
        LocalDate to = LocalDate.now();
        IndicatorFixture f = new IndicatorFixture(jdbc, courseFacts);
        f.history(f.unit("INPATIENT"), to, 12);
        f.history(f.unit("OUTPATIENT"), to, 6);
        for (String id : List.of("K1", "K3", "K4A")) {
            List<Long> units = totals(indicators.values(id, OrgLevel.UNIT, PeriodType.QUARTER, from, to));
            assertThat(totals(indicators.values(id, OrgLevel.CLINIC, PeriodType.QUARTER, from, to))).as(id).isEqualTo(units);
            assertThat(totals(indicators.values(id, OrgLevel.TRUST, PeriodType.QUARTER, from, to))).as(id).isEqualTo(units);
            List<IndicatorValue> region = indicators.values(id, OrgLevel.REGION, PeriodType.QUARTER, from, to);
            assertThat(totals(region)).as(id).isEqualTo(units);
            assertThat(region).allSatisfy(v -> assertThat(v.orgId()).isNull());
        }
        assertThat(totals(indicators.values("K4A", OrgLevel.REGION, PeriodType.QUARTER, from, to)).get(1))
                .as("there are ended courses").isPositive();
    }

    @Test
    void theEarliestOfSeveralRegistrationsCountsAndDayThreeEndsAtMidnightInOsloInSummerToo() {
        IndicatorFixture f = new IndicatorFixture(jdbc, courseFacts);
        UUID unit = f.unit("OUTPATIENT");
        UUID lateThenEarly = f.course(unit, true, "2024-07-01", "2024-09-30");
        f.contact(lateThenEarly, "2024-07-20T10:00:00Z");
        f.contact(lateThenEarly, "2024-07-02T10:00:00Z");
        f.conversation(lateThenEarly, "PATIENT", "2024-09-01"); // day 62
        f.conversation(lateThenEarly, "PATIENT", "2024-07-05");
        f.conversation(lateThenEarly, "RELATIVES", "2024-07-06");
        f.conversation(lateThenEarly, "BOTH", "2024-08-12"); // day 42
        f.conversation(lateThenEarly, "BOTH", "2024-08-20");
        f.meeting(lateThenEarly, true, null, "NOT_HELD", null, "PATIENT_WITHDREW");
        f.meeting(lateThenEarly, true, null, "HELD", "VIDEO", null);
        f.crisisPlan(lateThenEarly, null, "2024-07-10"); // no warning signs
        UUID lastMinute = f.course(unit, true, "2024-07-10", "2024-09-15");
        f.contact(lastMinute, "2024-07-13T21:59:00Z"); // 23:59 in Oslo (summer time): day 3
        f.meeting(lastMinute, false, "PATIENT_DECLINED", null, null, null);
        f.meeting(lastMinute, true, null, "PLANNED", null, null);
        UUID pastMidnight = f.course(unit, true, "2024-07-10", null);
        f.contact(pastMidnight, "2024-07-13T22:00:00Z"); // 00:00 on day 4 in Oslo
        f.contact(pastMidnight, "2024-07-20T22:00:00Z");

        String july = "2024-07-01";
        assertThat(counts(unitValues("K1", PeriodType.MONTH, july, july, LONG_AFTER, unit))).containsExactly(List.of(2L, 3L));
        assertThat(counts(unitValues("K2", PeriodType.MONTH, july, july, LONG_AFTER, unit))).containsExactly(List.of(1L, 3L));
        assertThat(counts(unitValues("K2_PATIENT", PeriodType.MONTH, july, july, LONG_AFTER, unit))).containsExactly(List.of(1L, 3L));
        String september = "2024-09-01";
        assertThat(counts(unitValues("K3", PeriodType.MONTH, september, september, LONG_AFTER, unit))).containsExactly(List.of(0L, 2L));
        assertThat(counts(unitValues("K4A", PeriodType.MONTH, september, september, LONG_AFTER, unit))).containsExactly(List.of(2L, 2L));
        assertThat(counts(unitValues("K4B", PeriodType.MONTH, september, september, LONG_AFTER, unit))).containsExactly(List.of(1L, 2L));
        Map<String, Map<OrgLevel, List<IndicatorValue>>> all = indicators.catalogValues(EnumSet.of(OrgLevel.UNIT),
                PeriodType.MONTH, LocalDate.parse(july), LocalDate.parse("2024-09-30"), LONG_AFTER);
        assertThat(all.keySet()).containsExactlyElementsOf(indicators.catalog().stream().map(IndicatorDefinition::id).toList());
        all.forEach((id, byLevel) -> assertThat(byLevel.get(OrgLevel.UNIT)).as(id).isEqualTo(indicators.values(id,
                OrgLevel.UNIT, PeriodType.MONTH, LocalDate.parse(july), LocalDate.parse("2024-09-30"), LONG_AFTER)));
        // A range that holds every course in the database is counted without narrowing the registrations read.
        Map<String, Map<OrgLevel, List<IndicatorValue>>> everything = indicators.catalogValues(
                EnumSet.of(OrgLevel.UNIT), PeriodType.YEAR, LocalDate.of(1900, 1, 1), LocalDate.of(2199, 12, 31),
                LONG_AFTER);
        Map<String, Map<OrgLevel, List<IndicatorValue>>> year2024 = indicators.catalogValues(
                EnumSet.of(OrgLevel.UNIT), PeriodType.YEAR, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31),
                LONG_AFTER);
        year2024.forEach((id, byLevel) -> assertThat(counts(byLevel.get(OrgLevel.UNIT).stream()
                .filter(v -> unit.equals(v.orgId())).toList())).as(id)
                .isEqualTo(counts(everything.get(id).get(OrgLevel.UNIT).stream()
                        .filter(v -> unit.equals(v.orgId()) && v.periodStart().getYear() == 2024).toList())));
        assertThat(counts(everything.get("K1").get(OrgLevel.UNIT).stream()
                .filter(v -> unit.equals(v.orgId()) && v.periodStart().getYear() == 2024).toList()))
                .containsExactly(List.of(2L, 3L));
    }

    @Test
    void valuesByLevelGiveWhatValuesGivesAtEachLevel() {
        IndicatorFixture f = new IndicatorFixture(jdbc, courseFacts);
        UUID unit = f.unit("INPATIENT");
        UUID contacted = f.course(unit, true, "2024-03-10", "2024-04-02");
        f.contact(contacted, "2024-03-11T10:00:00Z");
        f.meeting(contacted, true, null, "HELD", "UNIT", null);
        f.course(unit, true, "2024-04-10", null);
        LocalDate from = LocalDate.of(2024, 1, 1);
        LocalDate to = LocalDate.of(2024, 12, 31);
        // K1 places the course by its start (first quarter), K4B by its end (second quarter).
        Map<String, List<Long>> numerators = Map.of("K1", List.of(1L, 0L, 0L, 0L), "K4B", List.of(0L, 1L, 0L, 0L));
        numerators.forEach((id, expected) -> {
            Map<OrgLevel, List<IndicatorValue>> byLevel = indicators.valuesByLevel(id,
                    EnumSet.allOf(OrgLevel.class), PeriodType.QUARTER, from, to, LONG_AFTER);
            assertThat(byLevel).containsOnlyKeys(OrgLevel.values());
            for (OrgLevel level : OrgLevel.values()) {
                assertThat(byLevel.get(level)).as(id + " " + level)
                        .isEqualTo(indicators.values(id, level, PeriodType.QUARTER, from, to, LONG_AFTER));
            }
            assertThat(byLevel.get(OrgLevel.UNIT).stream().filter(v -> unit.equals(v.orgId())).toList())
                    .extracting(IndicatorValue::numerator).as(id).containsExactlyElementsOf(expected);
        });
        assertThat(indicators.valuesByLevel("K3", EnumSet.of(OrgLevel.CLINIC), PeriodType.YEAR, from, to))
                .containsOnlyKeys(OrgLevel.CLINIC);
    }

    @Test
    void aRangeOfMoreThanAYearCountsTheCoursesOfItsFirstAndLastDayAndNoneOutside() {
        IndicatorFixture f = new IndicatorFixture(jdbc, courseFacts);
        UUID unit = f.unit("INPATIENT");
        // Placed by start (K1) and by end (K4A) on the range's first and last days, and on the days around it.
        for (String[] dates : List.of(new String[] {"2022-12-31", "2022-12-31"}, new String[] {"2023-01-01", "2023-01-01"},
                new String[] {"2024-12-31", "2024-12-31"}, new String[] {"2025-01-01", "2025-01-01"})) {
            UUID course = f.course(unit, true, dates[0], dates[1]);
            f.contact(course, dates[0] + "T10:00:00Z");
        }
        LocalDate from = LocalDate.of(2023, 1, 1);
        LocalDate to = LocalDate.of(2024, 12, 31);
        assertThat(IndicatorQueries.wholeMonths(from, to)).isGreaterThan(IndicatorQueries.WHOLE_MONTHS_READ_BY_MONTH);
        for (String id : List.of("K1", "K4A")) {
            List<IndicatorValue> wide = unitValues(id, PeriodType.MONTH, "2023-01-01", "2024-12-31", LONG_AFTER, unit);
            assertThat(wide).as(id).hasSize(24);
            assertThat(counts(wide).get(0)).as(id).isEqualTo(List.of(id.equals("K1") ? 1L : 0L, 1L));
            assertThat(counts(wide).get(23)).as(id).isEqualTo(List.of(id.equals("K1") ? 1L : 0L, 1L));
            assertThat(wide.stream().mapToLong(IndicatorValue::denominator).sum()).as(id).isEqualTo(2);
            // The same as each year read on its own, by the placing date.
            List<IndicatorValue> years = new java.util.ArrayList<>(
                    unitValues(id, PeriodType.MONTH, "2023-01-01", "2023-12-31", LONG_AFTER, unit));
            years.addAll(unitValues(id, PeriodType.MONTH, "2024-01-01", "2024-12-31", LONG_AFTER, unit));
            assertThat(wide).as(id).isEqualTo(years);
        }
    }

    private List<IndicatorValue> unitValues(String id, PeriodType type, String from, String to, LocalDate today,
            UUID unit) {
        return indicators.values(id, OrgLevel.UNIT, type, LocalDate.parse(from), LocalDate.parse(to), today).stream()
                .filter(v -> unit.equals(v.orgId())).toList();
    }

    private List<IndicatorValue> clinicValues(String id, PeriodType type, String from, String to, UUID clinic) {
        return indicators.values(id, OrgLevel.CLINIC, type, LocalDate.parse(from), LocalDate.parse(to), LONG_AFTER)
                .stream().filter(v -> clinic.equals(v.orgId())).toList();
    }

    private static List<List<Long>> counts(List<IndicatorValue> values) {
        return values.stream().map(v -> List.of(v.numerator(), v.denominator())).toList();
    }

    private static List<Long> totals(List<IndicatorValue> values) {
        return List.of(values.stream().mapToLong(IndicatorValue::numerator).sum(),
                values.stream().mapToLong(IndicatorValue::denominator).sum());
    }
}
