package no.sammen.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.UUID;

import no.sammen.indicator.IndicatorService;
import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class UnitReportIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IndicatorService indicators;
    @Autowired
    Clock clock;

    @Test
    void aLeaderSeesEveryIndicatorWithAChartAndADataTableOfTheirUnit() throws Exception {
        UUID unit = TestData.unitId(jdbc, "Kronstad sengepost");
        String html = page("leder", "/reports/units/" + unit);

        int indicatorCount = indicators.catalog().size();
        assertThat(count(html, "<svg")).isEqualTo(indicatorCount);
        assertThat(count(html, "role=\"img\"")).isEqualTo(indicatorCount);
        assertThat(count(html, "<title id=\"chart-")).isEqualTo(indicatorCount);
        assertThat(count(html, "<desc id=\"chart-")).isEqualTo(indicatorCount);
        for (var definition : indicators.catalog()) {
            assertThat(html).contains("id=\"data-" + definition.id() + "\"");
        }
        assertThat(html).contains("Enhetsrapport: Kronstad sengepost").contains("class=\"centre")
                .contains("class=\"target\"").contains("id=\"k4-breakdown\"").contains("id=\"k4-not-invited\"")
                .doesNotContain("id=\"suppression-note\"").doesNotContain("færre enn 5")
                .doesNotContain("class=\"limit\"");
        assertThat(html).containsAnyOf("Grønn: målet er nådd", "Gul: nær målet", "Rød: under målet", "Ingen data");
    }

    @Test
    void thePChartHasLimitsAndTheListShowsOnlyOnesOwnUnits() throws Exception {
        UUID unit = TestData.unitId(jdbc, "Kronstad sengepost");
        assertThat(page("leder", "/reports/units/" + unit + "?chart=p")).contains("class=\"limit\"")
                .contains("P-diagram");
        assertThat(page("leder", "/reports")).contains("Kronstad sengepost").contains("Kronstad poliklinikk")
                .doesNotContain("Voss poliklinikk").contains("id=\"nav-reports\"");
        assertThat(page("analytiker", "/reports")).contains("Voss poliklinikk").contains("Kronstad sengepost");
    }

    @Test
    void aClinicianOfAnotherUnitGetsNotFound() throws Exception {
        UUID kronstad = TestData.unitId(jdbc, "Kronstad sengepost");
        mvc.perform(get("/reports/units/" + kronstad).with(user("behandler2"))).andExpect(status().isNotFound());
        mvc.perform(get("/reports/units/" + UUID.randomUUID()).with(user("leder"))).andExpect(status().isNotFound());
        mvc.perform(get("/reports/units/" + kronstad).with(user("admin"))).andExpect(status().isNotFound());
    }

    @Test
    void anAnalystSeesFewerThanFiveWhereTheDenominatorIsSmallButTheUnitsOwnLeaderSeesTheNumbers()
            throws Exception {
        UUID unit = smallUnit();
        String analyst = page("analytiker", "/reports/units/" + unit);
        assertThat(analyst).contains("id=\"suppression-note\"").contains("færre enn 5");
        assertThat(count(analyst, "<svg")).isEqualTo(indicators.catalog().size());
        assertThat(analyst).doesNotContain("3 av 3");

        UUID leader = jdbc.sql("select id from user_account where username = 'leder'").query(UUID.class).single();
        jdbc.sql("insert into user_unit (user_id, unit_id) values (?, ?)").params(leader, unit).update();
        try {
            String own = page("leder", "/reports/units/" + unit);
            assertThat(own).doesNotContain("færre enn 5").contains("3 av 3");
        } finally {
            jdbc.sql("delete from user_unit where user_id = ? and unit_id = ?").params(leader, unit).update();
        }
    }

    /** A unit of its own clinic with three psychosis courses that started on the first of last month. */
    private UUID smallUnit() {
        UUID trust = jdbc.sql("select id from health_trust order by name limit 1").query(UUID.class).single();
        UUID clinic = UUID.randomUUID();
        UUID unit = UUID.randomUUID();
        UUID patient = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("insert into clinic (id, trust_id, name, version) values (?, ?, ?, 0)")
                .params(clinic, trust, "Rapportklinikk " + clinic).update();
        jdbc.sql("""
                insert into org_unit (id, clinic_id, name, unit_type, active, version)
                values (?, ?, ?, 'INPATIENT', true, 0)""").params(unit, clinic, "Rapportenhet " + unit).update();
        jdbc.sql("""
                insert into patient (id, trust_id, pseudonym, display_label, created_at, version)
                values (?, ?, ?, 'R.E. 1970', ?, 0)""").params(patient, trust, patient.toString(), now).update();
        LocalDate start = YearMonth.now(clock).minusMonths(1).atDay(1);
        for (int i = 0; i < 3; i++) {
            UUID course = UUID.randomUUID();
            jdbc.sql("""
                    insert into treatment_course (id, patient_id, unit_id, start_date, end_date, diagnosis_code,
                        psychosis, legal_status, pathway, created_at, version)
                    values (?, ?, ?, ?, null, 'F20', true, 'VOLUNTARY', 'ORDINARY', ?, 0)""")
                    .params(course, patient, unit, start, now).update();
            jdbc.sql("""
                    insert into relative_contact (id, course_id, contacted_at, channel, staff_name, created_at, version)
                    values (?, ?, ?, 'PHONE', 'Test', ?, 0)""")
                    .params(UUID.randomUUID(), course, start.atTime(10, 0).atOffset(now.getOffset()), now).update();
        }
        return unit;
    }

    private String page(String username, String url) throws Exception {
        return mvc.perform(get(url).with(user(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
