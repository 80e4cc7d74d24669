package no.sammen.shareddecision;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import no.sammen.registration.NorwegianDates;
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

/** The shared decision API: documenting, changing with history, bad input, access by unit, audit. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SharedDecisionApiIT {

    static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    record Course(UUID id, String patientKey, UUID unitId) {
    }

    static Course course(MockMvc mvc, JdbcClient jdbc, String unitName, LocalDate start) throws Exception {
        UUID unit = TestData.unitId(jdbc, unitName);
        String body = mvc.perform(post("/api/v1/courses").with(httpBasic("behandler", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"nationalId": "%s", "displayLabel": "S.V. 1990", "unitId": "%s", "startDate": "%s",
                                 "diagnosisCode": "F20.0", "legalStatus": "VOLUNTARY", "pathway": "ORDINARY"}"""
                                .formatted(TestData.nationalId(), unit, start)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return new Course(UUID.fromString(JsonPath.read(body, "$.course.id")), JsonPath.read(body, "$.course.patientKey"),
                unit);
    }

    static UUID member(JdbcClient jdbc, UUID courseId, String relation, String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into network_member (id, course_id, relation, name, contact, closest_relative, created_at, version)
                values (?, ?, ?, ?, null, false, ?, 0)""")
                .params(id, courseId, relation, name, java.sql.Timestamp.from(Instant.now())).update();
        return id;
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.with(httpBasic("behandler", PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    static String url(Course course) {
        return "/api/v1/courses/" + course.id() + "/shared-decisions";
    }

    static String decision(LocalDate on, String options, String participants, LocalDate revisitOn) {
        return """
                {"decidedOn": "%s", "question": "MEDICATION_OR_NOT", "optionIds": [%s],
                 "freeOptions": ["Vente og se"], "whatMatters": "Å klare jobben og å sove om natta",
                 "decisionAidUsed": true, "decisionAid": "HELSENORGE_PSYCHOSIS", "participantIds": [%s],
                 "decision": "Starter kognitiv terapi, venter med legemidler", "revisitOn": %s}"""
                .formatted(on, options, participants, revisitOn == null ? "null" : "\"" + revisitOn + "\"");
    }

    private long decisions(UUID courseId) {
        return jdbc.sql("select count(*) from shared_decision where course_id = ?").param(courseId)
                .query(Long.class).single();
    }

    @Test
    void documentsADecisionChangesItAndKeepsEveryVersionReadable() throws Exception {
        Course course = course(mvc, jdbc, "Kronstad sengepost", TODAY.minusDays(10));
        UUID mother = member(jdbc, course.id(), "MOTHER", "Kari");
        String created = mvc.perform(json(post(url(course)), decision(TODAY.minusDays(2),
                        "\"CBT_PSYCHOSIS\", \"ANTIPSYCHOTIC_MEDICATION\"", "\"" + mother + "\"", TODAY.plusDays(60))))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.containsString(url(course) + "/")))
                .andExpect(jsonPath("$.optionIds", contains("CBT_PSYCHOSIS", "ANTIPSYCHOTIC_MEDICATION")))
                .andExpect(jsonPath("$.freeOptions", contains("Vente og se")))
                .andExpect(jsonPath("$.participantIds", contains(mother.toString())))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");

        mvc.perform(json(put(url(course) + "/" + id), decision(TODAY.minusDays(2), "\"CBT_PSYCHOSIS\", \"IPS\"", "",
                        null).replace("{\"decidedOn\"", "{\"version\": 0, \"decidedOn\"")
                        .replace("\"decisionAidUsed\": true", "\"decisionAidUsed\": false")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.optionIds", contains("CBT_PSYCHOSIS", "IPS")))
                .andExpect(jsonPath("$.decisionAidUsed").value(false))
                .andExpect(jsonPath("$.decisionAid").doesNotExist())
                .andExpect(jsonPath("$.revisitOn").doesNotExist())
                .andExpect(jsonPath("$.version").value(1));

        mvc.perform(get(url(course) + "/" + id + "/history").with(httpBasic("koordinator", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].revision").value(2))
                .andExpect(jsonPath("$[0].decision.optionIds", contains("CBT_PSYCHOSIS", "IPS")))
                .andExpect(jsonPath("$[1].revision").value(1))
                .andExpect(jsonPath("$[1].recordedBy").isNotEmpty())
                .andExpect(jsonPath("$[1].decision.optionIds", contains("CBT_PSYCHOSIS", "ANTIPSYCHOTIC_MEDICATION")))
                .andExpect(jsonPath("$[1].decision.decisionAid").value("HELSENORGE_PSYCHOSIS"))
                .andExpect(jsonPath("$[1].decision.participantIds", contains(mother.toString())))
                .andExpect(jsonPath("$[1].decision.revisitOn").value(TODAY.plusDays(60).toString()));

        mvc.perform(get(url(course)).with(httpBasic("behandler", PASSWORD)))
                .andExpect(jsonPath("$", hasSize(1)));

        String day = NorwegianDates.format(TODAY.minusDays(2));
        mvc.perform(get(url(course) + "/" + id + "/phrase").with(httpBasic("behandler", PASSWORD)))
                .andExpect(jsonPath("$.standard").value("BOKMAAL"))
                .andExpect(jsonPath("$.text").value("Samvalg " + day + " om legemidler eller ikke. Alternativer som ble"
                        + " vurdert: Kognitiv atferdsterapi ved psykose; Individuell jobbstøtte (IPS); Vente og se."
                        + " Det som er viktigst for pasienten: «Å klare jobben og å sove om natta»."
                        + " Samvalgsverktøy ble ikke brukt. Beslutning: Starter kognitiv terapi, venter med legemidler."));
        mvc.perform(get(url(course) + "/" + id + "/phrase").param("standard", "NYNORSK")
                        .with(httpBasic("behandler", PASSWORD)))
                .andExpect(jsonPath("$.text", org.hamcrest.Matchers.startsWith("Samval " + day
                        + " om legemiddel eller ikkje. Alternativ som vart vurderte:")))
                .andExpect(jsonPath("$.text", org.hamcrest.Matchers.containsString("Samvalsverktøy vart ikkje brukt.")))
                .andExpect(jsonPath("$.text", org.hamcrest.Matchers.endsWith("Avgjerd: Starter kognitiv terapi, venter"
                        + " med legemidler.")));
    }

    @Test
    void badInputNamesEachFieldAndStoresNothing() throws Exception {
        Course course = course(mvc, jdbc, "Kronstad sengepost", TODAY.minusDays(10));
        Course other = course(mvc, jdbc, "Kronstad sengepost", TODAY.minusDays(10));
        UUID strangersMother = member(jdbc, other.id(), "MOTHER", "Elsewhere");

        mvc.perform(json(post(url(course)), decision(TODAY.plusDays(1), "\"CBT_PSYCHOSIS\", \"HOMEOPATHY\"",
                        "\"" + strangersMother + "\"", TODAY)).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("decidedOn", "optionIds",
                        "participantIds", "revisitOn")))
                .andExpect(jsonPath("$.errors[?(@.field == 'optionIds')].message",
                        contains("Unknown option of the guideline catalog: HOMEOPATHY.")));

        mvc.perform(json(post(url(course)), "{}").header("Accept-Language", "nb"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("decidedOn", "question", "optionIds",
                        "whatMatters", "decisionAidUsed", "decision")))
                .andExpect(jsonPath("$.errors[?(@.field == 'optionIds')].message", contains(
                        "Et samvalg er et valg mellom alternativer: oppgi minst 2 alternativer som ble vurdert.")));
        mvc.perform(json(post(url(course)), decision(TODAY, "\"IPS\"", "", null)
                        .replace("\"question\": \"MEDICATION_OR_NOT\"", "\"question\": \"ASTROLOGY\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("question"));
        mvc.perform(json(post(url(course)), decision(TODAY, "\"IPS\"", "", null)
                        .replace("\"decisionAid\": \"HELSENORGE_PSYCHOSIS\"", "\"decisionAid\": \"OTHER\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("decisionAidText"));
        mvc.perform(json(post(url(course)), decision(TODAY, "\"IPS\"", "", null)
                        .replace("Vente og se", "Ring " + TestData.nationalId())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("freeOptions"));

        assertThat(decisions(course.id())).isZero();
        assertThat(jdbc.sql("select count(*) from shared_decision_revision where course_id = ?").param(course.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() throws Exception {
        Course course = course(mvc, jdbc, "Kronstad sengepost", TODAY.minusDays(10));
        String created = mvc.perform(json(post(url(course)), decision(TODAY, "\"IPS\"", "", null)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        String change = decision(TODAY, "\"IPS\", \"CBT_PSYCHOSIS\"", "", null)
                .replace("{\"decidedOn\"", "{\"version\": 0, \"decidedOn\"");
        mvc.perform(json(put(url(course) + "/" + id), change)).andExpect(status().isOk());
        mvc.perform(json(put(url(course) + "/" + id), change.replace("\"IPS\", ", "")))
                .andExpect(status().isConflict());
        mvc.perform(json(put(url(course) + "/" + id), decision(TODAY, "\"IPS\"", "", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        assertThat(jdbc.sql("select count(*) from shared_decision_revision where decision_id = ?")
                .param(UUID.fromString(id)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aCourseOfAnotherUnitIsNotFoundAndLeadersOnlyRead() throws Exception {
        Course course = course(mvc, jdbc, "Kronstad sengepost", TODAY.minusDays(10));
        String created = mvc.perform(json(post(url(course)), decision(TODAY, "\"IPS\"", "", null)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        for (String path : List.of(url(course), url(course) + "/" + id, url(course) + "/" + id + "/history",
                url(course) + "/" + id + "/phrase")) {
            mvc.perform(get(path).with(httpBasic("behandler2", PASSWORD))).andExpect(status().isNotFound());
        }
        mvc.perform(post(url(course)).with(httpBasic("behandler2", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(decision(TODAY, "\"IPS\"", "", null))).andExpect(status().isNotFound());
        mvc.perform(put(url(course) + "/" + id).with(httpBasic("behandler2", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(decision(TODAY, "\"IPS\"", "", null)
                        .replace("{\"decidedOn\"", "{\"version\": 0, \"decidedOn\""))).andExpect(status().isNotFound());
        // a decision under another course of one's own unit is not found either
        Course mine = course(mvc, jdbc, "Kronstad sengepost", TODAY.minusDays(10));
        mvc.perform(get(url(mine) + "/" + id).with(httpBasic("behandler", PASSWORD))).andExpect(status().isNotFound());

        mvc.perform(get(url(course)).with(httpBasic("leder", PASSWORD))).andExpect(status().isOk());
        mvc.perform(post(url(course)).with(httpBasic("leder", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(decision(TODAY, "\"IPS\"", "", null))).andExpect(status().isForbidden());
        assertThat(decisions(course.id())).isEqualTo(1);
    }

    @Test
    void readsAndChangesAreAuditedWithUnitAndPatientButNoFreeText() throws Exception {
        Course course = course(mvc, jdbc, "Kronstad sengepost", TODAY.minusDays(10));
        String created = mvc.perform(json(post(url(course)), decision(TODAY, "\"IPS\"", "", null)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        mvc.perform(get(url(course) + "/" + id).with(httpBasic("koordinator", PASSWORD))).andExpect(status().isOk());
        mvc.perform(get(url(course)).with(httpBasic("behandler", PASSWORD))).andExpect(status().isOk());
        mvc.perform(json(put(url(course) + "/" + id), decision(TODAY, "\"IPS\", \"MUSIC_THERAPY\"", "", null)
                .replace("{\"decidedOn\"", "{\"version\": 0, \"decidedOn\""))).andExpect(status().isOk());
        mvc.perform(get(url(course) + "/" + id + "/history").with(httpBasic("behandler", PASSWORD)))
                .andExpect(status().isOk());

        List<Map<String, Object>> entries = jdbc.sql("""
                select actor, action, object_id, unit_id, details from audit_entry
                where object_type = 'shared_decision' and patient_key = ? order by seq""")
                .param(course.patientKey()).query().listOfRows();
        assertThat(entries).extracting(e -> e.get("action"))
                .containsExactly("CREATE", "READ", "LIST", "UPDATE", "READ");
        assertThat(entries).extracting(e -> e.get("actor"))
                .containsExactly("behandler", "koordinator", "behandler", "behandler", "behandler");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.get("unit_id").toString()).isEqualTo(course.unitId().toString());
            assertThat(e.get("details").toString()).contains(course.id().toString()).doesNotContain("sove")
                    .doesNotContain("Vente");
        });
        assertThat(entries.get(0).get("object_id")).isEqualTo(id);
    }

    @Test
    void aMemberWhoTookPartCannotBeRemovedFromTheNetworkMap() throws Exception {
        Course course = course(mvc, jdbc, "Kronstad sengepost", TODAY.minusDays(10));
        UUID father = member(jdbc, course.id(), "FATHER", "Per");
        mvc.perform(json(post(url(course)), decision(TODAY, "\"IPS\"", "\"" + father + "\"", null)))
                .andExpect(status().isCreated());
        String removal = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .delete("/api/v1/courses/" + course.id() + "/network/members/" + father)
                        .param("version", "0").with(httpBasic("behandler", PASSWORD)).header("Accept-Language", "en"))
                .andReturn().getResponse().getContentAsString();
        assertThat(removal).contains("took part in a shared decision");
    }

    @Test
    void theApiIsDescribedWithOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/courses/{courseId}/shared-decisions'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/courses/{courseId}/shared-decisions/{decisionId}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/courses/{courseId}/shared-decisions/{decisionId}/history'].get")
                        .exists());
    }

    @Test
    void aMoveOfTheCourseThatWouldLeaveADecisionOutsideItIsRefusedNamingIt() throws Exception {
        Course course = course(mvc, jdbc, "Kronstad sengepost", TODAY.minusDays(10));
        mvc.perform(json(post(url(course)), decision(TODAY.minusDays(8), "\"IPS\"", "", TODAY.plusDays(30))))
                .andExpect(status().isCreated());
        mvc.perform(json(put("/api/v1/courses/" + course.id()), """
                        {"version": 0, "unitId": "%s", "startDate": "%s", "diagnosisCode": "F20.0",
                         "legalStatus": "VOLUNTARY", "pathway": "ORDINARY"}""".formatted(course.unitId(),
                        TODAY.minusDays(5))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("startDate"))
                .andExpect(jsonPath("$.errors[0].message", org.hamcrest.Matchers.containsString("amvalg")));
        // The day to revisit is planned, not done: an end before it is no conflict.
        mvc.perform(json(post("/api/v1/courses/" + course.id() + "/end"), """
                        {"version": 0, "endDate": "%s", "endReason": "DISCHARGED"}""".formatted(TODAY.minusDays(1))))
                .andExpect(status().isOk());
    }
}
