package no.sammen.competence;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import no.sammen.testsupport.TestData;
import no.sammen.testsupport.TestStaff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * Contacts with relatives, network meetings and IMR sessions that name a staff member fill the matching
 * practice items of their plan (plans v2): a nurse of a day rehabilitation unit gets the IMR plan.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CompetencePracticeIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));
    static final String UNIT = "Solli dagrehabilitering";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    TestStaff me;
    UUID course;
    UUID mother;

    @BeforeEach
    void setUp() throws Exception {
        me = TestStaff.of(jdbc, passwords, UNIT, "NURSE");
        course = TestData.newCourse(mvc, jdbc, me.username(), UNIT);
        mother = UUID.randomUUID();
        jdbc.sql("""
                insert into network_member (id, course_id, relation, name, contact, closest_relative, created_at, version)
                values (?, ?, 'MOTHER', 'Kari Nordmann', null, false, ?, 0)""")
                .params(mother, course, java.sql.Timestamp.from(Instant.now())).update();
    }

    @Test
    void theDayRehabilitationNurseGetsTheImrPlanWithTheNewPracticeItems() throws Exception {
        String plan = plan();
        assertThat(JsonPath.<String>read(plan, "$.templateId")).isEqualTo("BISP_IMR");
        assertThat(JsonPath.<List<String>>read(plan, "$.items[*].itemId")).contains("RELATIVES_CONTACTED",
                "NETWORK_MEETINGS", "IMR_COURSE", "IMR_THERAPIST", "IMR_SESSIONS");
    }

    @Test
    void threeContactsWithRelativesFillTheItemAndALetterIsNoContact() throws Exception {
        contact(TODAY.minusDays(3), "PHONE");
        contact(TODAY.minusDays(2), "LETTER");
        contact(TODAY.minusDays(2), "MEETING");
        assertThat(state("RELATIVES_CONTACTED")).isEqualTo("MISSING");
        assertThat(evidence("RELATIVES_CONTACTED")).containsOnly("RELATIVES_CONTACTED").hasSize(2);
        contact(TODAY.minusDays(1), "VIDEO");
        assertThat(state("RELATIVES_CONTACTED")).isEqualTo("DONE");
        assertThat(JsonPath.<List<String>>read(plan(),
                "$.items[?(@.itemId == 'RELATIVES_CONTACTED')].completedOn")).containsExactly(
                        TODAY.minusDays(1).toString());
    }

    @Test
    void twoHeldNetworkMeetingsFillTheItemAndAPlannedOneDoesNot() throws Exception {
        meeting("\"status\": \"HELD\", \"heldOn\": \"%s\", \"place\": \"UNIT\"".formatted(TODAY.minusDays(3)));
        meeting("\"status\": \"PLANNED\", \"plannedOn\": \"%s\"".formatted(TODAY.plusDays(5)));
        assertThat(state("NETWORK_MEETINGS")).isEqualTo("MISSING");
        assertThat(evidence("NETWORK_MEETINGS")).containsExactly("NETWORK_MEETING_TAKEN_PART");
        meeting("\"status\": \"HELD\", \"heldOn\": \"%s\", \"place\": \"VIDEO\"".formatted(TODAY.minusDays(1)));
        assertThat(state("NETWORK_MEETINGS")).isEqualTo("DONE");
    }

    @Test
    void fiveImrSessionsHeldFillTheItemAndOneTheUserMissedDoesNot() throws Exception {
        mvc.perform(put("/api/v1/courses/" + course + "/imr").with(httpBasic(me.username(), PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"format": "INDIVIDUAL", "startDate": "%s", "therapistIds": ["%s"],
                         "moduleIds": ["STRESS_VULNERABILITY"]}""".formatted(TODAY.minusDays(6), me.userId())))
                .andExpect(status().is2xxSuccessful());
        for (int day = 5; day >= 2; day--) {
            imrSession(TODAY.minusDays(day), true);
        }
        imrSession(TODAY.minusDays(1), false);
        assertThat(state("IMR_SESSIONS")).isEqualTo("MISSING");
        assertThat(evidence("IMR_SESSIONS")).containsOnly("IMR_SESSION_HELD").hasSize(4);
        imrSession(TODAY, true);
        assertThat(state("IMR_SESSIONS")).isEqualTo("DONE");
    }

    private void contact(LocalDate on, String channel) throws Exception {
        mvc.perform(post("/api/v1/courses/" + course + "/contacts").with(httpBasic(me.username(), PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"dateTime": "%sT09:00", "channel": "%s", "memberIds": ["%s"], "staffId": "%s"}"""
                                .formatted(on, channel, mother, me.staffId())))
                .andExpect(status().isCreated());
    }

    private void meeting(String statusFields) throws Exception {
        mvc.perform(post("/api/v1/courses/" + course + "/network-meetings").with(httpBasic(me.username(), PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"invited": true, "invitedOn": "%s", "invitees": ["%s"], "staffId": "%s", %s}"""
                                .formatted(TODAY.minusDays(5), mother, me.staffId(), statusFields)))
                .andExpect(status().isCreated());
    }

    private void imrSession(LocalDate on, boolean attended) throws Exception {
        mvc.perform(post("/api/v1/courses/" + course + "/imr/sessions").with(httpBasic(me.username(), PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"heldOn": "%s", "shift": "DAY", "therapistIds": ["%s"], "moduleId": "STRESS_VULNERABILITY",
                                 "part": 1, "homeworkChosen": false, "attended": %s}""".formatted(on, me.userId(), attended)))
                .andExpect(status().isCreated());
    }

    private String plan() throws Exception {
        return mvc.perform(get("/api/v1/competence/my-plan").with(httpBasic(me.username(), PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String state(String item) throws Exception {
        List<String> states = JsonPath.read(plan(), "$.items[?(@.itemId == '" + item + "')].state");
        assertThat(states).as(item).hasSize(1);
        return states.get(0);
    }

    private List<String> evidence(String item) throws Exception {
        return JsonPath.read(plan(), "$.items[?(@.itemId == '" + item + "')].evidence[*].source");
    }
}
