package no.sammen.imr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The IMR pages: the IMR course form orders the modules by the places given, a goal form refuses a
 * goal left empty beside its field and keeps what was typed, a session shows its phrase, the course
 * page shows the IMR section, and the board shows the course.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ImrPagesIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aTherapistStartsImrRegistersAGoalAndASessionOnThePages() throws Exception {
        UUID course = TestData.newCourse(mvc, jdbc, "behandler", "Kronstad poliklinikk");
        UUID therapist = jdbc.sql("select id from user_account where username = 'behandler'").query(UUID.class)
                .single();
        String imr = "/courses/" + course + "/imr";
        mvc.perform(post(imr + "/course").with(user("behandler")).with(csrf()).param("format", "INDIVIDUAL")
                        .param("startDate", TODAY.toString()).param("therapistIds", therapist.toString())
                        .param("places[COPING_WITH_STRESS]", "1").param("places[PRACTICAL_FACTS]", "1"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("moduleIds-error")));
        mvc.perform(post(imr + "/course").with(user("behandler")).with(csrf()).param("format", "INDIVIDUAL")
                        .param("startDate", TODAY.toString()).param("therapistIds", therapist.toString())
                        .param("places[COPING_WITH_STRESS]", "2").param("places[PRACTICAL_FACTS]", "1")
                        .param("places[HEALTHY_LIFESTYLES]", ""))
                .andExpect(redirectedUrl(imr));
        assertThat(jdbc.sql("""
                select m.module_id from imr_course_module m join imr_course c on c.id = m.imr_course_id
                where c.course_id = ? order by m.position""").param(course).query(String.class).list())
                .containsExactly("PRACTICAL_FACTS", "COPING_WITH_STRESS");

        mvc.perform(post(imr + "/goals/new").with(user("behandler")).with(csrf()).param("setOn", TODAY.toString())
                        .param("goal", " ").param("steps", "Gå en tur hver dag"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"goal-error\"")))
                .andExpect(content().string(containsString("en tur hver dag</textarea>")));
        mvc.perform(post(imr + "/goals/new").with(user("behandler")).with(csrf()).param("setOn", TODAY.toString())
                        .param("goal", "Komme i bedre form").param("steps", "Gå en tur hver dag"))
                .andExpect(redirectedUrl(imr + "#goals"));
        mvc.perform(post(imr + "/sessions/new").with(user("behandler")).with(csrf()).param("heldOn", TODAY.toString())
                        .param("shift", "EVENING").param("therapistIds", therapist.toString())
                        .param("moduleId", "PRACTICAL_FACTS").param("part", "1").param("attended", "true")
                        .param("homeworkChosen", "false"))
                .andExpect(redirectedUrl(imr + "#sessions"));
        mvc.perform(get(imr).with(user("behandler")))
                .andExpect(content().string(containsString("Komme i bedre form")))
                .andExpect(content().string(containsString("modul 2 «Praktisk kunnskap om psykisk sykdom»")));
        mvc.perform(get("/courses/" + course).with(user("behandler")))
                .andExpect(content().string(containsString("id=\"imr-summary\"")));
        mvc.perform(get("/imr/board?unitId=" + TestData.unitId(jdbc, "Kronstad poliklinikk")).with(user("behandler")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("board-" + course)));
    }

    @Test
    void aFormRefusedForAnotherFieldDoesNotEchoANationalId() throws Exception {
        UUID course = TestData.newCourse(mvc, jdbc, "behandler", "Kronstad poliklinikk");
        UUID therapist = jdbc.sql("select id from user_account where username = 'behandler'").query(UUID.class)
                .single();
        String imr = "/courses/" + course + "/imr";
        mvc.perform(post(imr + "/course").with(user("behandler")).with(csrf()).param("format", "INDIVIDUAL")
                        .param("startDate", TODAY.toString()).param("therapistIds", therapist.toString())
                        .param("places[PRACTICAL_FACTS]", "1"))
                .andExpect(redirectedUrl(imr));
        String goalPage = mvc.perform(post(imr + "/goals/new").with(user("behandler")).with(csrf())
                        .param("setOn", "not a date").param("goal", "Min fnr 150590-10023"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(goalPage).contains("id=\"setOn-error\"", "id=\"goal-error\"").doesNotContain("150590", "10023");
        String sessionPage = mvc.perform(post(imr + "/sessions/new").with(user("behandler")).with(csrf())
                        .param("heldOn", "07076230093").param("shift", "EVENING")
                        .param("therapistIds", therapist.toString()).param("moduleId", "PRACTICAL_FACTS")
                        .param("attended", "true").param("homeworkChosen", "false")
                        .param("goalNote", "fnr 150590 10023"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(sessionPage).contains("id=\"heldOn-error\"", "id=\"goalNote-error\"")
                .doesNotContain("150590", "10023", "07076230093");
    }
}
