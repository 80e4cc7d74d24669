package no.sammen.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import no.sammen.security.CurrentUser;
import no.sammen.security.Role;
import no.sammen.shared.NotFoundException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import no.sammen.coursefact.CourseFactService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The courses behind a value are selected by the same SQL that counts them: on constructed data,
 * the list of every indicator holds exactly the denominator's courses, and those marked met are
 * exactly the numerator's.
 */
@SpringBootTest
@ActiveProfiles("test")
class IndicatorCoursesIT {

    private static final LocalDate LONG_AFTER = LocalDate.of(2026, 1, 1);
    private static final int ALL_AT_ONCE = 1000;

    @Autowired
    IndicatorService indicators;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    CourseFactService courseFacts;

    @Test
    void forEveryIndicatorTheListHasTheDenominatorsCoursesAndTheMetOnesAreTheNumerator() {
        IndicatorFixture f = new IndicatorFixture(jdbc, courseFacts);
        UUID unit = f.unit("INPATIENT");
        UUID otherUnit = f.unit("OUTPATIENT");
        mixedCourses(f, unit, new Random(20240101));
        mixedCourses(f, otherUnit, new Random(20240202));
        CurrentUser leader = viewer(Role.LEADER, unit);

        // Mid-June 2024 many windows are still open; long after, all have closed.
        for (LocalDate today : List.of(LocalDate.of(2024, 6, 10), LONG_AFTER)) {
            for (IndicatorDefinition definition : indicators.catalog()) {
                for (PeriodType type : today.equals(LONG_AFTER) ? List.of(PeriodType.values())
                        : List.of(PeriodType.MONTH)) {
                    List<IndicatorValue> values = indicators.values(definition.id(), OrgLevel.UNIT, type,
                            LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30), today).stream()
                            .filter(v -> unit.equals(v.orgId())).toList();
                    for (IndicatorValue value : values) {
                        String cell = definition.id() + " " + type + " " + value.periodStart() + " as of " + today;
                        IndicatorCourses all = courses(leader, definition.id(), unit, type, value.periodStart(),
                                MetFilter.ALL, today);
                        List<IndicatorCourse> listed = all.courses().items();
                        assertThat(listed).as(cell + ": courses listed").hasSize((int) value.denominator());
                        assertThat(listed.stream().filter(IndicatorCourse::met).count()).as(cell + ": met")
                                .isEqualTo(value.numerator());
                        assertThat(all.denominator()).as(cell).isEqualTo(value.denominator());
                        assertThat(all.numerator()).as(cell).isEqualTo(value.numerator());
                        assertThat(all.courses().total()).as(cell).isEqualTo(value.denominator());
                        if (type != PeriodType.MONTH) {
                            continue;
                        }
                        assertThat(courses(leader, definition.id(), unit, type, value.periodStart(), MetFilter.MET,
                                today).courses().items()).as(cell + ": the met ones")
                                .containsExactlyElementsOf(listed.stream().filter(IndicatorCourse::met).toList());
                        assertThat(courses(leader, definition.id(), unit, type, value.periodStart(),
                                MetFilter.NOT_MET, today).courses().items()).as(cell + ": the others")
                                .containsExactlyElementsOf(listed.stream().filter(c -> !c.met()).toList());
                    }
                }
            }
        }
        assertThat(indicators.values("K1", OrgLevel.UNIT, PeriodType.YEAR, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 1, 1), LONG_AFTER).stream().filter(v -> unit.equals(v.orgId())).findFirst()
                .orElseThrow().numerator()).as("the constructed data gives K1 courses in its numerator").isPositive();
    }

    @Test
    void aCourseWhoseWindowIsOpenIsInNeitherTheCountNorTheListUnlessItsNumeratorIsMet() {
        IndicatorFixture f = new IndicatorFixture(jdbc, courseFacts);
        UUID unit = f.unit("INPATIENT");
        UUID waiting = f.course(unit, true, "2024-03-20", null); // no contact; window open until 2024-03-23
        UUID early = f.course(unit, true, "2024-03-21", null);
        f.contact(early, "2024-03-21T10:00:00Z");
        UUID late = f.course(unit, true, "2024-03-10", null);
        f.contact(late, "2024-03-15T10:00:00Z");
        CurrentUser clinician = viewer(Role.CLINICIAN, unit);
        LocalDate march = LocalDate.of(2024, 3, 1);

        IndicatorCourses open = courses(clinician, "K1", unit, PeriodType.MONTH, march, MetFilter.ALL,
                LocalDate.of(2024, 3, 22));
        assertThat(open.courses().items()).extracting(IndicatorCourse::courseId).containsExactly(late, early);
        assertThat(open.courses().items()).extracting(IndicatorCourse::met).containsExactly(false, true);
        assertThat(List.of(open.numerator(), open.denominator())).containsExactly(1L, 2L);

        IndicatorCourses closed = courses(clinician, "K1", unit, PeriodType.MONTH, march, MetFilter.ALL, LONG_AFTER);
        assertThat(closed.courses().items()).extracting(IndicatorCourse::courseId).containsExactly(late, waiting,
                early);
        assertThat(closed.courses().items().get(1)).isEqualTo(
                new IndicatorCourse(waiting, LocalDate.of(2024, 3, 20), null, false));
        assertThat(closed.periodStart()).isEqualTo(march);
        assertThat(closed.periodEnd()).isEqualTo(LocalDate.of(2024, 3, 31));
    }

    @Test
    void theListIsPagedInPlacingDateOrder() {
        IndicatorFixture f = new IndicatorFixture(jdbc, courseFacts);
        UUID unit = f.unit("OUTPATIENT");
        List<UUID> expected = new ArrayList<>();
        for (int day = 5; day >= 1; day--) {
            expected.add(0, f.course(unit, true, "2024-01-01", "2024-02-0" + day));
        }
        CurrentUser coordinator = viewer(Role.COORDINATOR, unit);
        List<UUID> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            IndicatorCourses result = indicators.courses(coordinator, "K4B", unit, PeriodType.MONTH,
                    LocalDate.of(2024, 2, 1), MetFilter.ALL, page, 2, LONG_AFTER);
            assertThat(result.courses().total()).isEqualTo(5);
            assertThat(result.courses().items()).hasSize(page < 2 ? 2 : 1);
            result.courses().items().forEach(c -> seen.add(c.courseId()));
        }
        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(indicators.courses(coordinator, "K4B", unit, PeriodType.MONTH, LocalDate.of(2024, 2, 1),
                MetFilter.ALL, 0).courses().size()).isEqualTo(IndicatorService.COURSES_PAGE_SIZE);
    }

    @Test
    void onlyMembersOfTheUnitWhoMayReadCoursesGetTheList() {
        IndicatorFixture f = new IndicatorFixture(jdbc, courseFacts);
        UUID unit = f.unit("INPATIENT");
        f.course(unit, true, "2024-01-01", "2024-02-01");
        LocalDate february = LocalDate.of(2024, 2, 1);
        for (CurrentUser outsider : List.of(viewer(Role.ANALYST, unit), viewer(Role.ADMIN, unit),
                viewer(Role.LEADER, f.unit("INPATIENT")), viewer(Role.ANALYST))) {
            assertThatThrownBy(() -> courses(outsider, "K3", unit, PeriodType.MONTH, february, MetFilter.ALL,
                    LONG_AFTER)).as(outsider.roles() + " " + outsider.unitIds()).isInstanceOf(NotFoundException.class);
        }
        assertThat(courses(viewer(Role.LEADER, unit), "K3", unit, PeriodType.MONTH, february, MetFilter.ALL,
                LONG_AFTER).courses().items()).hasSize(1);
        assertThatThrownBy(() -> courses(viewer(Role.LEADER, unit), "K99", unit, PeriodType.MONTH, february,
                MetFilter.ALL, LONG_AFTER)).isInstanceOf(NotFoundException.class);
    }

    private IndicatorCourses courses(CurrentUser viewer, String id, UUID unit, PeriodType type, LocalDate start,
            MetFilter filter, LocalDate today) {
        return indicators.courses(viewer, id, unit, type, start, filter, 0, ALL_AT_ONCE, today);
    }

    private static CurrentUser viewer(Role role, UUID... units) {
        return new CurrentUser(UUID.randomUUID(), "viewer", "Viewer", Set.of(role), Set.of(units));
    }

    /**
     * Forty courses starting and ending from January to June 2024, each with a random mix of what
     * the indicators count: psychosis or not, "no relatives", contacts on day 0 to 6, conversations
     * of each kind on day 20 to 60, crisis plans before or after the end or without warning signs,
     * network meetings invited, held or not.
     */
    private static void mixedCourses(IndicatorFixture f, UUID unit, Random random) {
        YearMonth first = YearMonth.of(2024, 1);
        for (int i = 0; i < 40; i++) {
            LocalDate start = first.plusMonths(random.nextInt(6)).atDay(1 + random.nextInt(28));
            LocalDate end = random.nextInt(4) == 0 ? null : start.plusDays(random.nextInt(70));
            UUID course = f.course(f.patient, unit, random.nextInt(5) > 0, start, end);
            if (random.nextInt(8) == 0) {
                f.noNetwork(course);
            } else if (random.nextBoolean()) {
                f.contact(course, start.plusDays(random.nextInt(7)).atTime(random.nextInt(24), 30)
                        .atOffset(java.time.ZoneOffset.UTC).toString());
            }
            for (String kind : List.of("PATIENT", "RELATIVES", "BOTH")) {
                if (random.nextInt(3) > 0) {
                    f.conversation(course, kind, start.plusDays(20 + random.nextInt(40)).toString());
                }
            }
            if (random.nextBoolean()) {
                LocalDate made = start.plusDays(random.nextInt(80));
                f.crisisPlan(course, random.nextInt(4) == 0 ? " " : "Søvnløshet", made.toString());
            }
            if (random.nextBoolean()) {
                boolean invited = random.nextBoolean();
                f.meeting(course, invited, invited ? null : "PATIENT_DECLINED",
                        invited ? (random.nextBoolean() ? "HELD" : "NOT_HELD") : null, null, null);
            }
        }
    }
}
