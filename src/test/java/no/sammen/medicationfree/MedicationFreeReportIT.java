package no.sammen.medicationfree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import no.sammen.coursefact.CourseFactService;
import no.sammen.indicator.IndicatorFixture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The report of medication-free courses counts a unit's new psychosis courses and those on the pathway
 * now or chosen for it by an assessment, by quarter and year, and how they ended; outside the viewer's
 * own units small numbers are hidden, and so is the clinic that would give them away. Built on a clinic
 * and unit of its own, so that every number is known.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MedicationFreeReportIT {

    static final int YEAR = LocalDate.now().getYear() - 1;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CourseFactService facts;
    @Autowired
    MedicationFreeReport reports;
    @Autowired
    MockMvc mvc;

    private static MedicationFreeReport.Row row(MedicationFreeReport.Report report, List<MedicationFreeReport.Row> rows,
            UUID orgId) {
        return rows.stream().filter(r -> orgId.equals(r.orgId())).findFirst().orElseThrow();
    }

    @Test
    void countsByQuarterAndEndAndHidesSmallNumbersOutsideOwnUnits() {
        IndicatorFixture fixture = new IndicatorFixture(jdbc, facts);
        UUID unit = fixture.unit("OUTPATIENT");
        LocalDate february = LocalDate.of(YEAR, 2, 10);
        UUID onPathway = fixture.course(fixture.patient, unit, true, february, null);
        UUID chosenThenReturned = fixture.course(fixture.patient("R.T. 1980"), unit, true, february.plusDays(3),
                LocalDate.of(YEAR, 6, 1));
        fixture.course(fixture.patient("O.R. 1981"), unit, true, february.plusDays(5), null);
        fixture.course(fixture.patient("N.P. 1982"), unit, false, february.plusDays(6), null);
        jdbc.sql("update treatment_course set pathway = 'MEDICATION_FREE' where id = ?").param(onPathway).update();
        facts.refresh(onPathway);
        jdbc.sql("update treatment_course set end_reason = 'BROKE_OFF' where id = ?").param(chosenThenReturned).update();
        jdbc.sql("""
                insert into medication_free_assessment (id, course_id, assessed_on, clinician_id, clinician_name,
                    psychosis, diagnosis_code, voluntary, wants_non_medication, professionally_sound,
                    capacity_to_consent, no_risk, eligible, note, created_at, version)
                values (?, ?, ?, (select id from user_account where username = 'behandler'), 'Ingrid Haugland',
                    true, 'F20', true, true, true, true, true, true, null, ?, 0)""")
                .params(UUID.randomUUID(), chosenThenReturned, february.plusDays(10), OffsetDateTime.now()).update();
        facts.refresh(chosenThenReturned);

        MedicationFreeReport.Report own = reports.report(YEAR, Set.of(unit));
        MedicationFreeReport.Row shares = row(own, own.shares(), unit);
        assertThat(shares.cells().get(0)).as("Q1: two of three new psychosis courses")
                .isEqualTo(new MedicationFreeReport.Cell(2L, 3L, false));
        assertThat(shares.cells().get(0).percent()).isEqualTo(67);
        assertThat(shares.cells().get(1)).as("Q2: none started").isEqualTo(new MedicationFreeReport.Cell(0L, 0L, false));
        assertThat(shares.cells().get(4)).as("the year").isEqualTo(new MedicationFreeReport.Cell(2L, 3L, false));
        MedicationFreeReport.Row ends = row(own, own.ends(), unit);
        assertThat(ends.cells().get(own.columns().indexOf("BROKE_OFF")).numerator()).isEqualTo(1);
        assertThat(ends.cells().get(own.columns().indexOf("TOTAL")).numerator()).isEqualTo(1);

        MedicationFreeReport.Report outside = reports.report(YEAR, Set.of());
        assertThat(row(outside, outside.shares(), unit).cells().get(0).hidden()).as("3 courses, below 5").isTrue();
        assertThat(row(outside, outside.shares(), unit).cells().get(0).numerator()).isNull();
        assertThat(row(outside, outside.shares(), fixture.clinic).cells().get(0).hidden())
                .as("the clinic of that one unit would give it away").isTrue();
        assertThat(row(outside, outside.shares(), unit).cells().get(1).hidden()).as("an empty quarter").isFalse();
        assertThat(row(outside, outside.ends(), unit).cells().get(outside.columns().indexOf("BROKE_OFF")).hidden())
                .isTrue();
        assertThat(outside.anyHidden()).isTrue();
    }

    @Test
    void leadersCoordinatorsAndAnalystsReachTheReportFromTheReportsPage() throws Exception {
        mvc.perform(get("/reports").with(user("leder")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/reports/medication-free\"")));
        mvc.perform(get("/reports/medication-free").with(user("analytiker")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"medication-free-shares\"")))
                .andExpect(content().string(containsString("id=\"medication-free-ends\"")));
        mvc.perform(get("/reports/medication-free").param("year", "" + YEAR).with(user("leder")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Andel medikamentfrie av nye psykoseforløp, " + YEAR)))
                .andExpect(content().string(not(containsString("id=\"year-error\""))));
        mvc.perform(get("/reports/medication-free").param("year", "1850").with(user("leder")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"year-error\"")));
        mvc.perform(get("/reports/medication-free").with(user("behandler")))
                .andExpect(status().isNotFound());
    }
}
