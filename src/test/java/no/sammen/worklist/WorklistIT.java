package no.sammen.worklist;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;

import no.sammen.coursefact.CourseFactService;
import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The worklist by urgency (ADR 0019): groups, order, filters, paging in SQL, closing, the API. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class WorklistIT {

    private static final Pattern ROW = Pattern.compile("data-course=\"([0-9a-f-]{36})\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CourseFactService facts;

    @Test
    void aNewCourseHasEverythingDueWithContactDueOnDayThree() throws Exception {
        LocalDate start = LocalDate.now().minusDays(1);
        String id = newCourse(start);
        String page = mvc.perform(get("/courses/" + id).with(user("behandler")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"course-worklist\"")
                .contains("data-item=\"RELATIVES_CONTACT\" data-status=\"DUE\" data-near=\"true\"")
                .contains("data-item=\"CONVERSATION_BOTH\" data-status=\"DUE\" data-near=\"false\"")
                .contains(start.plusDays(3).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
    }

    @Test
    void urgentCoursesComeFirstOneRowPerCourseInGroupsAndLongStaleItemsApart() throws Exception {
        WorklistFixture f = new WorklistFixture(jdbc, facts);
        LocalDate today = WorklistFixture.today();
        UUID overdue2 = f.course(today.minusDays(5)); // contact due 2 days ago
        UUID later = f.course(today.minusDays(1)); // contact done: crisis plan due in 13 days
        f.done(later, WorkItemType.RELATIVES_CONTACT, today.minusDays(1));
        UUID due5 = f.course(today.minusDays(9)); // contact done: crisis plan due in 5 days
        f.done(due5, WorkItemType.RELATIVES_CONTACT, today.minusDays(9));
        UUID earlier = f.course(today.minusDays(87)); // only the patient conversation open: 45 days overdue
        for (WorkItemType type : WorkItemType.values()) {
            if (type != WorkItemType.CONVERSATION_PATIENT) {
                f.done(earlier, type, today.minusDays(80));
            }
        }
        UUID stale = f.course(today.minusDays(200)); // every item overdue by more than 90 days
        UUID mixed = f.course(today.minusDays(95)); // contact 92 days overdue; crisis plan 81 days

        String json = mvc.perform(get("/api/v1/worklist").param("unitId", f.unit.toString()).with(user(f.username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(ids(JsonPath.read(json, "$.result.items[*].course.id")))
                .as("2 days overdue, due in 5 days, overdue 81 and 45 days, later; the long stale apart")
                .containsExactly(overdue2, due5, mixed, earlier, later);
        assertThat((List<String>) JsonPath.read(json, "$.result.items[*].group")).containsExactly("OVERDUE_RECENT",
                "DUE_SOON", "OVERDUE_EARLIER", "OVERDUE_EARLIER", "LATER");
        assertThat((Integer) JsonPath.read(json, "$.result.items[0].items[0].daysOverdue")).isEqualTo(2);
        assertThat((String) JsonPath.read(json, "$.result.items[0].items[0].type")).isEqualTo("RELATIVES_CONTACT");
        assertThat((List<String>) JsonPath.read(json, "$.result.items[2].items[*].type"))
                .as("the long-stale contact is not among the course's items on the worklist")
                .doesNotContain("RELATIVES_CONTACT").contains("CRISIS_PLAN");
        assertThat((Map<String, Integer>) JsonPath.read(json, "$.counts")).containsAllEntriesOf(Map.of(
                "OVERDUE_RECENT", 1, "DUE_SOON", 1, "OVERDUE_EARLIER", 2, "LATER", 1, "STALE", 2));

        // One definition: each course's items on the unit worklist are the open ones of its own worklist.
        for (UUID course : List.of(overdue2, due5, mixed, earlier, later)) {
            String own = mvc.perform(get("/api/v1/courses/" + course + "/worklist").with(user(f.username)))
                    .andReturn().getResponse().getContentAsString();
            List<String> open = JsonPath.read(own, "$[?((@.status == 'DUE' || @.status == 'OVERDUE') && @.dueOn >= '"
                    + today.minusDays(90) + "')].type");
            List<String> listed = JsonPath.read(json, "$.result.items[?(@.course.id == '" + course + "')].items[*].type");
            assertThat(listed).as("items of %s", course).containsExactlyInAnyOrderElementsOf(open);
        }

        String page = mvc.perform(get("/worklist").param("unit", f.unit.toString()).with(user(f.username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(rows(page)).containsExactly(overdue2, due5, mixed, earlier, later);
        assertThat(page).contains("Forfalt for 2 dager siden", "Frist om 5 dager", "id=\"group-DUE_SOON\"",
                "Forfalt for mer enn 90 dager siden: 2");

        String stalePage = mvc.perform(get("/worklist/stale").param("unit", f.unit.toString()).with(user(f.username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(rows(stalePage)).containsExactly(mixed, stale);
        assertThat(stalePage).contains("id=\"stale-indicators\"");
        // The closing link's accessible name begins with the words it shows (WCAG 2.5.3, label in name).
        assertThat(stalePage).containsPattern("aria-label=\"Lukk med begrunnelse: [^\"]+\"[^>]*>Lukk med begrunnelse<");
    }

    @Test
    void amberOnlyForADeadlineWithinTheThreshold() throws Exception {
        WorklistFixture f = new WorklistFixture(jdbc, facts);
        LocalDate today = WorklistFixture.today();
        UUID near = f.course(today.minusDays(1)); // contact due in 2 days: amber
        UUID far = f.course(today.minusDays(9)); // crisis plan due in 5 days: not amber
        f.done(far, WorkItemType.RELATIVES_CONTACT, today.minusDays(9));
        String page = mvc.perform(get("/worklist").param("unit", f.unit.toString()).param("task", "RELATIVES_CONTACT")
                .with(user(f.username))).andReturn().getResponse().getContentAsString();
        assertThat(row(page, near)).contains("status-due").contains("Frist om 2 dager");
        String crisis = mvc.perform(get("/worklist").param("unit", f.unit.toString()).param("task", "CRISIS_PLAN")
                .with(user(f.username))).andReturn().getResponse().getContentAsString();
        assertThat(row(crisis, far)).contains("status-later").doesNotContain("status-due");
    }

    @Test
    void filtersByTaskAndByTheClinicansOwnCourses() throws Exception {
        WorklistFixture f = new WorklistFixture(jdbc, facts);
        LocalDate today = WorklistFixture.today();
        UUID mine = f.course(today.minusDays(5), f.clinician); // contact 2 days overdue; crisis plan in 9 days
        UUID other = f.course(today.minusDays(9)); // contact 6 days overdue; crisis plan in 5 days
        String byTask = mvc.perform(get("/api/v1/worklist").param("unitId", f.unit.toString())
                .param("task", "CRISIS_PLAN").with(user(f.username))).andReturn().getResponse().getContentAsString();
        assertThat(ids(JsonPath.read(byTask, "$.result.items[*].course.id"))).containsExactly(other, mine);
        assertThat((List<String>) JsonPath.read(byTask, "$.result.items[*].items[*].type"))
                .containsOnly("CRISIS_PLAN");
        String unfiltered = mvc.perform(get("/api/v1/worklist").param("unitId", f.unit.toString())
                .with(user(f.username))).andReturn().getResponse().getContentAsString();
        assertThat(ids(JsonPath.read(unfiltered, "$.result.items[*].course.id"))).containsExactly(other, mine);

        String own = mvc.perform(get("/worklist").param("unit", f.unit.toString()).param("courses", "MINE")
                .with(user(f.username))).andReturn().getResponse().getContentAsString();
        assertThat(rows(own)).containsExactly(mine);
        assertThat(own).as("empty groups say so").contains("Ingen frister de neste 7 dagene.");

        String colleague = "wl2-" + f.username;
        f.user(colleague, "Kollega");
        String none = mvc.perform(get("/worklist").param("unit", f.unit.toString()).param("courses", "MINE")
                .with(user(colleague))).andReturn().getResponse().getContentAsString();
        assertThat(rows(none)).isEmpty();
        assertThat(none).contains("id=\"worklist-empty\"").contains("Ingen forløp passer til filtrene.");
    }

    @Test
    void pagesAreCutInTheDatabaseWithTheUrgentGroupsFirst() throws Exception {
        WorklistFixture f = new WorklistFixture(jdbc, facts);
        LocalDate today = WorklistFixture.today();
        List<UUID> byAge = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            byAge.add(f.course(today.minusDays(i))); // the contact is due on day 3 of each
        }
        // Overdue 1–30 days (started 4–33 days ago), oldest due first; due within 7 days (0–3); overdue 31–56 days.
        List<UUID> expected = new ArrayList<>();
        for (int i = 33; i >= 4; i--) {
            expected.add(byAge.get(i));
        }
        for (int i = 3; i >= 0; i--) {
            expected.add(byAge.get(i));
        }
        for (int i = 59; i >= 34; i--) {
            expected.add(byAge.get(i));
        }
        String first = api(f, "0");
        assertThat(ids(JsonPath.read(first, "$.result.items[*].course.id"))).containsExactlyElementsOf(
                expected.subList(0, 50));
        assertThat((Integer) JsonPath.read(first, "$.result.total")).isEqualTo(60);
        String second = api(f, "1");
        assertThat(ids(JsonPath.read(second, "$.result.items[*].course.id"))).containsExactlyElementsOf(
                expected.subList(50, 60));
        String past = api(f, "99");
        assertThat((Integer) JsonPath.read(past, "$.result.page")).as("past the end is the last page").isEqualTo(1);
        assertThat(ids(JsonPath.read(past, "$.result.items[*].course.id"))).hasSize(10);

        long before = jdbc.sql("select coalesce(max(seq), 0) from audit_entry").query(Long.class).single();
        String page = mvc.perform(get("/worklist").param("unit", f.unit.toString()).param("page", "1")
                .with(user(f.username))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(rows(page)).containsExactlyElementsOf(expected.subList(50, 60));
        assertThat(page).contains("Vises på side 1").contains("id=\"previous-page\"");
        assertThat(jdbc.sql("select count(*) from audit_entry where seq > ? and action = 'LIST' "
                + "and details like 'worklist%' and unit_id = ?").params(before, f.unit).query(Long.class).single())
                .as("the courses shown, and only those, are audited").isEqualTo(10);
    }

    @Test
    void aLongStaleItemIsClosedWithAReasonAuditedAndDoesNotComeBack() throws Exception {
        WorklistFixture f = new WorklistFixture(jdbc, facts);
        LocalDate today = WorklistFixture.today();
        UUID stale = f.course(today.minusDays(200));
        UUID fresh = f.course(today.minusDays(5));
        UUID mixed = f.course(today.minusDays(95)); // the contact long stale, the crisis plan not
        String form = mvc.perform(get("/courses/" + stale + "/worklist/close").with(user(f.username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("value=\"RELATIVES_CONTACT\"").contains("id=\"close-indicators\"");

        mvc.perform(close(stale, "behandler2", "RELATIVES_CONTACT", "NOT_POSSIBLE", ""))
                .andExpect(status().isNotFound());
        mvc.perform(close(stale, f.username, "RELATIVES_CONTACT", null, ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"reason-error\"")));
        mvc.perform(close(stale, f.username, "RELATIVES_CONTACT", "OTHER", " "))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"note-error\"")));
        mvc.perform(close(mixed, f.username, "CRISIS_PLAN", "NOT_POSSIBLE", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"items-error\"")));
        mvc.perform(close(fresh, f.username, "RELATIVES_CONTACT", "NOT_POSSIBLE", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"close-none\"")));
        assertThat(closures(stale) + closures(fresh) + closures(mixed)).as("nothing stored by a refused close")
                .isZero();

        long before = jdbc.sql("select coalesce(max(seq), 0) from audit_entry").query(Long.class).single();
        mvc.perform(close(stale, f.username, "RELATIVES_CONTACT", "NOT_POSSIBLE", "Ingen pårørende å nå"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/worklist/stale"));
        assertThat(jdbc.sql("select closed_by from worklist_closure where course_id = ?").param(stale)
                .query(UUID.class).single()).isEqualTo(f.clinician);
        assertThat(jdbc.sql("select count(*) from audit_entry where seq > ? and action = 'CREATE' "
                + "and object_type = 'worklist_closure' and unit_id = ? and patient_key is not null")
                .params(before, f.unit).query(Long.class).single()).isEqualTo(1);

        String stalePage = mvc.perform(get("/worklist/stale").param("unit", f.unit.toString()).with(user(f.username)))
                .andReturn().getResponse().getContentAsString();
        assertThat(row(stalePage, stale)).doesNotContain("data-item=\"RELATIVES_CONTACT\"")
                .contains("data-item=\"CRISIS_PLAN\"");
        mvc.perform(close(stale, f.username, "RELATIVES_CONTACT", "NOT_POSSIBLE", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"form-errors\"")));
        assertThat(closures(stale)).as("closed once").isEqualTo(1);

        // The indicators do not change: the course still has no contact, and its own worklist says it is overdue.
        assertThat(jdbc.sql("select first_contact_on from course_fact where course_id = ?").param(stale)
                .query(LocalDate.class).optional()).isEmpty();
        String course = mvc.perform(get("/courses/" + stale).with(user(f.username)))
                .andReturn().getResponse().getContentAsString();
        assertThat(course).contains("data-item=\"RELATIVES_CONTACT\" data-status=\"OVERDUE\"")
                .contains("data-closed=\"RELATIVES_CONTACT\"");
    }

    @Test
    void theResponsibleClinicianIsChosenOnTheCourseFormInTheCoursesUnitAndAudited() throws Exception {
        WorklistFixture f = new WorklistFixture(jdbc, facts);
        UUID course = f.course(WorklistFixture.today().minusDays(5));
        String form = mvc.perform(get("/courses/" + course + "/edit").with(user(f.username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("id=\"responsibleUserId\"").contains("value=\"" + f.clinician + "\"");
        UUID voss = jdbc.sql("select id from user_account where username = 'behandler2'").query(UUID.class).single();
        mvc.perform(edit(course, f, voss)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"responsibleUserId-error\"")));
        long before = jdbc.sql("select coalesce(max(seq), 0) from audit_entry").query(Long.class).single();
        mvc.perform(edit(course, f, f.clinician)).andExpect(status().isFound());
        assertThat(jdbc.sql("select responsible_user_id from course_fact where course_id = ?").param(course)
                .query(UUID.class).single()).isEqualTo(f.clinician);
        assertThat(jdbc.sql("select count(*) from audit_entry where seq > ? and action = 'UPDATE' "
                + "and details like '%responsible clinician%'").param(before).query(Long.class).single()).isEqualTo(1);
        String own = mvc.perform(get("/worklist").param("courses", "MINE").with(user(f.username)))
                .andReturn().getResponse().getContentAsString();
        assertThat(rows(own)).containsExactly(course);
    }

    @Test
    void theApiAnswersBadParametersWithProblemDetails() throws Exception {
        String voss = TestData.unitId(jdbc, "Voss poliklinikk").toString();
        for (Map.Entry<String, String> bad : List.of(Map.entry("task", "NOPE"), Map.entry("page", "-1"),
                Map.entry("size", "0"), Map.entry("size", "201"), Map.entry("courses", "SOME"),
                Map.entry("unitId", voss), Map.entry("page", "x"))) {
            mvc.perform(get("/api/v1/worklist").param(bad.getKey(), bad.getValue())
                            .with(httpBasic("behandler", PASSWORD)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(get("/api/v1/worklist").param("size", "0").with(httpBasic("behandler", PASSWORD)))
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void theApiGivesACoursesItemsAndRefusesAnotherUnit() throws Exception {
        String id = newCourse(LocalDate.now());
        mvc.perform(get("/api/v1/courses/" + id + "/worklist").with(httpBasic("behandler", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.type == 'RELATIVES_CONTACT')].status").value("DUE"));
        mvc.perform(get("/api/v1/courses/" + id + "/worklist").with(httpBasic("behandler2", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/worklist").param("unit", TestData.unitId(jdbc, "Voss poliklinikk").toString())
                .with(user("behandler"))).andExpect(status().isNotFound());
    }

    @Test
    void analystsHaveNoWorklist() throws Exception {
        mvc.perform(get("/worklist").with(user("analytiker"))).andExpect(status().isForbidden());
        mvc.perform(get("/worklist/stale").with(user("analytiker"))).andExpect(status().isForbidden());
    }

    private String api(WorklistFixture f, String page) throws Exception {
        return mvc.perform(get("/api/v1/worklist").param("unitId", f.unit.toString()).param("page", page)
                .param("size", "50").with(user(f.username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private MockHttpServletRequestBuilder close(UUID course, String username, String item, String reason, String note) {
        MockHttpServletRequestBuilder post = post("/courses/" + course + "/worklist/close").with(user(username))
                .with(csrf()).param("items", item).param("note", note);
        return reason == null ? post : post.param("reason", reason);
    }

    private MockHttpServletRequestBuilder edit(UUID course, WorklistFixture f, UUID responsible) {
        return post("/courses/" + course + "/edit").with(user(f.username)).with(csrf())
                .param("unitId", f.unit.toString()).param("startDate", WorklistFixture.today().minusDays(5).toString())
                .param("diagnosisCode", "F20").param("legalStatus", "VOLUNTARY").param("pathway", "ORDINARY")
                .param("version", String.valueOf(jdbc.sql("select version from treatment_course where id = ?")
                        .param(course).query(Long.class).single()))
                .param("responsibleUserId", responsible.toString());
    }

    private long closures(UUID course) {
        return jdbc.sql("select count(*) from worklist_closure where course_id = ?").param(course).query(Long.class)
                .single();
    }

    private static List<UUID> ids(List<String> ids) {
        return ids.stream().map(UUID::fromString).toList();
    }

    /** The courses of a worklist page's rows, in order. */
    private static List<UUID> rows(String page) {
        List<UUID> rows = new ArrayList<>();
        Matcher m = ROW.matcher(page);
        while (m.find()) {
            rows.add(UUID.fromString(m.group(1)));
        }
        return rows;
    }

    /** The markup of one course's row. */
    private static String row(String page, UUID course) {
        int from = page.indexOf("data-course=\"" + course + "\"");
        assertThat(from).as("a row for %s", course).isNotNegative();
        return page.substring(from, page.indexOf("</tr>", from));
    }

    private String newCourse(LocalDate start) throws Exception {
        String body = mvc.perform(post("/api/v1/courses").with(httpBasic("behandler", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"nationalId": "%s", "displayLabel": "W.L. 1975", "unitId": "%s", "startDate": "%s",
                                 "diagnosisCode": "F20", "legalStatus": "VOLUNTARY", "pathway": "ORDINARY"}"""
                                .formatted(TestData.nationalId(), TestData.unitId(jdbc, "Kronstad sengepost"), start)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.course.id");
    }
}
