package no.sammen.competence;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
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

import com.jayway.jsonpath.JsonPath;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CompetenceApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    UUID unit;
    UUID staff;
    String username;
    String fullName;

    @BeforeEach
    void setUp() throws Exception {
        unit = TestData.unitId(jdbc, "Kronstad sengepost");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        username = "komp-" + suffix;
        fullName = "Kompetent " + suffix;
        UUID user = UUID.randomUUID();
        jdbc.sql("insert into user_account (id, username, display_name, password_hash, enabled, version) "
                + "values (?, ?, ?, ?, true, 0)").params(user, username, fullName, passwords.encode(PASSWORD)).update();
        jdbc.sql("insert into user_role (user_id, role) values (?, 'CLINICIAN')").param(user).update();
        jdbc.sql("insert into user_unit (user_id, unit_id) values (?, ?)").params(user, unit).update();
        staff = UUID.randomUUID();
        jdbc.sql("insert into staff (id, unit_id, full_name, profession, position, version) "
                + "values (?, ?, ?, 'PSYCHIATRIST', 'Overlege', 0)").params(staff, unit, fullName).update();
        mvc.perform(put("/api/v1/admin/staff/" + staff + "/account").with(httpBasic("admin", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"userId\": \"" + user + "\"}"))
                .andExpect(status().isNoContent());
    }

    @Test
    void theAdministratorsLinkIsAuditedAndTheStaffMemberSeesTheSeedsPlan() throws Exception {
        assertThat(jdbc.sql("select count(*) from audit_entry where object_type = 'staff' and object_id = ?")
                .param(staff.toString()).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/api/v1/competence/my-plan").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.staffId").value(staff.toString()))
                .andExpect(jsonPath("$.templateId").value("BISP"))
                .andExpect(jsonPath("$.items.length()").value(9))
                .andExpect(jsonPath("$.items[4].itemId").value("CONVERSATION_PATIENT"))
                .andExpect(jsonPath("$.items[4].state").value("MISSING"));
    }

    @Test
    void aConversationHeldByTheStaffMemberFillsThePracticeItem() throws Exception {
        LocalDate heldOn = LocalDate.now().minusDays(1);
        holdConversation("PATIENT", heldOn, staff).andExpect(status().isCreated())
                .andExpect(jsonPath("$.staffId").value(staff.toString()))
                .andExpect(jsonPath("$.staff").value(fullName));
        mvc.perform(get("/api/v1/competence/my-plan").with(httpBasic(username, PASSWORD)))
                .andExpect(jsonPath("$.items[4].state").value("DONE"))
                .andExpect(jsonPath("$.items[4].completedOn").value(heldOn.toString()))
                .andExpect(jsonPath("$.items[4].evidence[0].source").value("CONVERSATION_PATIENT"))
                .andExpect(jsonPath("$.items[5].state").value("MISSING"));
    }

    @Test
    void aConversationNamingStaffOfAnotherUnitIsRefusedOnItsField() throws Exception {
        UUID voss = jdbc.sql("select id from staff where unit_id = ? limit 1")
                .param(TestData.unitId(jdbc, "Voss poliklinikk")).query(UUID.class).single();
        holdConversation("PATIENT", LocalDate.now(), voss).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("staffId")));
    }

    @Test
    void aPracticeItemTickedByHandIsRefusedNamingItAndNothingIsStored() throws Exception {
        mvc.perform(put("/api/v1/competence/staff/" + staff + "/items/CONVERSATION_BOTH")
                        .with(httpBasic(username, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": -1, \"doneOn\": \"" + LocalDate.now() + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("itemId"))
                .andExpect(jsonPath("$.errors[0].message", containsString("Gjennomfør samtale med pasient og pårørende")));
        assertThat(rows()).isZero();
    }

    @Test
    void aDayDoneInTheFutureIsRefusedOnItsFieldAndNothingIsStored() throws Exception {
        register("ELEARNING_FAMILY_COLLABORATION", -1, LocalDate.now().plusDays(1), "kursbevis")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("doneOn"));
        assertThat(rows()).isZero();
    }

    @Test
    void aCompletePlanNeedsTheLeadersConfirmationAndCountsInTheOverviewAndK9() throws Exception {
        LocalDate day = LocalDate.now().minusDays(3);
        for (String item : new String[] {"ELEARNING_FAMILY_COLLABORATION", "WEB_GUIDE_THREE_CONVERSATIONS",
                "INTERNAL_TEACHING", "VR_SIMULATION"}) {
            register(item, -1, day, "kursbevis").andExpect(status().isOk());
        }
        for (String kind : new String[] {"PATIENT", "RELATIVES", "BOTH"}) {
            holdConversation(kind, day, staff).andExpect(status().isCreated());
        }
        // plans v2: three contacts with relatives and two network meetings
        contactRelativesAndMeetTheNetwork(day);
        mvc.perform(get("/api/v1/competence/my-plan").with(httpBasic(username, PASSWORD)))
                .andExpect(jsonPath("$.items[2].state").value("AWAITING_CONFIRMATION"))
                .andExpect(jsonPath("$.completedOn").doesNotExist());
        mvc.perform(post("/api/v1/competence/staff/" + staff + "/items/INTERNAL_TEACHING/confirmation")
                .with(httpBasic(username, PASSWORD))).andExpect(status().isForbidden());
        for (String item : new String[] {"INTERNAL_TEACHING", "VR_SIMULATION"}) {
            mvc.perform(post("/api/v1/competence/staff/" + staff + "/items/" + item + "/confirmation")
                    .with(httpBasic("leder", PASSWORD))).andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/competence/staff/" + staff + "/plan").with(httpBasic("leder", PASSWORD)))
                .andExpect(jsonPath("$.completedOn").value(LocalDate.now().toString()));
        String overview = mvc.perform(get("/api/v1/competence/units/" + unit + "/overview")
                        .with(httpBasic("leder", PASSWORD)).param("profession", "PSYCHIATRIST"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<java.util.List<String>>read(overview,
                "$.plans[?(@.staffId == '" + staff + "')].completedOn")).containsExactly(LocalDate.now().toString());
        assertThat(JsonPath.<java.util.List<String>>read(overview, "$.conversationsHeldBy.CONVERSATION_BOTH"))
                .contains(fullName);
        YearMonth now = YearMonth.now();
        String k9 = mvc.perform(get("/api/v1/competence/units/" + unit + "/k9").with(httpBasic("leder", PASSWORD))
                        .param("from", now.minusMonths(1).toString()).param("to", now.toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int before = JsonPath.read(k9, "$[0].complete");
        int current = JsonPath.read(k9, "$[1].complete");
        assertThat(current).isGreaterThanOrEqualTo(before + 1);
        assertThat(JsonPath.<Boolean>read(k9, "$[1].provisional")).isTrue();
        mvc.perform(get("/competence/units/" + unit + "/export.csv").with(user("leder")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(fullName + ",Psykiater,Overlege,BISP v2,DONE")));
    }

    @Test
    void aPlanIsReadOnlyByItsHolderAndTheLeadersOfTheUnitAndEachReadIsAudited() throws Exception {
        mvc.perform(get("/api/v1/competence/staff/" + staff + "/plan").with(httpBasic("behandler2", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/competence/staff/" + staff + "/plan").with(httpBasic("behandler", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/competence/staff/" + staff + "/plan").with(httpBasic("leder", PASSWORD)))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select details from audit_entry where object_type = 'competence_plan' and object_id = ? "
                + "and action = 'READ' and actor = 'leder'").param(staff.toString()).query(String.class).list())
                .containsExactly("plan of staff " + staff);
        mvc.perform(get("/api/v1/competence/units/" + unit + "/overview").with(httpBasic("behandler", PASSWORD)))
                .andExpect(status().isNotFound());
    }

    private org.springframework.test.web.servlet.ResultActions register(String item, long version, LocalDate doneOn,
            String evidence) throws Exception {
        return mvc.perform(put("/api/v1/competence/staff/" + staff + "/items/" + item)
                .with(httpBasic(username, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": %d, \"doneOn\": \"%s\", \"evidence\": \"%s\"}".formatted(version, doneOn,
                        evidence)));
    }

    private org.springframework.test.web.servlet.ResultActions holdConversation(String kind, LocalDate heldOn,
            UUID staffId) throws Exception {
        UUID course = TestData.newCourse(mvc, jdbc, "behandler", "Kronstad sengepost");
        UUID mother = UUID.randomUUID();
        jdbc.sql("""
                insert into network_member (id, course_id, relation, name, contact, closest_relative, created_at, version)
                values (?, ?, 'MOTHER', 'Kari Nordmann', null, false, ?, 0)""")
                .params(mother, course, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC)).update();
        return mvc.perform(post("/api/v1/courses/" + course + "/conversations").with(httpBasic(username, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind": "%s", "heldOn": "%s", "participantIds": [%s], "staffId": "%s",
                         "topics": ["CONFIDENTIALITY"]}""".formatted(kind, heldOn,
                        kind.equals("PATIENT") ? "" : "\"" + mother + "\"", staffId)));
    }

    private void contactRelativesAndMeetTheNetwork(LocalDate day) throws Exception {
        UUID course = TestData.newCourse(mvc, jdbc, username, "Kronstad sengepost");
        UUID mother = UUID.randomUUID();
        jdbc.sql("""
                insert into network_member (id, course_id, relation, name, contact, closest_relative, created_at, version)
                values (?, ?, 'MOTHER', 'Kari Nordmann', null, false, ?, 0)""")
                .params(mother, course, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC)).update();
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/api/v1/courses/" + course + "/contacts").with(httpBasic(username, PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON).content("""
                            {"dateTime": "%sT1%d:00", "channel": "PHONE", "memberIds": ["%s"], "staffId": "%s"}"""
                            .formatted(day, i, mother, staff))).andExpect(status().isCreated());
        }
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/v1/courses/" + course + "/network-meetings").with(httpBasic(username, PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON).content("""
                            {"invited": true, "invitedOn": "%s", "invitees": ["%s"], "status": "HELD", "heldOn": "%s",
                             "place": "UNIT", "staffId": "%s"}""".formatted(day, mother, day, staff)))
                    .andExpect(status().isCreated());
        }
    }

    private long rows() {
        return jdbc.sql("select count(*) from competence_item where staff_id = ?").param(staff).query(Long.class)
                .single();
    }
}
