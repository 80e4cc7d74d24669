package no.sammen.family;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;

import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A national id written with a hyphen, dots, full-width digits, two spaces or glued to a word is
 * refused in every free-text field of the family module, naming the field and without the id in
 * the answer, while a phone number passes.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class WrittenNationalIdIT {

    /** A valid fødselsnummer, written as people write it. */
    static final List<String> WRITTEN = List.of("070762-30093", "07.07.62.30093",
            "\uff10\uff17\uff10\uff17\uff16\uff12\uff13\uff10\uff10\uff19\uff13", "070762  30093", "fnr07076230093x");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyFreeTextFieldRefusesAnIdHoweverItIsWritten() throws Exception {
        var course = FamilyTestCourses.course(mvc, TestData.unitId(jdbc, "Kronstad sengepost"), 5);
        UUID mother = FamilyTestCourses.member(mvc, course.id(), Relation.MOTHER, "Kari", true);
        String members = "/api/v1/courses/" + course.id() + "/network/members";
        for (String id : WRITTEN) {
            refused(members, """
                    {"relation": "FATHER", "name": "Per %s", "contact": "900 00 000", "closestRelative": false}"""
                    .formatted(id), "name", id);
            refused(members, """
                    {"relation": "FATHER", "name": "Per", "contact": "tlf 900 00 000, %s", "closestRelative": false}"""
                    .formatted(id), "contact", id);
            refused("/api/v1/courses/" + course.id() + "/consents", """
                    {"memberId": "%s", "status": "PARTIAL", "scope": "alt om %s", "givenOn": "%s"}"""
                    .formatted(mother, id, course.start()), "scope", id);
            refused("/api/v1/courses/" + course.id() + "/contacts", """
                    {"dateTime": "%sT10:00:00", "channel": "PHONE", "staffName": "Ola %s", "memberIds": ["%s"]}"""
                    .formatted(course.start(), id, mother), "staffName", id);
        }
        // a phone number with a country code is no id
        assertThat(mvc.perform(post(members).with(httpBasic("behandler", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"relation": "FATHER", "name": "Per", "contact": "+47 412 34 567", "closestRelative": false}"""))
                .andReturn().getResponse().getStatus()).isEqualTo(201);
    }

    private void refused(String path, String json, String field, String id) throws Exception {
        MvcResult result = mvc.perform(post(path).with(httpBasic("behandler", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).characterEncoding("UTF-8").content(json)).andReturn();
        String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(field + " " + id).isEqualTo(400);
        assertThat(body).as(field + " " + id).contains("\"field\":\"" + field + "\"").doesNotContain(id);
    }
}
