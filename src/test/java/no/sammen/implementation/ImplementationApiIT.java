package no.sammen.implementation;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import no.sammen.testsupport.TestData;

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

import com.jayway.jsonpath.JsonPath;

/** The implementation API through the whole application: each test on a unit and a leader of its own. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ImplementationApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    ImplementationFixture f;

    @BeforeEach
    void setUp() {
        f = ImplementationFixture.create(jdbc, passwords);
    }

    @Test
    void theTeamIsSavedWholeAuditedAndAnOldVersionIsAConflict() throws Exception {
        saveTeam(-1, "{\"staffId\": \"" + f.nurse() + "\", \"role\": \"RELATIVES_COORDINATOR\"},"
                + "{\"staffId\": \"" + f.psychiatrist() + "\", \"role\": \"LEADER\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.members[0].role").value("LEADER"))
                .andExpect(jsonPath("$.members[1].fullName").value("Nina Sykepleier " + f.suffix()));
        saveTeam(-1, "{\"staffId\": \"" + f.nurse() + "\", \"role\": \"OTHER\"}").andExpect(status().isConflict());
        mvc.perform(get("/api/v1/units/{u}/improvement-team", f.unit()).with(httpBasic(f.leader(), PASSWORD)))
                .andExpect(jsonPath("$.members.length()").value(2));
        assertThat(audits("improvement_team", "UPDATE")).isEqualTo(1);
        assertThat(audits("improvement_team", "READ")).isEqualTo(1);
    }

    @Test
    void aMemberWhoIsNotStaffOfTheUnitIsRefusedOnItsFieldAndNothingIsStored() throws Exception {
        UUID voss = jdbc.sql("select id from staff where unit_id = ? limit 1")
                .param(TestData.unitId(jdbc, "Voss poliklinikk")).query(UUID.class).single();
        saveTeam(-1, "{\"staffId\": \"" + f.nurse() + "\", \"role\": \"LEADER\"},"
                + "{\"staffId\": \"" + voss + "\", \"role\": \"OTHER\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("members[1].staffId"))
                .andExpect(jsonPath("$.errors[0].message").value("Personen er ikke ansatt ved enheten."));
        assertThat(jdbc.sql("select count(*) from improvement_team_member where unit_id = ?").param(f.unit())
                .query(Long.class).single()).isZero();
    }

    @Test
    void anActivityEndingBeforeItStartsOrWithAResponsibleOutsideTheUnitIsRefusedNamingBothFields() throws Exception {
        UUID other = jdbc.sql("select id from staff where unit_id = ? limit 1")
                .param(TestData.unitId(jdbc, "Kronstad poliklinikk")).query(UUID.class).single();
        activity("""
                {"kind": "TRAINING_SESSION", "title": "Fagdag", "startsOn": "2031-03-10", "endsOn": "2031-03-01",
                 "responsibleStaffId": "%s", "status": "PLANNED"}""".formatted(other))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("endsOn")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("responsibleStaffId")));
        assertThat(jdbc.sql("select count(*) from implementation_activity where unit_id = ?").param(f.unit())
                .query(Long.class).single()).isZero();
    }

    @Test
    void thePlanShowsTheActivitiesOfTheHalfYearAndTheStartIsMovedThroughTheOrganisation() throws Exception {
        String created = activity("""
                {"kind": "RELATIVES_LETTER", "title": "Pårørendebrev", "startsOn": "2031-02-01", "endsOn": "2031-08-15",
                 "responsibleStaffId": "%s", "status": "IN_PROGRESS"}""".formatted(f.nurse()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.responsibleName").value("Nina Sykepleier " + f.suffix()))
                .andReturn().getResponse().getContentAsString();
        activity("""
                {"kind": "SIMULATION", "title": "VR", "startsOn": "2031-09-01", "status": "PLANNED"}""")
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/units/{u}/implementation-plan", f.unit()).param("halfYear", "2031-H1")
                        .with(httpBasic(f.leader(), PASSWORD)))
                .andExpect(jsonPath("$.activities.length()").value(1))
                .andExpect(jsonPath("$.activities[0].title").value("Pårørendebrev"));
        mvc.perform(get("/api/v1/units/{u}/implementation-plan", f.unit()).param("halfYear", "2031-H2")
                        .with(httpBasic(f.leader(), PASSWORD)))
                .andExpect(jsonPath("$.activities.length()").value(2));
        mvc.perform(get("/api/v1/units/{u}/implementation-plan", f.unit()).param("halfYear", "2031-H3")
                        .with(httpBasic(f.leader(), PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("halfYear"));

        String id = JsonPath.read(created, "$.id");
        mvc.perform(put("/api/v1/implementation-activities/{a}", id).with(httpBasic(f.leader(), PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"version": 5, "kind": "RELATIVES_LETTER", "title": "Brev", "startsOn": "2031-02-01",
                                 "status": "IN_PROGRESS"}"""))
                .andExpect(status().isConflict());

        mvc.perform(put("/api/v1/units/{u}/implementation-start", f.unit()).with(httpBasic(f.leader(), PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitVersion\": 0, \"implementationStart\": \"2031-02-01\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.unitVersion").value(1));
        assertThat(jdbc.sql("select implementation_start from org_unit where id = ?").param(f.unit())
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2031, 2, 1));
        mvc.perform(put("/api/v1/units/{u}/implementation-start", f.unit()).with(httpBasic(f.leader(), PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitVersion\": 0, \"implementationStart\": \"2031-03-01\"}"))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("select count(*) from audit_entry where object_type = 'org_unit' and object_id = ?")
                .param(f.unit().toString()).query(Long.class).single()).isEqualTo(1);
        assertThat(audits("implementation_activity", "CREATE")).isEqualTo(2);
    }

    @Test
    void attendanceWithoutSigningUpIsRefusedNamingTheParticipantAndNothingIsStored() throws Exception {
        event(eventJson("2021-05-04", "{\"staffId\": \"%s\", \"signedUp\": false, \"attended\": true}"
                .formatted(f.nurse()), "{\"workplace\": \"HOSPITAL\", \"signedUp\": 2, \"attended\": 3}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("participants[0].attended")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("externals[0].attended")));
        assertThat(jdbc.sql("select count(*) from training_event where unit_id = ?").param(f.unit())
                .query(Long.class).single()).isZero();
    }

    @Test
    void anEventCountsItsParticipantsByWorkplacePositionAndProfessionAndAttendanceCompletesThePlanItem()
            throws Exception {
        String created = event(eventJson("2021-05-04",
                "{\"staffId\": \"%s\", \"signedUp\": true, \"attended\": true},".formatted(f.nurse())
                        + "{\"staffId\": \"%s\", \"signedUp\": true, \"attended\": false}".formatted(f.psychiatrist()),
                "{\"workplace\": \"MUNICIPALITY\", \"signedUp\": 4, \"attended\": 3}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.signedUp").value(6))
                .andExpect(jsonPath("$.attended").value(4))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(get("/api/v1/units/{u}/training-events/statistics", f.unit())
                        .param("from", "2021-01-01").param("to", "2021-06-30").with(httpBasic(f.leader(), PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.byWorkplace[0].label").value("Kronstad DPS"))
                .andExpect(jsonPath("$.byWorkplace[0].signedUp").value(2))
                .andExpect(jsonPath("$.byWorkplace[0].attended").value(1))
                .andExpect(jsonPath("$.byWorkplace[1].key").value("implementation.workplace.MUNICIPALITY"))
                .andExpect(jsonPath("$.byWorkplace[1].attended").value(3))
                .andExpect(jsonPath("$.byProfession[?(@.key == 'organisation.profession.NURSE')].attended")
                        .value(hasItem(1)))
                .andExpect(jsonPath("$.byPosition[?(@.label == 'Overlege')].attended").value(hasItem(0)));
        // Internal teaching on the basic conversations is done by attending, on the day; signing up is not enough.
        mvc.perform(get("/api/v1/competence/staff/{s}/plan", f.nurse()).with(httpBasic(f.leader(), PASSWORD)))
                .andExpect(jsonPath("$.items[?(@.itemId == 'INTERNAL_TEACHING')].state").value(hasItem("DONE")))
                .andExpect(jsonPath("$.items[?(@.itemId == 'INTERNAL_TEACHING')].completedOn").value(hasItem("2021-05-04")))
                .andExpect(jsonPath("$.items[?(@.itemId == 'INTERNAL_TEACHING')].evidence[0].source")
                        .value(hasItem("TRAINING_EVENT")))
                .andExpect(jsonPath("$.items[?(@.itemId == 'VR_SIMULATION')].state").value(hasItem("MISSING")));
        mvc.perform(get("/api/v1/competence/staff/{s}/plan", f.psychiatrist()).with(httpBasic(f.leader(), PASSWORD)))
                .andExpect(jsonPath("$.items[?(@.itemId == 'INTERNAL_TEACHING')].state").value(hasItem("MISSING")));
        assertThat(audits("training_event", "CREATE")).isEqualTo(1);
        assertThat(audits("training_event", "LIST")).isEqualTo(1);

        String id = JsonPath.read(created, "$.id");
        mvc.perform(get("/api/v1/training-events/{e}", id).with(httpBasic(f.leader(), PASSWORD)))
                .andExpect(jsonPath("$.participants.length()").value(2));
        assertThat(audits("training_event", "READ")).isEqualTo(1);
    }

    @Test
    void anotherUnitsLeaderAndAClinicianFindNothing() throws Exception {
        saveTeam(-1, "{\"staffId\": \"" + f.nurse() + "\", \"role\": \"LEADER\"}").andExpect(status().isOk());
        for (String other : new String[] {"leder", "behandler2", "koordinator"}) {
            mvc.perform(get("/api/v1/units/{u}/improvement-team", f.unit()).with(httpBasic(other, PASSWORD)))
                    .andExpect(status().isNotFound());
            mvc.perform(put("/api/v1/units/{u}/improvement-team", f.unit()).with(httpBasic(other, PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0, \"members\": []}"))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/units/{u}/training-events/statistics", f.unit()).with(httpBasic(other, PASSWORD)))
                    .andExpect(status().isNotFound());
        }
        assertThat(jdbc.sql("select count(*) from improvement_team_member where unit_id = ?").param(f.unit())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void missingTextsAreNamedInTheCallersLanguage() throws Exception {
        mvc.perform(post("/api/v1/units/{u}/training-events", f.unit()).with(httpBasic(f.leader(), PASSWORD))
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"CONFERENCE\", \"topic\": \"PEF\", \"heldOn\": \"2030-05-04\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'place')].message").value(hasItem("Write the place.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'title')].message", hasItem(containsString("title"))));
    }

    private ResultActions saveTeam(long version, String members) throws Exception {
        return mvc.perform(put("/api/v1/units/{u}/improvement-team", f.unit()).with(httpBasic(f.leader(), PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": " + version + ", \"members\": [" + members + "]}"));
    }

    private ResultActions activity(String json) throws Exception {
        return mvc.perform(post("/api/v1/units/{u}/implementation-plan/activities", f.unit())
                .with(httpBasic(f.leader(), PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions event(String json) throws Exception {
        return mvc.perform(post("/api/v1/units/{u}/training-events", f.unit()).with(httpBasic(f.leader(), PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    static String eventJson(String heldOn, String participants, String externals) {
        return """
                {"kind": "LOCAL_GATHERING", "topic": "FAMILY_COLLABORATION", "title": "Fagdag om basissamtaler",
                 "heldOn": "%s", "place": "Kronstad", "organiser": "Forbedringsteamet",
                 "participants": [%s], "externals": [%s]}""".formatted(heldOn, participants, externals);
    }

    private long audits(String objectType, String action) {
        return jdbc.sql("select count(*) from audit_entry where object_type = ? and action = ? and unit_id = ?")
                .params(objectType, action, f.unit()).query(Long.class).single();
    }
}
