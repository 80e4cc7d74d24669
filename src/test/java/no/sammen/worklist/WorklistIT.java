package no.sammen.worklist;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class WorklistIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorklistService worklist;

    @Test
    void aNewCourseHasEverythingDueWithContactDueOnDayThree() throws Exception {
        LocalDate start = LocalDate.now().minusDays(1);
        String id = newCourse(start);
        String page = mvc.perform(get("/courses/" + id).with(user("behandler")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"course-worklist\"")
                .contains("data-item=\"RELATIVES_CONTACT\" data-status=\"DUE\"")
                .contains("data-item=\"CONVERSATION_BOTH\" data-status=\"DUE\"")
                .contains(start.plusDays(3).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
    }

    @Test
    void theUnitWorklistHoldsOnlyOpenItemsOfTheUsersUnitsOverdueFirst() throws Exception {
        newCourse(LocalDate.now().minusDays(20));
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken("behandler", null, List.of()));
        List<UnitWorkItem> items;
        try {
            items = worklist.openItems(null);
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(items).isNotEmpty().allSatisfy(w -> {
            assertThat(w.item().open()).isTrue();
            assertThat(w.course().unitName()).startsWith("Kronstad");
        });
        int firstDue = items.stream().map(w -> w.item().status()).toList().indexOf(WorkItemStatus.DUE);
        if (firstDue >= 0) {
            assertThat(items.subList(firstDue, items.size()))
                    .allSatisfy(w -> assertThat(w.item().status()).isEqualTo(WorkItemStatus.DUE));
        }
        assertThat(items.stream().filter(w -> w.item().status() == WorkItemStatus.OVERDUE)
                .map(w -> w.item().dueOn()).toList()).isSorted();
    }

    @Test
    void theWorklistPageShowsTheUnitsItemsAndIsAudited() throws Exception {
        UUID voss = TestData.unitId(jdbc, "Voss poliklinikk");
        for (int i = 0; i < 9; i++) {
            newCourse(LocalDate.now().minusDays(i)); // six open items each: more than one page (50)
        }
        long before = jdbc.sql("select coalesce(max(seq), 0) from audit_entry").query(Long.class).single();
        mvc.perform(get("/worklist").with(user("behandler")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"worklist-table\"")))
                .andExpect(content().string(containsString("id=\"next-page\"")))
                .andExpect(content().string(not(containsString("Voss poliklinikk</td>"))));
        assertThat(jdbc.sql("select count(*) from audit_entry where seq > ? and action = 'LIST' "
                + "and details like 'worklist%'").param(before).query(Long.class).single()).isPositive();
        mvc.perform(get("/worklist").param("unit", voss.toString()).with(user("behandler")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theApiGivesACoursesItemsAndRefusesAnotherUnit() throws Exception {
        String id = newCourse(LocalDate.now());
        mvc.perform(get("/api/v1/courses/" + id + "/worklist").with(httpBasic("behandler", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .jsonPath("$[?(@.type == 'RELATIVES_CONTACT')].status").value("DUE"));
        mvc.perform(get("/api/v1/courses/" + id + "/worklist").with(httpBasic("behandler2", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/worklist").param("unitId", TestData.unitId(jdbc, "Voss poliklinikk").toString())
                        .with(httpBasic("behandler", PASSWORD)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void analystsHaveNoWorklist() throws Exception {
        mvc.perform(get("/worklist").with(user("analytiker"))).andExpect(status().isForbidden());
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
