package no.sammen.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import no.sammen.benchmark.SyntheticData.Result;
import no.sammen.benchmark.SyntheticData.Settings;
import no.sammen.coursefact.CourseFactService;
import no.sammen.indicator.IndicatorDefinition;
import no.sammen.indicator.IndicatorService;
import no.sammen.indicator.IndicatorValue;
import no.sammen.indicator.OrgLevel;
import no.sammen.indicator.PeriodType;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

/**
 * The benchmark's generator, at a small scale, so that it keeps up with the schema and the indicators:
 * its rows go in, and the indicators count them as the generator's own facts say they should, at
 * every level. Runs in a transaction that is rolled back, so the shared test database keeps nothing.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class SyntheticDataIT {

    @Autowired
    IndicatorService indicators;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    CourseFactService courseFacts;

    @Test
    void generatedCoursesAreCountedByEveryIndicatorAtEveryLevelAsTheGeneratorCountsThem() {
        LocalDate today = LocalDate.now(clock);
        LocalDate to = today.withDayOfMonth(1).minusDays(1);
        LocalDate from = to.withDayOfMonth(1).minusMonths(23);
        Settings settings = new Settings("Benk " + UUID.randomUUID().toString().substring(0, 8), 2, 3, 7, 500, from,
                to, today, 42);

        Result data = new SyntheticData(dataSource, transactions).generate(settings);
        // Written straight into the tables, as the benchmark does: compute the facts from them.
        courseFacts.rebuildWithoutLog();

        assertThat(data.unitIds()).hasSize(7);
        assertThat(data.courses()).hasSize(500);
        assertThat(jdbc.sql("select count(*) from treatment_course where unit_id in (:units)")
                .param("units", data.unitIds()).query(Long.class).single()).isEqualTo(500);
        assertThat(data.rows()).allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
        for (IndicatorDefinition definition : indicators.catalog()) {
            long[] expected = ExpectedCounts.count(definition, data.courses(), from, to, today);
            assertThat(expected[1]).as(definition.id() + " has courses").isPositive();
            assertThat(expected[0]).as(definition.id() + " is met by some, not all").isPositive()
                    .isLessThan(expected[1]);

            Map<OrgLevel, List<IndicatorValue>> values = indicators.valuesByLevel(definition.id(),
                    EnumSet.of(OrgLevel.UNIT, OrgLevel.CLINIC, OrgLevel.TRUST), PeriodType.MONTH, from, to);
            assertThat(totals(values.get(OrgLevel.UNIT), data.unitIds())).as(definition.id() + " units")
                    .containsExactly(expected[0], expected[1]);
            assertThat(totals(values.get(OrgLevel.CLINIC), data.clinicIds())).as(definition.id() + " clinics")
                    .containsExactly(expected[0], expected[1]);
            assertThat(totals(values.get(OrgLevel.TRUST), data.trustIds())).as(definition.id() + " trusts")
                    .containsExactly(expected[0], expected[1]);
        }
    }

    private static long[] totals(List<IndicatorValue> values, Collection<UUID> orgs) {
        List<IndicatorValue> ours = values.stream().filter(v -> orgs.contains(v.orgId())).toList();
        return new long[] {ours.stream().mapToLong(IndicatorValue::numerator).sum(),
            ours.stream().mapToLong(IndicatorValue::denominator).sum()};
    }
}
