package no.sammen.competence;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CompetencePagesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    UUID unit;
    UUID staff;
    String username;

    @BeforeEach
    void setUp() throws Exception {
        unit = TestData.unitId(jdbc, "Kronstad poliklinikk");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        username = "kside-" + suffix;
        UUID user = UUID.randomUUID();
        jdbc.sql("insert into user_account (id, username, display_name, password_hash, enabled, version) "
                + "values (?, ?, ?, ?, true, 0)").params(user, username, "Side " + suffix, passwords.encode(PASSWORD))
                .update();
        jdbc.sql("insert into user_role (user_id, role) values (?, 'CLINICIAN')").param(user).update();
        jdbc.sql("insert into user_unit (user_id, unit_id) values (?, ?)").params(user, unit).update();
        staff = UUID.randomUUID();
        jdbc.sql("insert into staff (id, unit_id, full_name, profession, position, version) "
                + "values (?, ?, ?, 'NURSE', 'Sykepleier', 0)").params(staff, unit, "Side " + suffix).update();
        mvc.perform(post("/admin/staff-accounts/" + staff).param("userId", user.toString()).with(user("admin")
                .roles("ADMIN")).with(csrf())).andExpect(status().is3xxRedirection());
    }

    @Test
    void aLinkedUserFindsMyCompetencePlanAndRegistersAnItem() throws Exception {
        mvc.perform(get("/competence").with(user(username))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Min kompetanseplan")));
        mvc.perform(get("/competence/my").with(user(username)))
                .andExpect(redirectedUrl("/competence/staff/" + staff));
        mvc.perform(post("/competence/staff/" + staff + "/items/VR_SIMULATION").with(user(username)).with(csrf())
                        .param("version", "-1").param("doneOn", LocalDate.now().toString()).param("evidence", "VR-dag"))
                .andExpect(redirectedUrl("/competence/staff/" + staff + "#item-VR_SIMULATION"));
        mvc.perform(get("/competence/staff/" + staff).with(user(username)))
                .andExpect(content().string(containsString("venter på leders bekreftelse")))
                .andExpect(content().string(containsString("Dokumentasjon: VR-dag")));
    }

    @Test
    void aDayDoneInTheFutureIsShownOnTheFieldInTheUsersLanguage() throws Exception {
        mvc.perform(post("/competence/staff/" + staff + "/items/VR_SIMULATION").with(user(username)).with(csrf())
                        .param("version", "-1").param("doneOn", LocalDate.now().plusDays(2).toString())
                        .param("lang", "nn"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"doneOn-error\"")))
                .andExpect(content().string(containsString("Datoen for gjennomført kan ikkje vere fram i tid.")));
        assertThat(jdbc.sql("select count(*) from competence_item where staff_id = ?").param(staff)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aPracticeItemPostedByHandIsRefusedWithATranslatedError() throws Exception {
        mvc.perform(post("/competence/staff/" + staff + "/items/CONVERSATION_PATIENT").with(user(username))
                        .with(csrf()).param("version", "-1").param("doneOn", LocalDate.now().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "«Gjennomfør samtale med pasient» telles fra registreringene og kan ikke krysses av for hånd.")));
        mvc.perform(get("/competence/staff/" + staff + "/items/CONVERSATION_PATIENT").with(user(username)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theLeadersOverviewIsATableWithCaptionAndHeadersAndAK9Chart() throws Exception {
        mvc.perform(get("/competence/units/" + unit).with(user("leder")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<caption id=\"matrix-caption\"")))
                .andExpect(content().string(containsString("<th scope=\"row\">")))
                .andExpect(content().string(containsString("id=\"row-" + staff + "\"")))
                .andExpect(content().string(containsString("role=\"region\" tabindex=\"0\" aria-labelledby=\"matrix-caption\"")))
                .andExpect(content().string(containsString("class=\"spc-chart\"")));
        mvc.perform(get("/competence/units/" + unit).param("profession", "PSYCHIATRIST").with(user("leder")))
                .andExpect(content().string(not(containsString("id=\"row-" + staff + "\""))));
        mvc.perform(get("/competence/units/" + unit).with(user(username))).andExpect(status().isNotFound());
    }
}
