package no.sammen.pef;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import no.sammen.coursefact.CourseFactService;
import no.sammen.indicator.IndicatorService;
import no.sammen.indicator.IndicatorValue;
import no.sammen.indicator.OrgLevel;
import no.sammen.indicator.PeriodType;
import no.sammen.testsupport.TestData;
import no.sammen.worklist.WorklistFixture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * PEF end to end through the API and pages: recruitment with its history and fact, groups started by
 * the coordinator, members with family from the network map, sessions and their rules, the facts of
 * K5, unit scoping, audit entries, the board and the recruitment list.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PefIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CourseFactService facts;
    @Autowired
    IndicatorService indicators;

    private String call(String username, MockHttpServletRequestBuilder request, String body, int expected)
            throws Exception {
        return mvc.perform(request.with(httpBasic(username, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(body == null ? "" : body))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
    }

    private UUID userId(String username) {
        return jdbc.sql("select id from user_account where username = ?").param(username).query(UUID.class).single();
    }

    private UUID member(UUID course, String name) throws Exception {
        return UUID.fromString(JsonPath.read(call("koordinator", post("/api/v1/courses/" + course + "/network/members"),
                "{\"relation\": \"MOTHER\", \"name\": \"" + name + "\"}", 201), "$.id"));
    }

    private UUID group(String kind, String status, LocalDate start) throws Exception {
        UUID unit = TestData.unitId(jdbc, "Kronstad sengepost");
        String body = """
                {"unitId": "%s", "programme": "PEF", "kind": "%s", "name": "Gruppe %s", "schedule": "annenhver tirsdag 16–18",
                 "startsOn": "%s", "phase": "JOINING", "status": "%s", "leaderIds": ["%s", "%s"],
                 "coLeaders": "Kari fra kommunen"}""".formatted(unit, kind, UUID.randomUUID(), start, status,
                userId("koordinator"), userId("behandler"));
        return UUID.fromString(JsonPath.read(call("koordinator", post("/api/v1/groups"), body, 201), "$.id"));
    }

    @Test
    void recruitmentKeepsItsHistoryAndTheOfferFactFollowsTheStateInForce() throws Exception {
        UUID course = TestData.newCourse(mvc, jdbc, "behandler", "Kronstad sengepost");
        LocalDate offered = LocalDate.now().minusDays(3);
        String base = "/api/v1/courses/" + course + "/pef/recruitment";
        call("behandler", post(base), "{\"state\": \"OFFERED\", \"stateOn\": \"" + offered + "\"}", 201);
        assertThat(facts.of(course).orElseThrow().date("pef_offered_on")).isEqualTo(offered);
        call("behandler", post(base), "{\"state\": \"DECLINED\", \"stateOn\": \"" + offered.plusDays(1)
                + "\", \"reason\": \"Ønsker ikke nå\"}", 201);
        assertThat(facts.of(course).orElseThrow().date("pef_offered_on")).isEqualTo(offered);
        call("behandler", post(base), "{\"state\": \"NOT_RELEVANT\", \"reason\": \"Ingen familie\"}", 201);
        assertThat(facts.of(course).orElseThrow().date("pef_offered_on")).isNull();
        mvc.perform(get(base).with(httpBasic("behandler", PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].state").value(org.hamcrest.Matchers.contains("NOT_RELEVANT", "DECLINED",
                        "OFFERED")));
        // bad input: a decline without a reason or date, an offer before the course, a national id in the reason
        String problem = call("behandler", post(base), "{\"state\": \"DECLINED\"}", 400);
        assertThat((List<String>) JsonPath.read(problem, "$.errors[*].field")).containsExactlyInAnyOrder("stateOn",
                "reason");
        call("behandler", post(base), "{\"state\": \"OFFERED\", \"stateOn\": \"" + LocalDate.now().minusYears(1)
                + "\"}", 400);
        call("behandler", post(base), "{\"state\": \"NOT_RELEVANT\", \"reason\": \"" + TestData.nationalId()
                + "\"}", 400);
        assertThat(jdbc.sql("select count(*) from pef_recruitment where course_id = ?").param(course)
                .query(Long.class).single()).isEqualTo(3);
        // behandler2 at Voss does not find the course
        call("behandler2", get(base), null, 404);
    }

    @Test
    void aSessionIsRegisteredWithAttendanceOfMembersOnlyAndStartsPef() throws Exception {
        UUID course = TestData.newCourse(mvc, jdbc, "koordinator", "Kronstad sengepost");
        UUID mother = member(course, "Mor Hansen");
        UUID other = TestData.newCourse(mvc, jdbc, "koordinator", "Kronstad sengepost");
        UUID otherMother = member(other, "Mor Olsen");
        LocalDate start = LocalDate.now().minusDays(6);
        UUID group = group("MULTI_FAMILY", "PLANNED", start);
        call("koordinator", post("/api/v1/groups/" + group + "/members"), """
                {"courseId": "%s", "joinedOn": "%s", "relativeIds": ["%s"]}""".formatted(course, start, mother), 200);
        // a family member of another course is not this course's to bring
        String wrong = call("koordinator", post("/api/v1/groups/" + group + "/members"), """
                {"courseId": "%s", "joinedOn": "%s", "relativeIds": ["%s"]}""".formatted(other, start, mother), 400);
        assertThat((List<String>) JsonPath.read(wrong, "$.errors[*].field")).contains("relativeIds");

        String sessions = "/api/v1/groups/" + group + "/sessions";
        // before the group started; in the future with attendance; someone not in the group
        String early = call("koordinator", post(sessions), """
                {"heldOn": "%s", "patientCourseIds": ["%s"]}""".formatted(start.minusDays(1), course), 400);
        assertThat((List<String>) JsonPath.read(early, "$.errors[*].field")).containsExactly("heldOn");
        call("koordinator", post(sessions), """
                {"heldOn": "%s", "patientCourseIds": ["%s"]}""".formatted(LocalDate.now().plusDays(1), course), 400);
        String notMember = call("koordinator", post(sessions), """
                {"heldOn": "%s", "patientCourseIds": ["%s"], "relativeIds": ["%s"]}"""
                .formatted(start, other, otherMother), 400);
        assertThat((List<String>) JsonPath.read(notMember, "$.errors[*].field"))
                .containsExactlyInAnyOrder("patientCourseIds", "relativeIds");
        String longNote = call("koordinator", post(sessions), """
                {"heldOn": "%s", "note": "%s"}""".formatted(start, "x".repeat(501)), 400);
        assertThat((List<String>) JsonPath.read(longNote, "$.errors[*].field")).containsExactly("note");
        assertThat(jdbc.sql("select count(*) from programme_session where group_id = ?").param(group)
                .query(Long.class).single()).isZero();
        assertThat(facts.of(course).orElseThrow().date("pef_started_on")).isNull();

        // a planned session in the future, then one held
        call("koordinator", post(sessions), "{\"heldOn\": \"" + LocalDate.now().plusDays(7) + "\"}", 201);
        call("koordinator", post(sessions), """
                {"heldOn": "%s", "startsAt": "16:00", "note": "Alliansesamtale", "patientCourseIds": ["%s"],
                 "relativeIds": ["%s"]}""".formatted(start.plusDays(1), course, mother), 201);
        assertThat(facts.of(course).orElseThrow().date("pef_started_on")).isEqualTo(start.plusDays(1));
        mvc.perform(get("/api/v1/groups/" + group).with(httpBasic("koordinator", PASSWORD)))
                .andExpect(jsonPath("$.status").value("RUNNING"));
        long audited = jdbc.sql("""
                select count(*) from audit_entry a join treatment_course c on c.id = ?
                join patient p on p.id = c.patient_id
                where a.patient_key = p.pseudonym and a.object_type = 'programme_session' and a.action = 'CREATE'""")
                .param(course).query(Long.class).single();
        assertThat(audited).isEqualTo(1);

        String phrase = mvc.perform(get("/api/v1/courses/" + course + "/pef/sessions/"
                        + JsonPath.read(call("koordinator", get(sessions), null, 200), "$[1].id") + "/phrase")
                        .param("standard", "NYNORSK").with(httpBasic("koordinator", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(phrase, "$.text")).contains("Fleirfamiliegruppe", "Pasienten deltok saman med",
                "Mor Hansen", "Alliansesamtale");
    }

    @Test
    void aFamilyIsInAtMostOneRunningMultiFamilyGroup() throws Exception {
        UUID course = TestData.newCourse(mvc, jdbc, "koordinator", "Kronstad sengepost");
        LocalDate start = LocalDate.now().minusDays(3);
        UUID first = group("MULTI_FAMILY", "RUNNING", start);
        UUID second = group("MULTI_FAMILY", "RUNNING", start);
        String member = "{\"courseId\": \"" + course + "\", \"joinedOn\": \"" + start + "\"}";
        call("koordinator", post("/api/v1/groups/" + first + "/members"), member, 200);
        String refused = call("koordinator", post("/api/v1/groups/" + second + "/members"), member, 400);
        assertThat((List<String>) JsonPath.read(refused, "$.errors[*].field")).containsExactly("courseId");
        // a planned group may hold the family, but cannot be set running while the other runs
        UUID planned = group("MULTI_FAMILY", "PLANNED", start);
        String g = call("koordinator", post("/api/v1/groups/" + planned + "/members"), member, 200);
        String change = """
                {"version": %s, "kind": "MULTI_FAMILY", "name": "Endret", "startsOn": "%s", "phase": "WORKSHOP",
                 "status": "RUNNING", "leaderIds": ["%s"]}""".formatted(JsonPath.read(g, "$.version").toString(),
                start, userId("koordinator"));
        String clash = call("koordinator", put("/api/v1/groups/" + planned), change, 400);
        assertThat((List<String>) JsonPath.read(clash, "$.errors[*].field")).containsExactly("status");
        // a single-family group holds one family
        UUID single = group("SINGLE_FAMILY", "PLANNED", start);
        call("koordinator", post("/api/v1/groups/" + single + "/members"), member, 200);
        UUID another = TestData.newCourse(mvc, jdbc, "koordinator", "Kronstad sengepost");
        call("koordinator", post("/api/v1/groups/" + single + "/members"),
                "{\"courseId\": \"" + another + "\", \"joinedOn\": \"" + start + "\"}", 400);
    }

    @Test
    void groupsAreManagedByTheUnitsCoordinatorAndMembersShownOnlyInTheirOwnUnits() throws Exception {
        UUID group = group("MULTI_FAMILY", "RUNNING", LocalDate.now().minusDays(2));
        UUID own = TestData.newCourse(mvc, jdbc, "koordinator", "Kronstad sengepost");
        // behandler, a leader of the group, adds a course of the outpatient clinic, where koordinator does not work
        UUID outpatient = TestData.newCourse(mvc, jdbc, "behandler", "Kronstad poliklinikk");
        call("koordinator", post("/api/v1/groups/" + group + "/members"),
                "{\"courseId\": \"" + own + "\", \"joinedOn\": \"" + LocalDate.now() + "\"}", 200);
        call("behandler", post("/api/v1/groups/" + group + "/members"),
                "{\"courseId\": \"" + outpatient + "\", \"joinedOn\": \"" + LocalDate.now() + "\"}", 200);
        mvc.perform(get("/api/v1/groups/" + group).with(httpBasic("koordinator", PASSWORD)))
                .andExpect(jsonPath("$.members[*].courseId").value(org.hamcrest.Matchers.contains(own.toString())));
        mvc.perform(get("/api/v1/groups/" + group).with(httpBasic("behandler", PASSWORD)))
                .andExpect(jsonPath("$.members[*].courseId").value(containsInAnyOrder(own.toString(),
                        outpatient.toString())));
        mvc.perform(get("/groups/" + group).with(user("koordinator"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("hidden-members")));
        // behandler2 at Voss sees neither the group nor its members
        call("behandler2", get("/api/v1/groups/" + group), null, 404);
        mvc.perform(get("/groups/" + group).with(user("behandler2"))).andExpect(status().isNotFound());
        call("behandler2", get("/api/v1/units/" + TestData.unitId(jdbc, "Kronstad sengepost") + "/pef/board"), null,
                404);
        // a clinician who does not lead the group may not start groups or register sessions
        String unit = TestData.unitId(jdbc, "Kronstad sengepost").toString();
        call("behandler", post("/api/v1/groups"), """
                {"unitId": "%s", "programme": "PEF", "kind": "MULTI_FAMILY", "name": "X", "startsOn": "%s",
                 "phase": "JOINING", "status": "PLANNED", "leaderIds": ["%s"]}""".formatted(unit, LocalDate.now(),
                userId("behandler")), 403);
        // bad input on a new group: named per field, nothing stored
        String bad = call("koordinator", post("/api/v1/groups"), """
                {"unitId": "%s", "programme": "IMR", "kind": "MULTI_FAMILY", "name": "%s", "phase": "JOINING",
                 "status": "PLANNED", "leaderIds": []}""".formatted(unit, "x".repeat(101)), 400);
        assertThat((List<String>) JsonPath.read(bad, "$.errors[*].field")).containsExactlyInAnyOrder("kind", "name",
                "startsOn", "phase", "leaderIds");
    }

    @Test
    void theBoardShowsGroupsAndFamiliesWaitingAndTheListTheCoursesToOffer() throws Exception {
        UUID unit = TestData.unitId(jdbc, "Kronstad sengepost");
        UUID waiting = TestData.newCourse(mvc, jdbc, "koordinator", "Kronstad sengepost");
        call("koordinator", post("/api/v1/courses/" + waiting + "/pef/recruitment"),
                "{\"state\": \"ACCEPTED\", \"stateOn\": \"" + LocalDate.now() + "\"}", 201);
        UUID toOffer = TestData.newCourse(mvc, jdbc, "koordinator", "Kronstad sengepost");
        jdbc.sql("update treatment_course set start_date = ? where id = ?").params(LocalDate.now().minusDays(40), toOffer)
                .update();
        facts.refresh(toOffer);
        UUID group = group("MULTI_FAMILY", "RUNNING", LocalDate.now().minusDays(1));
        call("koordinator", post("/api/v1/units/" + unit + "/qualifications"), """
                {"userId": "%s", "kind": "PEF_GROUP_LEADER", "qualifiedOn": "%s"}"""
                .formatted(userId("behandler"), LocalDate.now().minusMonths(3)), 201);
        call("koordinator", post("/api/v1/units/" + unit + "/supervisions"), """
                {"programme": "PEF", "heldOn": "%s", "supervisorName": "Veileder fra TIPS", "groupId": "%s"}"""
                .formatted(LocalDate.now(), group), 201);

        String board = call("leder", get("/api/v1/units/" + unit + "/pef/board"), null, 200);
        assertThat((List<String>) JsonPath.read(board, "$.waiting[*].id")).contains(waiting.toString());
        assertThat((List<String>) JsonPath.read(board, "$.running[*].group.id")).contains(group.toString());
        assertThat((List<String>) JsonPath.read(board, "$.leaders[*].lastSupervision"))
                .contains(LocalDate.now().toString());
        mvc.perform(get("/pef/units/" + unit).with(user("koordinator"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(group.toString())))
                // counts in the plural forms of the language: a new group has "no families", not "0 familier"
                .andExpect(content().string(org.hamcrest.Matchers.containsString("ingen familier, ingen samlinger holdt")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"qualifications-link\"")));

        String list = call("koordinator", get("/api/v1/units/" + unit + "/pef/recruitment-list?page=0"), null, 200);
        // longest active first: the course of 40 days is on the first page unless many older ones are
        long total = ((Number) JsonPath.read(list, "$.total")).longValue();
        assertThat(total).isPositive();
        mvc.perform(get("/pef/units/" + unit + "/recruitment").with(user("koordinator"))).andExpect(status().isOk());
        assertThat(jdbc.sql("""
                select count(*) from audit_entry a join treatment_course c on c.id = ?
                join patient p on p.id = c.patient_id
                where a.patient_key = p.pseudonym and a.details like 'PEF board%'""").param(waiting)
                .query(Long.class).single()).isPositive();
        // each course of the recruitment list shown is an audited read
        String firstPage = call("koordinator", get("/api/v1/units/" + unit + "/pef/recruitment-list?page=0"), null, 200);
        String firstCourse = JsonPath.read(firstPage, "$.items[0].id");
        assertThat(jdbc.sql("""
                select count(*) from audit_entry a join treatment_course c on c.id = ?
                join patient p on p.id = c.patient_id
                where a.patient_key = p.pseudonym and a.details = 'PEF recruitment list'""")
                .param(UUID.fromString(firstCourse)).query(Long.class).single()).isPositive();
        mvc.perform(get("/api/v1/units/" + unit + "/pef/recruitment-list").param("page", "0")
                        .with(httpBasic("koordinator", PASSWORD)))
                .andExpect(jsonPath("$.items[*].id", total <= 25 ? hasItem(toOffer.toString())
                        : org.hamcrest.Matchers.anything()));
    }

    @Test
    void k5CountsPsychosisCoursesActive90DaysByTheirEnd() throws Exception {
        WorklistFixture f = new WorklistFixture(jdbc, facts, "x");
        jdbc.sql("insert into user_role (user_id, role) values (?, 'COORDINATOR')").param(f.clinician).update();
        LocalDate start = LocalDate.of(2025, 1, 6);
        LocalDate end = LocalDate.of(2025, 6, 10);
        List<UUID> courses = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            courses.add(f.course(start));
        }
        UUID shortCourse = f.course(LocalDate.of(2025, 5, 1));
        String groupBody = """
                {"unitId": "%s", "programme": "PEF", "kind": "MULTI_FAMILY", "name": "K5 %s", "startsOn": "%s",
                 "phase": "JOINING", "status": "RUNNING", "leaderIds": ["%s"]}""".formatted(f.unit, f.unit,
                start.plusDays(10), f.clinician);
        UUID group = UUID.fromString(JsonPath.read(mvc.perform(post("/api/v1/groups").with(user(f.username))
                .contentType(MediaType.APPLICATION_JSON).content(groupBody)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id"));
        for (int i = 0; i < 4; i++) {
            mvc.perform(post("/api/v1/courses/" + courses.get(i) + "/pef/recruitment").with(user(f.username))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"state\": \"OFFERED\", \"stateOn\": \"" + start.plusDays(20) + "\"}"))
                    .andExpect(status().isCreated());
        }
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/v1/groups/" + group + "/members").with(user(f.username))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"courseId\": \"" + courses.get(i) + "\", \"joinedOn\": \"" + start.plusDays(25) + "\"}"))
                    .andExpect(status().isOk());
        }
        mvc.perform(post("/api/v1/groups/" + group + "/sessions").with(user(f.username))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"heldOn": "%s", "patientCourseIds": ["%s", "%s"]}""".formatted(start.plusDays(30),
                        courses.get(0), courses.get(1)))).andExpect(status().isCreated());
        for (UUID c : courses) {
            jdbc.sql("update treatment_course set end_date = ?, end_reason = 'DISCHARGED', end_recorded_on = ?"
                    + " where id = ?").params(end, end, c).update();
            facts.refresh(c);
        }
        jdbc.sql("update treatment_course set end_date = ?, end_reason = 'DISCHARGED', end_recorded_on = ?"
                + " where id = ?").params(end, end, shortCourse).update();
        facts.refresh(shortCourse);

        IndicatorValue offered = indicators.values("K5A", OrgLevel.UNIT, PeriodType.MONTH, end, end).stream()
                .filter(v -> f.unit.equals(v.orgId())).findFirst().orElseThrow();
        IndicatorValue started = indicators.values("K5B", OrgLevel.UNIT, PeriodType.MONTH, end, end).stream()
                .filter(v -> f.unit.equals(v.orgId())).findFirst().orElseThrow();
        assertThat(List.of(offered.numerator(), offered.denominator())).containsExactly(4L, 6L);
        assertThat(List.of(started.numerator(), started.denominator())).containsExactly(2L, 6L);
    }
}
