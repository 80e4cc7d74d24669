package no.sammen.networkmeeting;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import no.sammen.networkmeeting.MeetingFixtures.Course;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class NetworkMeetingApiIT {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.with(httpBasic("behandler", PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    static String url(Course course) {
        return "/api/v1/courses/" + course.id() + "/network-meetings";
    }

    @Test
    void registersAPlannedMeetingThenMarksItHeldAndGivesItsPhrase() throws Exception {
        Course course = MeetingFixtures.course(mvc, jdbc, "Kronstad sengepost", TODAY.minusDays(10));
        UUID mother = MeetingFixtures.member(jdbc, course.id(), "MOTHER", "Kari");
        UUID gp = MeetingFixtures.member(jdbc, course.id(), "GP", "Dr. Berg");

        String created = mvc.perform(json(post(url(course)), """
                        {"invited": true, "invitedOn": "%s", "invitees": ["%s", "%s"], "status": "PLANNED",
                         "plannedOn": "%s"}""".formatted(TODAY.minusDays(2), mother, gp, TODAY.plusDays(7))))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.containsString(url(course) + "/")))
                .andExpect(jsonPath("$.invited").value(true))
                .andExpect(jsonPath("$.status").value("PLANNED"))
                .andExpect(jsonPath("$.inviteeIds", containsInAnyOrder(mother.toString(), gp.toString())))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");

        mvc.perform(json(put(url(course) + "/" + id), """
                        {"version": 0, "invited": true, "invitedOn": "%s", "invitees": ["%s", "%s"], "status": "HELD",
                         "heldOn": "%s", "place": "PATIENT_HOME"}""".formatted(TODAY.minusDays(2), mother, gp,
                        TODAY.minusDays(1))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("HELD"))
                .andExpect(jsonPath("$.plannedOn").doesNotExist())
                .andExpect(jsonPath("$.place").value("PATIENT_HOME"))
                .andExpect(jsonPath("$.attendeeIds", containsInAnyOrder(mother.toString(), gp.toString())))
                .andExpect(jsonPath("$.version").value(1));

        mvc.perform(get(url(course)).with(httpBasic("koordinator", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].heldOn").value(TODAY.minusDays(1).toString()));

        String day = no.sammen.registration.NorwegianDates.format(TODAY.minusDays(1));
        mvc.perform(get(url(course) + "/" + id + "/phrase").with(httpBasic("behandler", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.standard").value("BOKMAAL"))
                .andExpect(jsonPath("$.text").value(
                        "Nettverksmøte avholdt " + day + " i pasientens hjem. Invitert: mor, fastlege."));
        mvc.perform(get(url(course) + "/" + id + "/phrase").param("standard", "NYNORSK")
                        .with(httpBasic("behandler", PASSWORD)))
                .andExpect(jsonPath("$.text").value(
                        "Nettverksmøte halde " + day + " i heimen til pasienten. Invitert: mor, fastlege."));
    }

    @Test
    void moreThanOneRegistrationPerCourseAndNotInvitedWithAReason() throws Exception {
        Course course = MeetingFixtures.course(mvc, jdbc, "Kronstad poliklinikk", TODAY.minusDays(20));
        UUID friend = MeetingFixtures.member(jdbc, course.id(), "FRIEND", "Ola");
        mvc.perform(json(post(url(course)), """
                        {"invited": false, "notInvitedReason": "PATIENT_DECLINED"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").doesNotExist())
                .andExpect(jsonPath("$.notInvitedReason").value("PATIENT_DECLINED"));
        mvc.perform(json(post(url(course)), """
                        {"invited": true, "invitedOn": "%s", "invitees": ["%s"], "status": "NOT_HELD",
                         "notHeldReason": "NETWORK_DID_NOT_COME"}""".formatted(TODAY.minusDays(5), friend)))
                .andExpect(status().isCreated());
        mvc.perform(get(url(course)).with(httpBasic("behandler", PASSWORD)))
                .andExpect(jsonPath("$[*].notInvitedReason", hasItem("PATIENT_DECLINED")))
                .andExpect(jsonPath("$[*].notHeldReason", hasItem("NETWORK_DID_NOT_COME")))
                .andExpect(jsonPath("$", hasSize(2)));
    }

    @Test
    void badInputNamesEachFieldAndStoresNothing() throws Exception {
        Course course = MeetingFixtures.course(mvc, jdbc, "Kronstad sengepost", TODAY.minusDays(10));
        Course other = MeetingFixtures.course(mvc, jdbc, "Kronstad sengepost", TODAY.minusDays(10));
        UUID strangersMother = MeetingFixtures.member(jdbc, other.id(), "MOTHER", "Elsewhere");

        mvc.perform(json(post(url(course)), """
                        {"invited": true, "invitedOn": "%s", "invitees": ["%s"], "status": "HELD",
                         "heldOn": "%s", "place": "UNIT"}""".formatted(TODAY.minusDays(11), strangersMother,
                        TODAY.plusDays(1))).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("invitedOn", "heldOn", "invitees")))
                .andExpect(jsonPath("$.errors[?(@.field == 'heldOn')].message",
                        contains("The date cannot be in the future.")));

        mvc.perform(json(post(url(course)), """
                        {"invited": true, "invitedOn": "%s", "invitees": ["%s"], "status": "NOT_HELD"}"""
                        .formatted(TODAY, strangersMother)).header("Accept-Language", "nb"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("invitees", "notHeldReason")))
                .andExpect(jsonPath("$.errors[?(@.field == 'notHeldReason')].message",
                        contains("Et møte som ikke ble holdt, må ha en årsak. Velg årsak.")));

        mvc.perform(json(post(url(course)), "{\"invited\": true, \"invitees\": []}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("invitedOn", "invitees", "status")));
        mvc.perform(json(post(url(course)), "{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("invited"));
        mvc.perform(json(post(url(course)), "{\"invited\": false, \"notInvitedReason\": \"BORED\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("notInvitedReason"));
        mvc.perform(json(post(url(course)), "{\"invited\": false, \"notInvitedReason\": \"OTHER\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("notInvitedText"));

        assertThat(MeetingFixtures.meetings(jdbc, course.id())).isZero();
    }

    @Test
    void aHeldMeetingAfterTheCourseEndedIsRefused() throws Exception {
        Course course = MeetingFixtures.course(mvc, jdbc, "Kronstad sengepost", TODAY.minusDays(10));
        UUID mother = MeetingFixtures.member(jdbc, course.id(), "MOTHER", "Kari");
        MeetingFixtures.end(mvc, course.id(), TODAY.minusDays(3));
        mvc.perform(json(post(url(course)), """
                        {"invited": true, "invitedOn": "%s", "invitees": ["%s"], "status": "HELD",
                         "heldOn": "%s", "place": "PHONE"}""".formatted(TODAY.minusDays(5), mother, TODAY.minusDays(1))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("heldOn"));
        assertThat(MeetingFixtures.meetings(jdbc, course.id())).isZero();
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() throws Exception {
        Course course = MeetingFixtures.course(mvc, jdbc, "Kronstad sengepost", TODAY.minusDays(10));
        String created = mvc.perform(json(post(url(course)), "{\"invited\": false, \"notInvitedReason\": \"NO_NETWORK\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        String change = "{\"version\": 0, \"invited\": false, \"notInvitedReason\": \"PATIENT_TOO_ILL\"}";
        mvc.perform(json(put(url(course) + "/" + id), change)).andExpect(status().isOk());
        mvc.perform(json(put(url(course) + "/" + id), change.replace("PATIENT_TOO_ILL", "NOT_RELEVANT")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value(409));
        mvc.perform(json(put(url(course) + "/" + id), "{\"invited\": false, \"notInvitedReason\": \"NOT_RELEVANT\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        assertThat(jdbc.sql("select not_invited_reason from network_meeting where id = ?").param(UUID.fromString(id))
                .query(String.class).single()).isEqualTo("PATIENT_TOO_ILL");
    }

    @Test
    void aCourseOfAnotherUnitIsNotFound() throws Exception {
        Course course = MeetingFixtures.course(mvc, jdbc, "Kronstad sengepost", TODAY.minusDays(10));
        String created = mvc.perform(json(post(url(course)), "{\"invited\": false, \"notInvitedReason\": \"NO_NETWORK\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        mvc.perform(get(url(course)).with(httpBasic("behandler2", PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(get(url(course) + "/" + id).with(httpBasic("behandler2", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(post(url(course)).with(httpBasic("behandler2", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"invited\": false, \"notInvitedReason\": \"NO_NETWORK\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(put(url(course) + "/" + id).with(httpBasic("behandler2", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, \"invited\": false, \"notInvitedReason\": \"OTHER\", \"notInvitedText\": \"x\"}"))
                .andExpect(status().isNotFound());
        // a meeting id under another course of one's own unit is not found either
        Course mine = MeetingFixtures.course(mvc, jdbc, "Kronstad sengepost", TODAY.minusDays(10));
        mvc.perform(get(url(mine) + "/" + id).with(httpBasic("behandler", PASSWORD))).andExpect(status().isNotFound());
        assertThat(MeetingFixtures.meetings(jdbc, course.id())).isEqualTo(1);
    }

    @Test
    void leadersReadButDoNotRegister() throws Exception {
        Course course = MeetingFixtures.course(mvc, jdbc, "Kronstad sengepost", TODAY.minusDays(10));
        mvc.perform(get(url(course)).with(httpBasic("leder", PASSWORD))).andExpect(status().isOk());
        mvc.perform(post(url(course)).with(httpBasic("leder", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"invited\": false, \"notInvitedReason\": \"NO_NETWORK\"}"))
                .andExpect(status().isForbidden());
        assertThat(MeetingFixtures.meetings(jdbc, course.id())).isZero();
    }

    @Test
    void readsAndChangesAreAuditedWithUnitAndPatient() throws Exception {
        Course course = MeetingFixtures.course(mvc, jdbc, "Kronstad sengepost", TODAY.minusDays(10));
        String created = mvc.perform(json(post(url(course)), "{\"invited\": false, \"notInvitedReason\": \"OTHER\", "
                        + "\"notInvitedText\": \"private words\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        mvc.perform(get(url(course) + "/" + id).with(httpBasic("koordinator", PASSWORD))).andExpect(status().isOk());
        mvc.perform(get(url(course)).with(httpBasic("behandler", PASSWORD))).andExpect(status().isOk());
        mvc.perform(json(put(url(course) + "/" + id), "{\"version\": 0, \"invited\": false, "
                + "\"notInvitedReason\": \"NO_NETWORK\"}")).andExpect(status().isOk());

        List<Map<String, Object>> entries = jdbc.sql("""
                select actor, action, object_id, unit_id, patient_key, details from audit_entry
                where object_type = 'network_meeting' and patient_key = ? order by seq""")
                .param(course.patientKey()).query().listOfRows();
        assertThat(entries).extracting(e -> e.get("action")).containsExactly("CREATE", "READ", "LIST", "UPDATE");
        assertThat(entries).extracting(e -> e.get("actor"))
                .containsExactly("behandler", "koordinator", "behandler", "behandler");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.get("unit_id").toString()).isEqualTo(course.unitId().toString());
            assertThat(e.get("details").toString()).contains(course.id().toString()).doesNotContain("private words");
        });
        assertThat(entries.get(0).get("object_id")).isEqualTo(id);
    }

    @Test
    void theApiIsDescribedWithOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/courses/{courseId}/network-meetings'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/courses/{courseId}/network-meetings/{meetingId}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/courses/{courseId}/network-meetings/{meetingId}/phrase'].get")
                        .exists());
    }
}
