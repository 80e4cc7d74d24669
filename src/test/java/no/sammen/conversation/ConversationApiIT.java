package no.sammen.conversation;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

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

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ConversationApiIT {

    static final DateTimeFormatter NORWEGIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    UUID course;
    UUID mother;
    UUID gp;

    @BeforeEach
    void setUp() throws Exception {
        course = ConversationFixtures.course(mvc, jdbc, 10);
        mother = ConversationFixtures.member(jdbc, course, "MOTHER", "Kari Nordmann");
        gp = ConversationFixtures.member(jdbc, course, "GP", "Legekontoret");
    }

    String conversationJson(String kind, LocalDate heldOn, List<UUID> participants, String note, LocalDate followUp,
            Long version) {
        return """
                {"kind": "%s", "heldOn": "%s", "participantIds": [%s], "staff": "Behandler B.",
                 "topics": ["CONFIDENTIALITY", "RELATIVE_EXPERIENCE", "WARNING_SIGNS"], "note": %s,
                 "followUpOn": %s, "version": %s}""".formatted(kind, heldOn,
                String.join(",", participants.stream().map(id -> "\"" + id + "\"").toList()),
                note == null ? "null" : "\"" + note + "\"", followUp == null ? "null" : "\"" + followUp + "\"",
                version);
    }

    @Test
    void registersListsChangesAndWritesTheJournalPhrase() throws Exception {
        LocalDate heldOn = LocalDate.now().minusDays(2);
        LocalDate followUp = LocalDate.now().plusDays(12);
        String body = mvc.perform(post("/api/v1/courses/" + course + "/conversations")
                        .with(httpBasic("behandler", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(conversationJson("RELATIVES", heldOn, List.of(mother), "Kort samtale.", followUp,
                                null)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.containsString("/conversations/")))
                .andExpect(jsonPath("$.kind").value("RELATIVES"))
                .andExpect(jsonPath("$.heldOn").value(heldOn.toString()))
                .andExpect(jsonPath("$.participants[0].relation").value("MOTHER"))
                .andExpect(jsonPath("$.participants[0].name").value("Kari Nordmann"))
                .andExpect(jsonPath("$.topics", hasSize(3)))
                .andExpect(jsonPath("$.followUpOn").value(followUp.toString()))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");

        mvc.perform(get("/api/v1/courses/" + course + "/conversations").with(httpBasic("koordinator", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(id)));

        mvc.perform(get("/api/v1/courses/" + course + "/conversations/" + id + "/phrase")
                        .with(httpBasic("behandler", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.standard").value("BOKMAAL"))
                .andExpect(jsonPath("$.text").value("Basissamtale med pårørende (mor) " + heldOn.format(NORWEGIAN)
                        + ". Tema: taushetsplikt og informasjonsdeling, pårørendes opplevelse, varseltegn. "
                        + "Avtalt oppfølging " + followUp.format(NORWEGIAN) + "."));
        mvc.perform(get("/api/v1/courses/" + course + "/conversations/" + id + "/phrase")
                        .param("standard", "NYNORSK").with(httpBasic("behandler", PASSWORD)))
                .andExpect(jsonPath("$.text").value(org.hamcrest.Matchers.startsWith(
                        "Basissamtale med pårørande (mor) " + heldOn.format(NORWEGIAN) + ". Tema: teieplikt")));
        mvc.perform(get("/api/v1/courses/" + course + "/conversations/" + id + "/phrase")
                        .header("Accept-Language", "nn").with(httpBasic("behandler", PASSWORD)))
                .andExpect(jsonPath("$.standard").value("NYNORSK"));

        // the same conversation with both patient and relatives, and the GP too
        mvc.perform(put("/api/v1/courses/" + course + "/conversations/" + id).with(httpBasic("behandler", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(conversationJson("BOTH", heldOn, List.of(mother, gp), null, null, 0L)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("BOTH"))
                .andExpect(jsonPath("$.participants[*].relation", containsInAnyOrder("MOTHER", "GP")))
                .andExpect(jsonPath("$.version").value(1));
        // someone who read version 0 cannot overwrite it
        mvc.perform(put("/api/v1/courses/" + course + "/conversations/" + id).with(httpBasic("koordinator", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(conversationJson("PATIENT", heldOn, List.of(), null, null, 0L)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value(409));
        assertThat(jdbc.sql("select kind from basic_conversation where id = ?").param(UUID.fromString(id))
                .query(String.class).single()).isEqualTo("BOTH");
        mvc.perform(put("/api/v1/courses/" + course + "/conversations/" + id).with(httpBasic("behandler", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(conversationJson("BOTH", heldOn, List.of(mother), null, null, null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void badInputNamesTheFieldAndStoresNothing() throws Exception {
        UUID otherCourse = ConversationFixtures.course(mvc, jdbc, 5);
        UUID strangersMother = ConversationFixtures.member(jdbc, otherCourse, "MOTHER", "Someone Else");
        mvc.perform(post("/api/v1/courses/" + course + "/conversations").with(httpBasic("behandler", PASSWORD))
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content(conversationJson("RELATIVES", LocalDate.now().plusDays(2), List.of(strangersMother),
                                "fnr 15038712486", null, null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("heldOn", "participantIds", "note")))
                .andExpect(jsonPath("$.errors[?(@.field == 'heldOn')].message",
                        hasItem("The date cannot be in the future.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'note')].message", hasItem(
                        "The text cannot contain a national identity number or other 11-digit numbers.")));
        mvc.perform(post("/api/v1/courses/" + course + "/conversations").with(httpBasic("behandler", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(conversationJson("BOTH", LocalDate.now().minusDays(11), List.of(gp), null,
                                LocalDate.now().minusDays(12), null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("heldOn", "participantIds", "followUpOn")))
                .andExpect(jsonPath("$.errors[?(@.field == 'heldOn')].message",
                        hasItem("Datoen må ligge i forløpet, mellom " + LocalDate.now().minusDays(10).format(NORWEGIAN)
                                + " og " + LocalDate.now().format(NORWEGIAN) + ".")))
                .andExpect(jsonPath("$.errors[?(@.field == 'participantIds')].message",
                        hasItem("Velg minst én deltaker fra det private nettverket (familie, venner).")));
        mvc.perform(post("/api/v1/courses/" + course + "/conversations").with(httpBasic("behandler", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"SOMETIMES\", \"heldOn\": \"%s\"}".formatted(LocalDate.now())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        assertThat(ConversationFixtures.conversationsOf(jdbc, course)).isZero();
    }

    @Test
    void aConversationWithThePatientAloneNeedsNoParticipants() throws Exception {
        mvc.perform(post("/api/v1/courses/" + course + "/conversations").with(httpBasic("behandler", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(conversationJson("PATIENT", LocalDate.now(), List.of(), null, null, null)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.participants", hasSize(0)));
    }

    @Test
    void makesChangesAndPrintsTheCrisisPlan() throws Exception {
        mvc.perform(get("/api/v1/courses/" + course + "/crisis-plan").with(httpBasic("behandler", PASSWORD)))
                .andExpect(status().isNotFound());
        LocalDate madeOn = LocalDate.now().minusDays(1);
        String plan = """
                {"warningSigns": "Sover lite, trekker seg unna", "patientActions": "Ringer posten",
                 "relativeActions": "Tar kontakt med posten", "otherContacts": "Fastlege 55 00 00 00",
                 "madeWithMemberIds": ["%s"], "madeWithOther": null, "madeOn": "%s", "reviseOn": "%s", "version": %s}""";
        mvc.perform(put("/api/v1/courses/" + course + "/crisis-plan").with(httpBasic("behandler", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(plan.formatted(mother, madeOn, madeOn.plusMonths(3), "null")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.hasWarningSigns").value(true))
                .andExpect(jsonPath("$.madeWith[0].relation").value("MOTHER"))
                .andExpect(jsonPath("$.whomToCall[*].kind",
                        containsInAnyOrder("UNIT", "PRIMARY_CARE_EMERGENCY", "EMERGENCY")))
                .andExpect(jsonPath("$.whomToCall[?(@.kind == 'UNIT')].name", hasItem("Kronstad sengepost")))
                .andExpect(jsonPath("$.whomToCall[*].number", org.hamcrest.Matchers.hasItems("116 117", "113")))
                .andExpect(jsonPath("$.version").value(0));
        // a second "first" plan is someone else's plan made in the meantime
        mvc.perform(put("/api/v1/courses/" + course + "/crisis-plan").with(httpBasic("koordinator", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(plan.formatted(mother, madeOn, madeOn.plusMonths(3), "null")))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/courses/" + course + "/crisis-plan").with(httpBasic("behandler", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(plan.formatted(mother, madeOn, madeOn, "0")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reviseOn"));
        mvc.perform(put("/api/v1/courses/" + course + "/crisis-plan").with(httpBasic("behandler", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(plan.formatted(mother, madeOn, madeOn.plusMonths(6), "0")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reviseOn").value(madeOn.plusMonths(6).toString()))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(get("/api/v1/courses/" + course + "/crisis-plan/phrase").param("standard", "NYNORSK")
                        .with(httpBasic("leder", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value(org.hamcrest.Matchers.startsWith(
                        "Kriseplan utarbeidd " + madeOn.format(NORWEGIAN) + " i samarbeid med mor.")));
        assertThat(jdbc.sql("select count(*) from crisis_plan where course_id = ?").param(course)
                .query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void aCrisisPlanWithAStrangerOrAFutureDateIsRefused() throws Exception {
        mvc.perform(put("/api/v1/courses/" + course + "/crisis-plan").with(httpBasic("behandler", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"warningSigns": "Uro", "madeWithMemberIds": ["%s"], "madeOn": "%s", "reviseOn": "%s"}"""
                                .formatted(UUID.randomUUID(), LocalDate.now().plusDays(3), LocalDate.now().plusDays(90))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("madeWithMemberIds", "madeOn")));
        assertThat(jdbc.sql("select count(*) from crisis_plan where course_id = ?").param(course)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anotherUnitsCourseIsNotFoundAndALeaderOnlyReads() throws Exception {
        String json = conversationJson("PATIENT", LocalDate.now(), List.of(), null, null, null);
        mvc.perform(get("/api/v1/courses/" + course + "/conversations").with(httpBasic("behandler2", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/courses/" + course + "/conversations").with(httpBasic("behandler2", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/courses/" + course + "/crisis-plan").with(httpBasic("behandler2", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/courses/" + course + "/crisis-plan").with(httpBasic("behandler2", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"warningSigns\": \"x\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/courses/" + course + "/conversations").with(httpBasic("leder", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/courses/" + course + "/conversations").with(httpBasic("leder", PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/courses/" + course + "/conversations").with(httpBasic("analytiker", PASSWORD)))
                .andExpect(status().isNotFound());
        assertThat(ConversationFixtures.conversationsOf(jdbc, course)).isZero();
    }

    @Test
    void readsAndChangesAreAuditedWithUnitAndPatient() throws Exception {
        String body = mvc.perform(post("/api/v1/courses/" + course + "/conversations")
                        .with(httpBasic("behandler", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(conversationJson("RELATIVES", LocalDate.now(), List.of(mother), null, null, null)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        mvc.perform(get("/api/v1/courses/" + course + "/conversations/" + id).with(httpBasic("koordinator", PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/courses/" + course + "/conversations").with(httpBasic("leder", PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/courses/" + course + "/crisis-plan").with(httpBasic("behandler", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"warningSigns\": \"Uro\", \"madeOn\": \"%s\", \"reviseOn\": \"%s\"}"
                                .formatted(LocalDate.now(), LocalDate.now().plusDays(60))))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/courses/" + course + "/crisis-plan").with(httpBasic("koordinator", PASSWORD)))
                .andExpect(status().isOk());

        Map<String, Object> courseRow = jdbc.sql("""
                select c.unit_id, p.pseudonym from treatment_course c join patient p on p.id = c.patient_id
                where c.id = ?""").param(course).query().singleRow();
        List<Map<String, Object>> entries = jdbc.sql("""
                select actor, action, object_type, object_id, unit_id, patient_key from audit_entry
                where patient_key = ? and object_type in ('basic_conversation', 'crisis_plan') order by seq""")
                .param(courseRow.get("pseudonym")).query().listOfRows();
        assertThat(entries).extracting(e -> e.get("actor") + " " + e.get("action") + " " + e.get("object_type"))
                .containsSubsequence("behandler CREATE basic_conversation", "koordinator READ basic_conversation",
                        "leder LIST basic_conversation", "behandler CREATE crisis_plan", "koordinator READ crisis_plan");
        assertThat(entries).allSatisfy(e -> assertThat(e.get("unit_id").toString())
                .isEqualTo(courseRow.get("unit_id").toString()));
        assertThat(entries).filteredOn(e -> "READ".equals(e.get("action")) && "basic_conversation".equals(e.get("object_type")))
                .extracting(e -> e.get("object_id")).containsExactly(id);
    }

    @Test
    void theGuideIsAvailableInTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/conversation-guides/RELATIVES").header("Accept-Language", "nn")
                        .with(httpBasic("behandler", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Samtale med pårørande"))
                .andExpect(jsonPath("$.sections", hasSize(7)))
                .andExpect(jsonPath("$.sections[0].topic").value("RELATIVE_EXPERIENCE"))
                .andExpect(jsonPath("$.sections[0].heading").value("Korleis er det for deg?"))
                .andExpect(jsonPath("$.sections[0].questions", hasSize(3)));
        mvc.perform(get("/api/v1/conversation-guides/PATIENT").header("Accept-Language", "en")
                        .with(httpBasic("behandler", PASSWORD)))
                .andExpect(jsonPath("$.sections[0].heading").value("Whom we may talk to, and what we may share"));
    }

    @Test
    void theApiIsDescribedWithOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/courses/{courseId}/conversations'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/courses/{courseId}/conversations/{conversationId}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/courses/{courseId}/crisis-plan'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/conversation-guides/{kind}'].get").exists());
    }

    @Test
    void aCourseOfVossIsNotFoundForBehandler() throws Exception {
        UUID voss = TestData.newCourse(mvc, jdbc, "behandler2", "Voss poliklinikk");
        mvc.perform(get("/api/v1/courses/" + voss + "/conversations").with(httpBasic("behandler", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/courses/" + voss + "/conversations").with(httpBasic("behandler2", PASSWORD)))
                .andExpect(status().isOk());
    }
}
