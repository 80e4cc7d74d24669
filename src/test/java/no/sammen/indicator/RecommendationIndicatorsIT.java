package no.sammen.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import no.sammen.coursefact.CourseFactService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The recommendation-level indicators (ADR 0024): psychosis courses active at least 90 days in which CBT,
 * family psychoeducation (either group) or IPS was offered by day 90, counted from the checklist's facts.
 */
@SpringBootTest
@ActiveProfiles("test")
class RecommendationIndicatorsIT {

    private static final LocalDate LONG_AFTER = LocalDate.of(2026, 1, 1);

    @Autowired
    IndicatorService indicators;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CourseFactService facts;

    private void entry(UUID course, UUID unit, String recommendation, int sequence, String state, String on) {
        jdbc.sql("""
                insert into guideline_checklist_entry (id, course_id, unit_id, recommendation_id, catalog_version,
                    sequence, state, state_on, reason, recorded_at, version)
                values (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, 0)""")
                .params(UUID.randomUUID(), course, unit, recommendation, sequence, state,
                        on == null ? null : LocalDate.parse(on), on == null ? "Ikke aktuelt" : null, OffsetDateTime.now())
                .update();
        facts.refresh(course);
    }

    private List<List<Long>> counts(String id, UUID unit, LocalDate today) {
        return indicators.values(id, OrgLevel.UNIT, PeriodType.MONTH, LocalDate.parse("2024-03-01"),
                        LocalDate.parse("2024-03-31"), today).stream().filter(v -> unit.equals(v.orgId()))
                .map(v -> List.of(v.numerator(), v.denominator())).toList();
    }

    @Test
    void offeredByDay90InCoursesActiveAtLeast90Days() {
        IndicatorFixture f = new IndicatorFixture(jdbc, facts);
        UUID unit = f.unit("OUTPATIENT");
        UUID offered = f.course(unit, true, "2024-03-01", null);
        entry(offered, unit, "CBT_PSYCHOSIS", 1, "OFFERED", "2024-03-20");
        entry(offered, unit, "MULTI_FAMILY_PSYCHOEDUCATION", 1, "DECLINED", "2024-05-30"); // day 90
        UUID late = f.course(unit, true, "2024-03-01", null);
        entry(late, unit, "CBT_PSYCHOSIS", 1, "OFFERED", "2024-06-01"); // day 92
        entry(late, unit, "IPS", 1, "NOT_AVAILABLE", "2024-03-05");
        UUID takenBack = f.course(unit, true, "2024-03-02", null);
        entry(takenBack, unit, "CBT_PSYCHOSIS", 1, "OFFERED", "2024-03-05");
        entry(takenBack, unit, "CBT_PSYCHOSIS", 2, "NOT_RELEVANT", null);
        entry(takenBack, unit, "SINGLE_FAMILY_PSYCHOEDUCATION", 1, "OFFERED", "2024-03-05");
        entry(takenBack, unit, "SINGLE_FAMILY_PSYCHOEDUCATION", 2, "STARTED", "2024-03-25");
        UUID endedEarly = f.course(unit, true, "2024-03-03", "2024-05-01"); // ended on day 59
        entry(endedEarly, unit, "CBT_PSYCHOSIS", 1, "STARTED", "2024-03-10");
        UUID endedAfter90 = f.course(unit, true, "2024-03-03", "2024-06-15");
        entry(endedAfter90, unit, "IPS", 1, "OFFERED", "2024-03-10");
        f.course(unit, false, "2024-03-04", null); // not psychosis
        UUID open = f.course(unit, true, "2024-03-25", null); // window open on 2024-05-01

        assertThat(counts("R_CBT", unit, LONG_AFTER)).containsExactly(List.of(1L, 5L));
        assertThat(counts("R_FAMILY_PSYCHOEDUCATION", unit, LONG_AFTER)).containsExactly(List.of(2L, 5L));
        assertThat(counts("R_IPS", unit, LONG_AFTER)).containsExactly(List.of(1L, 5L));
        // While windows are open, only courses already offered count; the one that ended early is out.
        entry(open, unit, "IPS", 1, "STARTED", "2024-04-01");
        assertThat(counts("R_IPS", unit, LocalDate.parse("2024-05-01"))).containsExactly(List.of(2L, 2L));
        assertThat(counts("R_CBT", unit, LocalDate.parse("2024-05-01"))).containsExactly(List.of(1L, 1L));
    }
}
