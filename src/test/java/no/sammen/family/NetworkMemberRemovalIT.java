package no.sammen.family;

import static no.sammen.family.FamilyTestCourses.course;
import static no.sammen.family.FamilyTestCourses.member;
import static no.sammen.testsupport.TestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import no.sammen.family.FamilyTestCourses.TestCourse;
import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Removing a member from the network map: at the version read, audited, and refused with the reason
 * while a registration of this module or of another (a conversation, a network meeting) names the
 * member.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class NetworkMemberRemovalIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aMemberNoRegistrationNamesIsRemovedAtTheVersionReadAndTheRemovalIsAudited() throws Exception {
        TestCourse course = course(mvc, TestData.unitId(jdbc, "Kronstad sengepost"), 5);
        UUID mistake = member(mvc, course.id(), Relation.FRIEND, "Feil Person", false);
        UUID kept = member(mvc, course.id(), Relation.MOTHER, "Kari", true);

        call(delete(memberUrl(course, mistake))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("version")));
        call(delete(memberUrl(course, mistake)).param("version", "3")).andExpect(status().isConflict());
        call(delete(memberUrl(course, mistake)).param("version", "0")).andExpect(status().isNoContent());

        call(get("/api/v1/courses/" + course.id() + "/network")).andExpect(jsonPath("$.members", hasSize(1)))
                .andExpect(jsonPath("$.members[0].member.id").value(kept.toString()));
        call(delete(memberUrl(course, mistake)).param("version", "0")).andExpect(status().isNotFound());
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where action = 'DELETE' and object_type = 'network_member'
                and object_id = ?""").param(mistake.toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aMemberNamedByARegistrationStaysAndTheRefusalSaysWhy() throws Exception {
        TestCourse course = course(mvc, TestData.unitId(jdbc, "Kronstad sengepost"), 5);
        UUID mother = member(mvc, course.id(), Relation.MOTHER, "Kari", true);
        UUID brother = member(mvc, course.id(), Relation.SIBLING, "Per", false);
        UUID gp = member(mvc, course.id(), Relation.GP, "Dr. Lien", false);

        call(post("/api/v1/courses/" + course.id() + "/contacts").contentType(MediaType.APPLICATION_JSON)
                .content(FamilyApiIT.contactJson(course.start().plusDays(1).atTime(10, 0), "PHONE", "Ola", mother)))
                .andExpect(status().isCreated());
        call(post("/api/v1/courses/" + course.id() + "/conversations").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"kind": "RELATIVES", "heldOn": "%s", "participantIds": ["%s"], "staff": "Behandler B.",
                         "topics": ["CONFIDENTIALITY"]}""".formatted(course.start().plusDays(1), brother)))
                .andExpect(status().isCreated());
        call(post("/api/v1/courses/" + course.id() + "/network-meetings").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"invited": true, "invitedOn": "%s", "invitees": ["%s"], "status": "NOT_HELD",
                         "notHeldReason": "NETWORK_DID_NOT_COME"}""".formatted(course.start().plusDays(2), gp)))
                .andExpect(status().isCreated());

        call(delete(memberUrl(course, mother)).param("version", "0")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].message",
                        hasItem("Personen kan ikke fjernes: en kontakt med pårørende nevner personen.")));
        call(delete(memberUrl(course, brother)).param("version", "0")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].message",
                        hasItem("Personen kan ikke fjernes: personen deltok i en basissamtale.")));
        call(delete(memberUrl(course, gp)).param("version", "0").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].message", hasItem(
                        "The person cannot be removed: they were invited to or came to a network meeting.")));
        call(get("/api/v1/courses/" + course.id() + "/network")).andExpect(jsonPath("$.members", hasSize(3)));

        // The page: the refusal is shown on the member's page, and a removal leads back to the map.
        String page = mvc.perform(post("/courses/" + course.id() + "/network/members/" + mother + "/removal")
                        .with(user("behandler")).with(csrf()).param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"removal-form\"")
                .contains("Personen kan ikke fjernes: en kontakt med pårørende nevner personen.");
        UUID mistake = member(mvc, course.id(), Relation.FRIEND, "Feil Person", false);
        mvc.perform(post("/courses/" + course.id() + "/network/members/" + mistake + "/removal")
                        .with(user("behandler")).with(csrf()).param("version", "0"))
                .andExpect(redirectedUrl("/courses/" + course.id() + "/network"));
    }

    private static String memberUrl(TestCourse course, UUID member) {
        return "/api/v1/courses/" + course.id() + "/network/members/" + member;
    }

    private ResultActions call(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(httpBasic("behandler", PASSWORD)));
    }
}
