package no.sammen.fhir;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;

import no.sammen.indicator.ExportFixture;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Measure;
import org.hl7.fhir.r4.model.MeasureReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import no.sammen.coursefact.CourseFactService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FhirApiIT {

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    CourseFactService courseFacts;

    @Test
    void everyCatalogIndicatorIsAValidMeasure() throws Exception {
        for (String id : List.of("K1", "K2", "K2_PATIENT", "K2_RELATIVES", "K2_BOTH", "K3", "K4A", "K4B",
                "K7")) {
            String json = fhir("/api/v1/fhir/Measure/" + id, "behandler");
            assertThat(FhirValidation.errors(json)).as(id).isEmpty();
            Measure measure = FHIR.newJsonParser().parseResource(Measure.class, json);
            assertThat(measure.getName()).isEqualTo(id);
            assertThat(measure.getScoring().getCodingFirstRep().getCode()).isEqualTo("proportion");
            assertThat(measure.getImprovementNotation().getCodingFirstRep().getCode()).isEqualTo("increase");
        }
        assertThat(fhir("/api/v1/fhir/Measure/K2-PATIENT", "behandler")).contains("\"name\": \"K2_PATIENT\"");
        mvc.perform(get("/api/v1/fhir/Measure/K99").with(httpBasic("behandler", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/fhir/Measure/K1")).andExpect(status().isUnauthorized());
    }

    @Test
    void measureReportsAreValidAndSuppressedOutsideOnesOwnUnits() throws Exception {
        ExportFixture f = new ExportFixture(jdbc, courseFacts);
        UUID small = f.unit("FHIR liten");
        UUID middle = f.unit("FHIR mellom");
        UUID large = f.unit("FHIR stor");
        f.k1Courses(small, "2015-10-02", 3, 2);
        f.k1Courses(middle, "2015-10-03", 6, 5);
        f.k1Courses(large, "2015-10-04", 10, 7);
        String leader = f.user("LEADER", small);

        // The analyst sees all three units; the small one and its complement are suppressed.
        Bundle all = bundle("/api/v1/fhir/MeasureReport?indicator=K1&period=2015-10", "analytiker");
        MeasureReport smallReport = report(all, small);
        assertThat(smallReport.getGroupFirstRep().getPopulation()).noneMatch(p -> p.hasCount());
        assertThat(smallReport.getGroupFirstRep().hasMeasureScore()).isFalse();
        assertThat(report(all, middle).getGroupFirstRep().hasMeasureScore()).isFalse();
        MeasureReport largeReport = report(all, large);
        assertThat(largeReport.getGroupFirstRep().getPopulation()).extracting(p -> p.getCount())
                .containsExactly(7, 10);
        assertThat(largeReport.getGroupFirstRep().getMeasureScore().getValue().doubleValue()).isEqualTo(0.7);
        assertThat(largeReport.getStatus()).isEqualTo(MeasureReport.MeasureReportStatus.COMPLETE);
        assertThat(largeReport.getType()).isEqualTo(MeasureReport.MeasureReportType.SUMMARY);
        // K1's definition is version 2 since catalog version 2 (ADR 0021).
        assertThat(largeReport.getMeasure()).isEqualTo("https://sammen.no/fhir/Measure/K1|2");
        assertThat(largeReport.getReporter().getDisplay()).isEqualTo("FHIR stor");
        assertThat(largeReport.getPeriod().getStartElement().getValueAsString()).isEqualTo("2015-10-01");
        assertThat(largeReport.getPeriod().getEndElement().getValueAsString()).isEqualTo("2015-10-31");

        // One unit only.
        String one = fhir("/api/v1/fhir/MeasureReport?indicator=K1&unit=" + large + "&period=2015-10",
                "analytiker");
        assertThat(FhirValidation.errors(one)).isEmpty();
        assertThat(FHIR.newJsonParser().parseResource(Bundle.class, one).getTotal()).isEqualTo(1);

        // The leader of the small unit sees it in full, and nothing else.
        Bundle own = bundle("/api/v1/fhir/MeasureReport?indicator=K1&period=2015-10", leader);
        assertThat(own.getEntry()).hasSize(1);
        assertThat(report(own, small).getGroupFirstRep().getPopulation()).extracting(p -> p.getCount())
                .containsExactly(2, 3);
        assertThat(bundle("/api/v1/fhir/MeasureReport?indicator=K1&unit=" + large + "&period=2015-10", leader)
                .getEntry()).isEmpty();
    }

    @Test
    void quartersYearsClinicsAndTheRegionHaveReportsToo() throws Exception {
        ExportFixture f = new ExportFixture(jdbc, courseFacts);
        UUID unit = f.unit("FHIR kvartal");
        f.k1Courses(unit, "2016-02-02", 6, 3);
        f.k1Courses(unit, "2016-03-02", 4, 4);

        Bundle quarter = bundle("/api/v1/fhir/MeasureReport?indicator=K1&unit=" + unit + "&period=2016-Q1",
                "analytiker");
        MeasureReport report = report(quarter, unit);
        assertThat(report.getPeriod().getStartElement().getValueAsString()).isEqualTo("2016-01-01");
        assertThat(report.getPeriod().getEndElement().getValueAsString()).isEqualTo("2016-03-31");
        assertThat(report.getGroupFirstRep().getPopulation()).extracting(p -> p.getCount()).containsExactly(7, 10);
        assertThat(report.getIdElement().getIdPart()).endsWith("-2016-Q1");

        Bundle year = bundle("/api/v1/fhir/MeasureReport?indicator=K1&unit=" + f.clinic
                + "&level=CLINIC&period=2016", "analytiker");
        MeasureReport clinic = report(year, f.clinic);
        assertThat(clinic.getPeriod().getEndElement().getValueAsString()).isEqualTo("2016-12-31");
        assertThat(clinic.getGroupFirstRep().getPopulation()).extracting(p -> p.getCount()).containsExactly(7, 10);

        Bundle region = bundle("/api/v1/fhir/MeasureReport?indicator=K1&level=REGION&period=2016-Q1", "analytiker");
        assertThat(region.getEntry()).hasSize(1);
        MeasureReport regionReport = (MeasureReport) region.getEntryFirstRep().getResource();
        assertThat(regionReport.getReporter().getDisplay()).isEqualTo("Region");
        assertThat(regionReport.getGroupFirstRep().getPopulation().get(1).getCount()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void aPeriodThatIsNeitherMonthQuarterNorYearIsAProblemNamingTheField() throws Exception {
        for (String period : new String[] {"2016-13", "2016-Q5", "16", "last-month"}) {
            mvc.perform(get("/api/v1/fhir/MeasureReport?indicator=K1&period=" + period)
                            .with(httpBasic("analytiker", PASSWORD)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("period"));
        }
    }

    private Bundle bundle(String url, String user) throws Exception {
        String json = fhir(url, user);
        assertThat(FhirValidation.errors(json)).isEmpty();
        return FHIR.newJsonParser().parseResource(Bundle.class, json);
    }

    private static MeasureReport report(Bundle bundle, UUID unit) {
        return bundle.getEntry().stream().map(e -> (MeasureReport) e.getResource())
                .filter(r -> r.getReporter().getIdentifier().getValue().equals("urn:uuid:" + unit))
                .findFirst().orElseThrow();
    }

    private String fhir(String url, String user) throws Exception {
        byte[] body = mvc.perform(get(url).with(httpBasic(user, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/fhir+json;charset=UTF-8"))
                .andReturn().getResponse().getContentAsByteArray();
        return new String(body, StandardCharsets.UTF_8);
    }
}
