package no.sammen.networkmeeting;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

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
import org.springframework.test.web.servlet.ResultActions;

/** A network meeting names the staff member of the course's unit who leads or takes part in it (ADR 0035). */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MeetingStaffIT {

    static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    TestStaff me;
    MeetingFixtures.Course course;
    UUID mother;

    @BeforeEach
    void setUp() throws Exception {
        me = TestStaff.of(jdbc, passwords, "Kronstad sengepost", "PSYCHOLOGIST");
        course = MeetingFixtures.course(mvc, jdbc, "Kronstad sengepost", TODAY.minusDays(10));
        mother = MeetingFixtures.member(jdbc, course.id(), "MOTHER", "Kari");
    }

    @Test
    void aHeldMeetingNamingAStaffMemberOfTheUnitShowsTheirNameOnTheListAndTheCoursePage() throws Exception {
        held(me.staffId()).andExpect(status().isCreated())
                .andExpect(jsonPath("$.staffId").value(me.staffId().toString()))
                .andExpect(jsonPath("$.staffName").value(me.fullName()));
        mvc.perform(get("/courses/" + course.id() + "/network-meetings").with(user(me.username())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ansatt: " + me.fullName())));
        mvc.perform(get("/courses/" + course.id()).with(user(me.username())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ansatt: " + me.fullName())));
    }

    @Test
    void aStaffMemberOfAnotherUnitIsRefusedOnItsFieldAndNothingIsStored() throws Exception {
        UUID voss = TestStaff.ofAnotherUnit(jdbc, "Voss poliklinikk");
        held(voss).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("staffId"))
                .andExpect(jsonPath("$.errors[0].message").value("Velg en ansatt ved forløpets enhet."));
        mvc.perform(post("/courses/" + course.id() + "/network-meetings").with(user(me.username())).with(csrf())
                        .param("invited", "true").param("invitedOn", TODAY.minusDays(2).toString())
                        .param("invitees", mother.toString()).param("status", "HELD")
                        .param("heldOn", TODAY.minusDays(1).toString()).param("place", "UNIT")
                        .param("staffId", voss.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"staffId-error\"")));
        assertThat(jdbc.sql("select count(*) from network_meeting where course_id = ?").param(course.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aNetworkNotInvitedNamesNoStaffMember() throws Exception {
        mvc.perform(post("/api/v1/courses/" + course.id() + "/network-meetings").with(httpBasic(me.username(), PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"invited": false, "notInvitedReason": "PATIENT_DECLINED", "staffId": "%s"}"""
                                .formatted(me.staffId())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.staffId").doesNotExist());
    }

    @Test
    void theFormChoosesTheLoggedInUsersStaffMember() throws Exception {
        mvc.perform(get("/courses/" + course.id() + "/network-meetings").with(user(me.username())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<option value=\"" + me.staffId() + "\" selected=\"selected\">" + me.fullName())));
        mvc.perform(get("/courses/" + course.id() + "/network-meetings").with(user("behandler")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kari Nilsen (Overlege)")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("selected=\"selected\">Ansatt"))));
    }

    private ResultActions held(UUID staffId) throws Exception {
        return mvc.perform(post("/api/v1/courses/" + course.id() + "/network-meetings")
                .with(httpBasic(me.username(), PASSWORD)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"invited": true, "invitedOn": "%s", "invitees": ["%s"], "status": "HELD", "heldOn": "%s",
                         "place": "UNIT", "staffId": "%s"}""".formatted(TODAY.minusDays(2), mother, TODAY.minusDays(1),
                        staffId)));
    }
}
