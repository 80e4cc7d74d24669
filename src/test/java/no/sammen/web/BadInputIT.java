package no.sammen.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Inputs that once gave 500: each is a clear 4xx naming its field, or is read as «nothing chosen». */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class BadInputIT {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    BadInputFixtures fixtures;
    UUID course;
    UUID member;

    @BeforeEach
    void fixtures() throws Exception {
        fixtures = BadInputFixtures.create(mvc, jdbc, 1);
        course = fixtures.courseIds.get(0);
        member = fixtures.memberIds.get(0);
    }

    MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.with(fixtures.as("CLINICIAN")).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void theErrorPageOpenedDirectlyIsNotFound() throws Exception {
        mvc.perform(get("/error").with(fixtures.as("CLINICIAN"))).andExpect(status().isNotFound());
        mvc.perform(get("/error")).andExpect(status().isNotFound());
    }

    @Test
    void aWorklistPageFarPastTheEndIsAnEmptyPage() throws Exception {
        for (String page : new String[] {"42949673", "2147483647", "-2147483648"}) {
            mvc.perform(get("/worklist").param("page", page).with(fixtures.as("CLINICIAN")))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void aBlankUnitBesideAChosenOneOnTheNewUserFormIsIgnored() throws Exception {
        String username = "blank-unit-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/admin/users/new").with(fixtures.as("ADMIN")).with(csrf())
                        .param("username", username).param("displayName", "Blank Unit")
                        .param("password", "a-long-enough-password-2026").param("roles", "CLINICIAN")
                        .param("unitIds", "", fixtures.unitId.toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("""
                select u.unit_id from user_unit u join user_account a on a.id = u.user_id where a.username = ?""")
                .param(username).query(UUID.class).list()).containsExactly(fixtures.unitId);
    }

    @Test
    void aNullInAJsonArrayIsAFieldErrorAndStoresNothing() throws Exception {
        Map<String, Long> before = BadInputFixtures.rowCounts(jdbc);
        mvc.perform(json(post("/api/v1/courses/" + course + "/conversations"), """
                        {"kind": "PATIENT", "heldOn": "%s", "participantIds": [null], "topics": []}""".formatted(TODAY)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", startsWith("participantIds")));
        mvc.perform(json(post("/api/v1/courses/" + course + "/contacts"), """
                        {"dateTime": "%sT10:00", "channel": "PHONE", "staffName": "Ola", "memberIds": [null]}"""
                        .formatted(TODAY)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", startsWith("memberIds")));
        mvc.perform(json(put("/api/v1/courses/" + course + "/network/children"), """
                        {"askedOn": "%s", "count": 2, "ages": [null, 7], "needsAddressed": "YES"}""".formatted(TODAY)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", startsWith("ages")));
        mvc.perform(json(put("/api/v1/courses/" + course + "/crisis-plan"), """
                        {"warningSigns": "Sover dårlig", "madeWithMemberIds": [null], "madeOn": "%s"}"""
                        .formatted(TODAY)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", startsWith("madeWithMemberIds")));
        assertThat(BadInputFixtures.rowCounts(jdbc)).isEqualTo(before);
    }

    @Test
    void aBlankChoiceInAFormIsNothingChosen() throws Exception {
        mvc.perform(post("/courses/" + course + "/conversations").with(fixtures.as("CLINICIAN")).with(csrf())
                        .param("kind", "PATIENT").param("heldOn", TODAY.toString()).param("staff", "Ola")
                        .param("participantIds", "").param("version", "0"))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isLessThan(400))
                .andExpect(content().string(not(containsString("participantIds-error"))));
        mvc.perform(post("/courses/" + course + "/crisis-plan/edit").with(fixtures.as("CLINICIAN")).with(csrf())
                        .param("warningSigns", "Sover dårlig").param("patientActions", "Ringer")
                        .param("madeWithMemberIds", "").param("madeWithMemberIds", member.toString())
                        .param("madeOn", TODAY.toString()))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isLessThan(400))
                .andExpect(content().string(not(containsString("madeWithMemberIds-error"))));
        mvc.perform(post("/courses/" + course + "/contacts").with(fixtures.as("CLINICIAN")).with(csrf())
                        .param("date", TODAY.toString()).param("time", "10:00").param("channel", "PHONE")
                        .param("staffName", "Ola").param("memberIds", "").param("memberIds", member.toString()))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isLessThan(400))
                .andExpect(content().string(not(containsString("memberIds-error"))));
    }

    @Test
    void aDateFarOutOfRangeIsAnInvalidDateOfItsField() throws Exception {
        mvc.perform(get("/admin/audit").param("to", "+999999999-12-31").with(fixtures.as("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ugyldig dato.")));
        mvc.perform(get("/admin/audit").param("from", "-999999999-01-01").with(fixtures.as("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ugyldig dato.")));
        mvc.perform(get("/api/v1/audit").param("to", "+999999999-12-31").with(fixtures.as("ADMIN")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        Map<String, Long> before = BadInputFixtures.rowCounts(jdbc);
        mvc.perform(json(put("/api/v1/courses/" + course + "/crisis-plan"), """
                        {"warningSigns": "Sover dårlig", "madeOn": "+999999999-12-31"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("madeOn"));
        assertThat(BadInputFixtures.rowCounts(jdbc)).isEqualTo(before);
    }
}
