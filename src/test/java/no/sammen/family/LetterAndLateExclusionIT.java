package no.sammen.family;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * On the course page (ADR 0021): a letter is shown as an attempt, not as the first contact, and
 * «no relatives or network» marked after K1's window closed is kept, shown with its day, and said not
 * to take the course out of K1.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LetterAndLateExclusionIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aLetterIsShownAsAnAttemptAndIsNotTheFirstContact() throws Exception {
        UUID course = TestData.newCourse(mvc, jdbc, "behandler", "Kronstad sengepost");
        LocalDate start = LocalDate.now().minusDays(7);
        mvc.perform(post("/api/v1/courses/" + course + "/contacts").with(httpBasic("behandler", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"dateTime": "%sT10:00:00", "channel": "LETTER", "staffName": "Test", "memberIds": []}"""
                                .formatted(start.plusDays(1))))
                .andExpect(status().isCreated());
        String page = mvc.perform(get("/courses/" + course).with(user("behandler"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Bare brev").contains("et forsøk, ikke kontakt");
        assertThat(jdbc.sql("select count(*) from course_fact where course_id = ? and first_direct_contact_on is null"
                + " and first_letter_on is not null").param(course).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void noNetworkMarkedAfterTheWindowIsKeptShownAndDoesNotLeaveK1() throws Exception {
        UUID course = TestData.newCourse(mvc, jdbc, "behandler", "Kronstad sengepost");
        mvc.perform(put("/api/v1/courses/" + course + "/network/no-network").with(httpBasic("behandler", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": null, \"noNetwork\": true}"))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select no_network_on from course_fact where course_id = ?").param(course)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.now());
        String page = mvc.perform(get("/courses/" + course).with(user("behandler"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"late-exclusion-NO_NETWORK\"").contains("Forløpet teller fortsatt med i K1.");
    }
}
