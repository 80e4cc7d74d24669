package no.sammen.patient;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A national id goes in, and never comes out: not in an answer, a redirect, a log line or the
 * database, whether it was valid or not.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class NationalIdPrivacyIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aNationalIdAppearsInNoAnswerLogOrTable(CapturedOutput output) throws Exception {
        UUID unit = TestData.unitId(jdbc, "Kronstad sengepost");
        String good = TestData.nationalId();
        String bad = TestData.withWrongCheckDigit(TestData.nationalId());
        List<MvcResult> results = new java.util.ArrayList<>();
        for (String id : List.of(good, bad)) {
            results.add(mvc.perform(post("/api/v1/courses").with(httpBasic("behandler", PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("""
                            {"nationalId": "%s", "displayLabel": "P.R. 1959", "unitId": "%s", "startDate": "%s",
                             "diagnosisCode": "F20", "legalStatus": "VOLUNTARY", "pathway": "ORDINARY"}"""
                            .formatted(id, unit, LocalDate.now()))).andReturn());
            results.add(mvc.perform(post("/courses").with(user("behandler")).with(csrf())
                    .param("nationalId", id).param("displayLabel", "P.S. 1959").param("unitId", unit.toString())
                    .param("startDate", LocalDate.now().toString()).param("diagnosisCode", "F20")
                    .param("legalStatus", "VOLUNTARY").param("pathway", "ORDINARY")).andReturn());
            // a national id typed into the search box is not logged either
            results.add(mvc.perform(get("/courses").param("q", id).with(user("behandler"))).andReturn());
        }
        // and a log line that somehow carries one is masked
        LoggerFactory.getLogger(NationalIdPrivacyIT.class).warn("diagnostic line with {}", good);
        String hyphened = good.substring(0, 6) + "-" + good.substring(6);
        String dotted = good.substring(0, 2) + "." + good.substring(2, 4) + "." + good.substring(4, 6) + " "
                + good.substring(6);
        String fullWidth = good.chars().mapToObj(c -> String.valueOf((char) (c - '0' + 0xFF10)))
                .collect(java.util.stream.Collectors.joining());
        LoggerFactory.getLogger(NationalIdPrivacyIT.class).warn("written ids {} {} {} fnr{}x", hyphened, dotted,
                fullWidth, good);

        for (MvcResult result : results) {
            String redirect = result.getResponse().getRedirectedUrl();
            assertThat(redirect == null ? "" : redirect).doesNotContain(good).doesNotContain(bad);
            assertThat(result.getResponse().getHeaderNames()).allSatisfy(
                    name -> assertThat(String.valueOf(result.getResponse().getHeaderValues(name)))
                            .doesNotContain(good));
        }
        assertThat(results.get(0).getResponse().getContentAsString()).doesNotContain(good);
        assertThat(results.get(3).getResponse().getContentAsString()).doesNotContain(bad);
        assertThat(output.getAll()).doesNotContain(good).doesNotContain(bad).contains("diagnostic line with")
                .contains("written ids").doesNotContain(hyphened).doesNotContain(dotted).doesNotContain(fullWidth)
                .doesNotContain("fnr" + good);

        String everything = String.join("|", jdbc.sql("""
                select concat(p.pseudonym, p.display_label) from patient p
                union all select concat(coalesce(details, ''), coalesce(object_id, '')) from audit_entry""")
                .query(String.class).list());
        assertThat(everything).doesNotContain(good).doesNotContain(bad);
    }

    @Test
    void aDisplayLabelCannotCarryANationalId() throws Exception {
        String id = TestData.nationalId();
        MvcResult result = mvc.perform(post("/api/v1/courses").with(httpBasic("behandler", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"nationalId": "%s", "displayLabel": "%s", "unitId": "%s", "startDate": "%s",
                         "diagnosisCode": "F20", "legalStatus": "VOLUNTARY", "pathway": "ORDINARY"}"""
                        .formatted(id, id, TestData.unitId(jdbc, "Kronstad sengepost"), LocalDate.now())))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentAsString()).contains("displayLabel").doesNotContain(id);
    }

    @Test
    void aDisplayLabelCannotCarryANationalIdWrittenAnyWay() throws Exception {
        for (String label : List.of("070762-30093", "07.07.62 30093", "fnr07076230093x",
                "\uff10\uff17\uff10\uff17\uff16\uff12\uff13\uff10\uff10\uff19\uff13")) {
            MvcResult result = mvc.perform(post("/api/v1/courses").with(httpBasic("behandler", PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON).characterEncoding("UTF-8")
                    .content("""
                            {"nationalId": "%s", "displayLabel": "%s", "unitId": "%s", "startDate": "%s",
                             "diagnosisCode": "F20", "legalStatus": "VOLUNTARY", "pathway": "ORDINARY"}"""
                            .formatted(TestData.nationalId(), label, TestData.unitId(jdbc, "Kronstad sengepost"),
                                    LocalDate.now())))
                    .andReturn();
            assertThat(result.getResponse().getStatus()).as(label).isEqualTo(400);
            assertThat(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).as(label)
                    .contains("displayLabel").doesNotContain(label);
        }
    }

    @Test
    void aSearchForANationalIdGoesBackToTheListWithoutIt() throws Exception {
        String id = TestData.nationalId();
        for (String q : List.of(id, id.substring(0, 6) + "-" + id.substring(6), "fnr" + id)) {
            MvcResult result = mvc.perform(get("/courses").param("q", q).param("status", "ENDED")
                    .with(user("behandler"))).andReturn();
            assertThat(result.getResponse().getStatus()).as(q).isEqualTo(302);
            assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/courses?status=ENDED");
            assertThat(result.getFlashMap().get("notice")).isEqualTo("patient.courses.search.nationalIdRemoved");

            MvcResult typed = mvc.perform(get("/courses").param("q", q).header("HX-Request", "true")
                    .with(user("behandler"))).andReturn();
            assertThat(typed.getResponse().getHeader("HX-Redirect")).isEqualTo("/courses");
            assertThat(typed.getResponse().getContentAsString()).doesNotContain(q);
        }
        // a search by label is run as before
        assertThat(mvc.perform(get("/courses").param("q", "P.R. 1959").with(user("behandler"))).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aRegistrationRejectedForAnotherFieldDoesNotSendTheIdBack() throws Exception {
        String id = TestData.nationalId();
        String written = id.substring(0, 6) + "-" + id.substring(6);
        for (String nationalId : List.of(id, written)) {
            MvcResult result = mvc.perform(post("/courses").with(user("behandler")).with(csrf())
                    .param("nationalId", nationalId).param("displayLabel", "P.S. 1959")
                    .param("unitId", TestData.unitId(jdbc, "Kronstad sengepost").toString())
                    .param("startDate", LocalDate.now().toString()).param("diagnosisCode", "nonsense")
                    .param("legalStatus", "VOLUNTARY").param("pathway", "ORDINARY")).andReturn();
            String page = result.getResponse().getContentAsString();
            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            assertThat(page).contains("diagnosisCode-error").contains("id=\"nationalId-retype\"")
                    .doesNotContain(id).doesNotContain(written);
        }
        // nor a label that holds one
        MvcResult result = mvc.perform(post("/courses").with(user("behandler")).with(csrf())
                .param("nationalId", id).param("displayLabel", "P " + written)
                .param("unitId", TestData.unitId(jdbc, "Kronstad sengepost").toString())
                .param("startDate", LocalDate.now().toString()).param("diagnosisCode", "F20")
                .param("legalStatus", "VOLUNTARY").param("pathway", "ORDINARY")).andReturn();
        assertThat(result.getResponse().getContentAsString()).contains("displayLabel-error")
                .doesNotContain(written).doesNotContain(id);
    }
}
