package no.sammen.family;

import static no.sammen.family.FamilyTestCourses.course;
import static no.sammen.family.FamilyTestCourses.member;
import static no.sammen.testsupport.TestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import no.sammen.family.FamilyTestCourses.TestCourse;
import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.BeforeEach;
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

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FamilyApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    UUID kronstad;

    @BeforeEach
    void setUp() {
        kronstad = TestData.unitId(jdbc, "Kronstad sengepost");
    }

    @Test
    void buildsTheNetworkMapWithConsentHistoryAndTheFirstContact() throws Exception {
        TestCourse course = course(mvc, kronstad, 6);
        UUID mother = member(mvc, course.id(), Relation.MOTHER, "Kari", true);
        UUID friend = member(mvc, course.id(), Relation.FRIEND, "Per", false);
        member(mvc, course.id(), Relation.GP, "Dr. Lien", false);

        call(get(api(course, "/network")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.noNetwork").value(false))
                .andExpect(jsonPath("$.members", hasSize(3)))
                .andExpect(jsonPath("$.members[0].member.closestRelative").value(true))
                .andExpect(jsonPath("$.members[0].consent").doesNotExist())
                .andExpect(jsonPath("$.children.askedOn").doesNotExist())
                .andExpect(jsonPath("$.firstContact").doesNotExist());

        String first = call(post(api(course, "/consents")).contentType(MediaType.APPLICATION_JSON)
                        .content(consentJson(mother, "GIVEN", null, course.start().plusDays(1))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.current").value(true))
                .andReturn().getResponse().getContentAsString();
        String partial = call(post(api(course, "/consents")).contentType(MediaType.APPLICATION_JSON)
                        .content(consentJson(mother, "PARTIAL", "innleggelse og utskriving", course.start().plusDays(2))))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String partialId = JsonPath.read(partial, "$.id");

        call(get(api(course, "/consents")).param("memberId", mother.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].id").value(partialId))
                .andExpect(jsonPath("$[0].current").value(true))
                .andExpect(jsonPath("$[0].scope").value("innleggelse og utskriving"))
                .andExpect(jsonPath("$[1].id").value((String) JsonPath.read(first, "$.id")))
                .andExpect(jsonPath("$[1].current").value(false))
                .andExpect(jsonPath("$[1].status").value("GIVEN"));

        call(post(api(course, "/consents/" + partialId + "/withdrawal")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, \"withdrawnOn\": \"%s\"}".formatted(course.start().plusDays(3))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.withdrawnOn").value(course.start().plusDays(3).toString()))
                .andExpect(jsonPath("$.status").value("PARTIAL"));
        call(get(api(course, "/network/members/" + mother)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.member.name").value("Kari"))
                .andExpect(jsonPath("$.consents", hasSize(2)))
                .andExpect(jsonPath("$.consents[0].withdrawnOn").value(course.start().plusDays(3).toString()))
                .andExpect(jsonPath("$.consents[1].withdrawnOn").doesNotExist());

        call(post(api(course, "/contacts")).contentType(MediaType.APPLICATION_JSON)
                        .content(contactJson(course.start().plusDays(1).atTime(14, 30), "PHONE", "Ola Nordmann", mother)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.first").value(true))
                .andExpect(jsonPath("$.dayOfCourse").value(1));
        call(post(api(course, "/contacts")).contentType(MediaType.APPLICATION_JSON)
                        .content(contactJson(course.start().plusDays(2).atTime(10, 0), "LETTER", "Ola Nordmann")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.first").value(false))
                .andExpect(jsonPath("$.memberIds", hasSize(0)));
        call(post(api(course, "/contacts")).contentType(MediaType.APPLICATION_JSON)
                        .content(contactJson(course.start().atTime(9, 5), "MEETING", "Eva Berg", mother, friend)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.first").value(true))
                .andExpect(jsonPath("$.dayOfCourse").value(0));

        call(get(api(course, "/contacts")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contacts", hasSize(3)))
                .andExpect(jsonPath("$.first.dateTime").value(startsWith(course.start() + "T09:05")))
                .andExpect(jsonPath("$.first.channel").value("MEETING"))
                .andExpect(jsonPath("$.first.memberIds", hasSize(2)))
                .andExpect(jsonPath("$.first.dayOfCourse").value(0))
                .andExpect(jsonPath("$.contacts[0].first").value(true))
                .andExpect(jsonPath("$.contacts[2].channel").value("LETTER"));
        call(get(api(course, "/network")))
                .andExpect(jsonPath("$.firstContact.channel").value("MEETING"))
                .andExpect(jsonPath("$.members[0].consent.status").value("PARTIAL"));

        String phrases = call(get(api(course, "/family/phrases")).param("standard", "NYNORSK"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.standard").value("NYNORSK"))
                .andExpect(jsonPath("$.networkSummary", startsWith("Nettverkskart. Privat nettverk: Kari (mor, "
                        + "nærmaste pårørande), Per (ven). Offentleg nettverk: Dr. Lien (fastlege).")))
                .andExpect(jsonPath("$.contacts[0].text", startsWith("Første kontakt med pårørande (mor og ven) ")))
                .andExpect(jsonPath("$.contacts[1].text", startsWith("Kontakt med pårørande (mor) ")))
                .andExpect(jsonPath("$.consents[*].text", hasItem(containsString("Samtykket vart trekt tilbake"))))
                .andReturn().getResponse().getContentAsString();
        List<String> texts = JsonPath.read(phrases, "$..text");
        assertThat(texts).hasSize(5).allSatisfy(text -> assertThat(text).doesNotContainPattern("\\d{11}"));
        assertThat((String) JsonPath.read(phrases, "$.networkSummary")).doesNotContainPattern("\\d{11}");

        List<String> audited = jdbc.sql("""
                select concat(action, ' ', object_type) from audit_entry where patient_key = ? order by seq""")
                .param(course.patientKey()).query(String.class).list();
        assertThat(audited).contains("CREATE network_member", "READ network_map", "CREATE member_consent",
                "LIST member_consent", "UPDATE member_consent", "READ network_member", "CREATE relative_contact",
                "LIST relative_contact");
        assertThat(jdbc.sql("select count(*) from audit_entry where patient_key = ? and unit_id = ?")
                .params(course.patientKey(), kronstad).query(Long.class).single()).isEqualTo(audited.size());
    }

    @Test
    void consentRulesNameTheFieldAndStoreNothing() throws Exception {
        TestCourse course = course(mvc, kronstad, 4);
        UUID mother = member(mvc, course.id(), Relation.MOTHER, "Kari", false);
        TestCourse other = course(mvc, kronstad, 4);
        UUID strangerInAnotherCourse = member(mvc, other.id(), Relation.FATHER, "Knut", false);

        expectField(post(api(course, "/consents")).contentType(MediaType.APPLICATION_JSON)
                .content(consentJson(strangerInAnotherCourse, "GIVEN", null, course.start())), "memberId")
                .andExpect(jsonPath("$.errors[0].message").value("Deltakeren er ikke med i nettverket til dette forløpet."));
        expectField(post(api(course, "/consents")).contentType(MediaType.APPLICATION_JSON)
                .content(consentJson(UUID.randomUUID(), "GIVEN", null, course.start())), "memberId");
        expectField(post(api(course, "/consents")).contentType(MediaType.APPLICATION_JSON)
                .content(consentJson(mother, "PARTIAL", " ", course.start())), "scope");
        expectField(post(api(course, "/consents")).contentType(MediaType.APPLICATION_JSON)
                .content(consentJson(mother, "GIVEN", null, FamilyTestCourses.today().plusDays(1))), "givenOn");
        expectField(post(api(course, "/consents")).contentType(MediaType.APPLICATION_JSON)
                .content(consentJson(mother, "GIVEN", null, course.start().minusDays(1))), "givenOn");
        expectField(post(api(course, "/consents")).contentType(MediaType.APPLICATION_JSON)
                .content(consentJson(mother, null, null, course.start())), "status");
        assertThat(consentRows(course)).isZero();

        String given = call(post(api(course, "/consents")).contentType(MediaType.APPLICATION_JSON)
                        .content(consentJson(mother, "GIVEN", null, course.start().plusDays(2))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String givenId = JsonPath.read(given, "$.id");
        expectField(post(api(course, "/consents/" + givenId + "/withdrawal")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": 0, \"withdrawnOn\": \"%s\"}".formatted(course.start().plusDays(1))),
                "withdrawnOn")
                .andExpect(jsonPath("$.errors[0].message", containsString(
                        course.start().plusDays(2).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")))));
        expectField(post(api(course, "/consents")).contentType(MediaType.APPLICATION_JSON)
                .content(consentJson(mother, "NOT_GIVEN", null, course.start().plusDays(1))), "givenOn");
        assertThat(jdbc.sql("select withdrawn_on from member_consent where id = ?").param(UUID.fromString(givenId))
                .query(LocalDate.class).optional()).isEmpty();

        call(post(api(course, "/consents/" + givenId + "/withdrawal")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 7, \"withdrawnOn\": \"%s\"}".formatted(course.start().plusDays(3))))
                .andExpect(status().isConflict());
        call(post(api(course, "/consents")).contentType(MediaType.APPLICATION_JSON)
                        .content(consentJson(mother, "NOT_GIVEN", "ignored", course.start().plusDays(3))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.scope").doesNotExist());
        expectField(post(api(course, "/consents/" + givenId + "/withdrawal")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": 0, \"withdrawnOn\": \"%s\"}".formatted(course.start().plusDays(3))),
                "withdrawnOn");
        assertThat(consentRows(course)).isEqualTo(2);
    }

    @Test
    void contactRulesNameTheFieldAndStoreNothing() throws Exception {
        TestCourse course = course(mvc, kronstad, 4);
        UUID mother = member(mvc, course.id(), Relation.MOTHER, "Kari", false);
        UUID nav = member(mvc, course.id(), Relation.NAV, "NAV Årstad", false);
        TestCourse other = course(mvc, kronstad, 4);
        UUID elsewhere = member(mvc, other.id(), Relation.FATHER, "Knut", false);
        LocalDateTime yesterday = FamilyTestCourses.today().minusDays(1).atTime(12, 0);

        expectField(contact(course, contactJson(LocalDateTime.now(FamilyTestCourses.NORWAY).plusHours(2), "PHONE",
                "Ola", mother)), "dateTime");
        expectField(contact(course, contactJson(course.start().minusDays(1).atTime(12, 0), "PHONE", "Ola", mother)),
                "dateTime");
        expectField(contact(course, contactJson(yesterday, "PHONE", "Ola", nav)), "memberIds")
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Kontakt med pårørende gjelder bare det private nettverket."));
        expectField(contact(course, contactJson(yesterday, "PHONE", "Ola", elsewhere)), "memberIds");
        expectField(contact(course, contactJson(yesterday, "VIDEO", "Ola")), "memberIds");
        expectField(contact(course, contactJson(yesterday, "PHONE", " ", mother)), "staffName");
        expectField(contact(course, contactJson(yesterday, null, "Ola", mother)), "channel");
        expectField(contact(course, "{\"channel\": \"PHONE\", \"staffName\": \"Ola\", \"memberIds\": [\"%s\"]}"
                .formatted(mother)), "dateTime");
        assertThat(jdbc.sql("select count(*) from relative_contact where course_id = ?").param(course.id())
                .query(Long.class).single()).isZero();
        call(get(api(course, "/contacts"))).andExpect(jsonPath("$.first").doesNotExist());
    }

    @Test
    void noRelativesAndPrivateMembersExcludeEachOther() throws Exception {
        TestCourse course = course(mvc, kronstad, 2);
        call(put(api(course, "/network/no-network")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": null, \"noNetwork\": true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.noNetwork").value(true))
                .andExpect(jsonPath("$.version").value(0));
        expectField(post(api(course, "/network/members")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"relation\": \"SIBLING\", \"name\": \"Ida\"}"), "relation");
        member(mvc, course.id(), Relation.GP, "Dr. Lien", false);
        expectField(contact(course, contactJson(FamilyTestCourses.today().atTime(0, 0), "LETTER", "Ola")),
                "memberIds");
        assertThat(jdbc.sql("select count(*) from network_member where course_id = ? and relation = 'SIBLING'")
                .param(course.id()).query(Long.class).single()).isZero();

        call(put(api(course, "/network/no-network")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": null, \"noNetwork\": false}"))
                .andExpect(status().isConflict());
        call(put(api(course, "/network/no-network")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, \"noNetwork\": false}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        member(mvc, course.id(), Relation.SIBLING, "Ida", false);
        expectField(put(api(course, "/network/no-network")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": 1, \"noNetwork\": true}"), "noNetwork");
        call(get(api(course, "/network"))).andExpect(jsonPath("$.noNetwork").value(false));
    }

    @Test
    void minorChildrenAreAskedAboutAndChecked() throws Exception {
        TestCourse course = course(mvc, kronstad, 3);
        String asked = course.start().plusDays(1).toString();
        expectField(children(course, "null", asked, "2", "[4, 19]", "\"YES\""), "ages");
        expectField(children(course, "null", asked, "2", "[4]", "\"YES\""), "ages");
        expectField(children(course, "null", asked, "2", "[4, 9]", "null"), "needsAddressed");
        expectField(children(course, "null", null, "2", "[4, 9]", "\"YES\""), "askedOn");
        expectField(children(course, "null", asked, "null", "[]", "null"), "count");
        expectField(children(course, "null", FamilyTestCourses.today().plusDays(1).toString(), "0", "[]", "null"),
                "askedOn");
        assertThat(jdbc.sql("select count(*) from family_course where course_id = ?").param(course.id())
                .query(Long.class).single()).isZero();

        children(course, "null", asked, "2", "[4, 9]", "\"NOT_YET\"")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.children.count").value(2))
                .andExpect(jsonPath("$.children.ages[0]").value(4))
                .andExpect(jsonPath("$.children.ages[1]").value(9))
                .andExpect(jsonPath("$.children.needsAddressed").value("NOT_YET"));
        children(course, "0", asked, "2", "[9, 4]", "\"YES\"")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.children.ages[0]").value(9));
        children(course, "0", asked, "1", "[]", "\"YES\"").andExpect(status().isConflict());
        children(course, "1", null, "null", "[]", "null")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.children.askedOn").doesNotExist())
                .andExpect(jsonPath("$.children.ages", hasSize(0)));
    }

    @Test
    void anotherUnitsCourseIsNotFoundAndLeadersOnlyRead() throws Exception {
        TestCourse course = course(mvc, kronstad, 2);
        UUID mother = member(mvc, course.id(), Relation.MOTHER, "Kari", false);
        mvc.perform(get(api(course, "/network")).with(httpBasic("behandler2", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get(api(course, "/contacts")).with(httpBasic("behandler2", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(post(api(course, "/network/members")).with(httpBasic("behandler2", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"relation\": \"FRIEND\", \"name\": \"X\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post(api(course, "/consents")).with(httpBasic("behandler2", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(consentJson(mother, "GIVEN", null, course.start())))
                .andExpect(status().isNotFound());
        mvc.perform(get(api(course, "/network")).with(httpBasic("leder", PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(post(api(course, "/contacts")).with(httpBasic("leder", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(contactJson(course.start().atTime(0, 1), "PHONE", "Ola", mother)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from member_consent where course_id = ?").param(course.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void theFamilyApiIsDescribedWithOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/courses/{courseId}/network'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/courses/{courseId}/consents'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/courses/{courseId}/contacts'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/courses/{courseId}/network/children'].put").exists());
    }

    private long consentRows(TestCourse course) {
        return jdbc.sql("select count(*) from member_consent where course_id = ?").param(course.id())
                .query(Long.class).single();
    }

    private ResultActions contact(TestCourse course, String json) throws Exception {
        return call(post(api(course, "/contacts")).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions children(TestCourse course, String version, String askedOn, String count, String ages,
            String needs) throws Exception {
        return call(put(api(course, "/network/children")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": %s, \"askedOn\": %s, \"count\": %s, \"ages\": %s, \"needsAddressed\": %s}"
                        .formatted(version, askedOn == null ? "null" : "\"" + askedOn + "\"", count, ages, needs)));
    }

    private ResultActions expectField(AbstractMockHttpServletRequestBuilder<?> request, String field) throws Exception {
        return call(request).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
    }

    private ResultActions expectField(ResultActions actions, String field) throws Exception {
        return actions.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem(field)));
    }

    private ResultActions call(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(httpBasic("behandler", PASSWORD)));
    }

    private static String api(TestCourse course, String path) {
        return "/api/v1/courses/" + course.id() + path;
    }

    static String consentJson(UUID member, String status, String scope, LocalDate givenOn) {
        return "{\"memberId\": \"%s\", \"status\": %s, \"scope\": %s, \"givenOn\": \"%s\"}".formatted(member,
                status == null ? "null" : "\"" + status + "\"", scope == null ? "null" : "\"" + scope + "\"", givenOn);
    }

    static String contactJson(LocalDateTime at, String channel, String staff, UUID... members) {
        return "{\"dateTime\": \"%s\", \"channel\": %s, \"staffName\": \"%s\", \"memberIds\": [%s]}".formatted(at,
                channel == null ? "null" : "\"" + channel + "\"", staff,
                String.join(", ", java.util.Arrays.stream(members).map(m -> "\"" + m + "\"").toList()));
    }
}
