package no.sammen.family;

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

import java.time.Instant;
import java.time.LocalDateTime;
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
import org.springframework.test.web.servlet.ResultActions;

/** A contact with relatives names the staff member of the course's unit who made it (ADR 0035). */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ContactStaffIT {

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
        me = TestStaff.of(jdbc, passwords, "Kronstad sengepost", "NURSE");
        course = TestData.newCourse(mvc, jdbc, me.username(), "Kronstad sengepost");
        mother = UUID.randomUUID();
        jdbc.sql("""
                insert into network_member (id, course_id, relation, name, contact, closest_relative, created_at, version)
                values (?, ?, 'MOTHER', 'Kari Nordmann', null, false, ?, 0)""")
                .params(mother, course, java.sql.Timestamp.from(Instant.now())).update();
    }

    @Test
    void aContactNamingAStaffMemberOfTheUnitCarriesTheirNameAndShowsIt() throws Exception {
        contact(me.staffId(), null).andExpect(status().isCreated())
                .andExpect(jsonPath("$.staffId").value(me.staffId().toString()))
                .andExpect(jsonPath("$.staffName").value(me.fullName()));
        assertThat(jdbc.sql("select staff_id from relative_contact where course_id = ?").param(course)
                .query(UUID.class).single()).isEqualTo(me.staffId());
        String page = page(me.username());
        assertThat(page.substring(page.indexOf("id=\"contact-list\""))).contains("<td>" + me.fullName() + "</td>");
    }

    @Test
    void aStaffMemberOfAnotherUnitIsRefusedOnItsFieldAndNothingIsStored() throws Exception {
        contact(TestStaff.ofAnotherUnit(jdbc, "Voss poliklinikk"), "Noen annen")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("staffId"))
                .andExpect(jsonPath("$.errors[0].message").value("Velg en ansatt ved forløpets enhet."));
        assertThat(jdbc.sql("select count(*) from relative_contact where course_id = ?").param(course)
                .query(Long.class).single()).isZero();
        // the form names the field too
        mvc.perform(post("/courses/" + course + "/contacts").with(user(me.username())).with(csrf())
                        .param("date", LocalDateTime.now().toLocalDate().toString()).param("time", "09:00")
                        .param("channel", "PHONE").param("memberIds", mother.toString())
                        .param("staffId", TestStaff.ofAnotherUnit(jdbc, "Voss poliklinikk").toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"staffId-error\"")));
        assertThat(jdbc.sql("select count(*) from relative_contact where course_id = ?").param(course)
                .query(Long.class).single()).isZero();
    }

    @Test
    void someoneOutsideSammenIsNamedAsText() throws Exception {
        contact(null, "Ekstern terapeut").andExpect(status().isCreated())
                .andExpect(jsonPath("$.staffId").doesNotExist())
                .andExpect(jsonPath("$.staffName").value("Ekstern terapeut"));
    }

    @Test
    void theFormChoosesTheLoggedInUsersStaffMemberAndOffersTheUnitsStaff() throws Exception {
        String page = page(me.username());
        assertThat(page).contains("<option value=\"" + me.staffId() + "\" selected=\"selected\">" + me.fullName())
                .contains("Kari Nilsen (Overlege)").doesNotContain("value=\"" + me.fullName() + "\"");
        // a user with no staff member of the unit gets their name as text, as before
        String other = page("behandler");
        assertThat(other).doesNotContain("selected=\"selected\">Ansatt").contains("value=\"Ingrid Haugland\"");
    }

    private String page(String username) throws Exception {
        return mvc.perform(get("/courses/" + course + "/contacts").with(user(username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private ResultActions contact(UUID staffId, String staffName) throws Exception {
        return mvc.perform(post("/api/v1/courses/" + course + "/contacts").with(httpBasic(me.username(), PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"dateTime": "%s", "channel": "PHONE", "memberIds": ["%s"], "staffId": %s, "staffName": %s}"""
                        .formatted(LocalDateTime.now().minusHours(1).withNano(0).withSecond(0), mother,
                                staffId == null ? "null" : "\"" + staffId + "\"",
                                staffName == null ? "null" : "\"" + staffName + "\"")));
    }
}
