package no.sammen.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ConversationPagesIT {

    static final DateTimeFormatter NORWEGIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    UUID course;
    UUID father;

    @BeforeEach
    void setUp() throws Exception {
        course = ConversationFixtures.course(mvc, jdbc, 7);
        father = ConversationFixtures.member(jdbc, course, "FATHER", "Ola Nordmann");
    }

    @Test
    void theGuideIsTheRegistrationForm() throws Exception {
        mvc.perform(get("/courses/" + course + "/conversations/new").param("kind", "RELATIVES").with(user("behandler")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Samtale med pårørende: S.A. 1980")))
                .andExpect(content().string(containsString("Hvordan er det for deg å være pårørende akkurat nå?")))
                .andExpect(content().string(containsString("value=\"RELATIVE_EXPERIENCE\"")))
                .andExpect(content().string(containsString("Ola Nordmann (far)")))
                .andExpect(content().string(containsString("value=\"" + LocalDate.now() + "\"")));
        LocalDate heldOn = LocalDate.now().minusDays(1);
        mvc.perform(post("/courses/" + course + "/conversations").with(user("behandler")).with(csrf())
                        .param("kind", "RELATIVES").param("version", "0").param("heldOn", heldOn.toString())
                        .param("participantIds", father.toString()).param("staff", "Behandler B.")
                        .param("topics", "RELATIVE_EXPERIENCE", "WARNING_SIGNS")
                        .param("note", "").param("followUpOn", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/courses/" + course + "/conversations#conversation-*"))
                .andExpect(flash().attribute("notice", "conversation.registered"));
        assertThat(jdbc.sql("""
                select t.topic from basic_conversation c join basic_conversation_topic t on t.basic_conversation_id = c.id
                where c.course_id = ?""").param(course).query(String.class).list())
                .containsExactlyInAnyOrder("RELATIVE_EXPERIENCE", "WARNING_SIGNS");

        String phrase = "Basissamtale med pårørende (far) " + heldOn.format(NORWEGIAN)
                + ". Tema: pårørendes opplevelse, varseltegn.";
        mvc.perform(get("/courses/" + course + "/conversations").with(user("behandler")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(phrase)))
                .andExpect(content().string(containsString("data-copy-target=\"phrase-")))
                .andExpect(content().string(containsString("Ola Nordmann (far)")));
        mvc.perform(get("/courses/" + course + "/conversations").param("standard", "NYNORSK").with(user("behandler")))
                .andExpect(content().string(containsString("Basissamtale med pårørande (far) "
                        + heldOn.format(NORWEGIAN) + ". Tema: opplevinga til pårørande, varselteikn.")));
        // nynorsk user interface: nynorsk phrases unless bokmål is chosen
        mvc.perform(get("/courses/" + course + "/conversations").param("lang", "nn").with(user("behandler")))
                .andExpect(content().string(containsString("Basissamtale med pårørande (far)")));
    }

    @Test
    void badInputIsShownBesideTheFieldAndNothingIsStored() throws Exception {
        mvc.perform(post("/courses/" + course + "/conversations").with(user("behandler")).with(csrf())
                        .param("kind", "BOTH").param("version", "0")
                        .param("heldOn", LocalDate.now().plusDays(3).toString())
                        .param("staff", "Behandler B.").param("note", "Fødselsnummer 15038712486"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"heldOn-error\"")))
                .andExpect(content().string(containsString("Datoen kan ikke være fram i tid.")))
                .andExpect(content().string(containsString("id=\"participantIds-error\"")))
                .andExpect(content().string(containsString("id=\"topics-error\"")))
                .andExpect(content().string(containsString("id=\"note-error\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                // the guide is still there, for the same kind
                .andExpect(content().string(containsString("Felles varseltegn")));
        assertThat(ConversationFixtures.conversationsOf(jdbc, course)).isZero();
    }

    @Test
    void theCoursePageShowsWhatIsHeldAndWhatIsNot() throws Exception {
        mvc.perform(get("/courses/" + course).with(user("behandler")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"conversations-section\"")))
                .andExpect(content().string(containsString("Ikke gjennomført ennå")))
                .andExpect(content().string(containsString("/courses/" + course + "/conversations/new?kind=PATIENT")))
                .andExpect(content().string(containsString("Ikke laget ennå")));
        LocalDate heldOn = LocalDate.now().minusDays(2);
        mvc.perform(post("/courses/" + course + "/conversations").with(user("behandler")).with(csrf())
                        .param("kind", "PATIENT").param("version", "0").param("heldOn", heldOn.toString())
                        .param("staff", "Behandler B.").param("topics", "CONFIDENTIALITY"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/courses/" + course).with(user("behandler")))
                .andExpect(content().string(containsString("Gjennomført " + heldOn.format(NORWEGIAN))));
        // a leader sees the state but gets no links to register
        mvc.perform(get("/courses/" + course).with(user("leder")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gjennomført " + heldOn.format(NORWEGIAN))))
                .andExpect(content().string(not(containsString("/conversations/new?kind="))));
    }

    @Test
    void aConcurrentEditOfAConversationIsRefusedWithAClearMessage() throws Exception {
        mvc.perform(post("/courses/" + course + "/conversations").with(user("behandler")).with(csrf())
                        .param("kind", "PATIENT").param("heldOn", LocalDate.now().toString())
                        .param("staff", "Behandler B.").param("topics", "CHILDREN"))
                .andExpect(status().is3xxRedirection());
        UUID id = jdbc.sql("select id from basic_conversation where course_id = ?").param(course)
                .query(UUID.class).single();
        mvc.perform(get("/courses/" + course + "/conversations/" + id + "/edit").with(user("koordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("checked=\"checked\"")));
        List<String> edit = List.of("kind", "PATIENT", "heldOn", LocalDate.now().toString(), "staff", "Koordinator K.",
                "topics", "CHILDREN");
        mvc.perform(post("/courses/" + course + "/conversations/" + id + "/edit").with(user("koordinator")).with(csrf())
                        .param(edit.get(0), edit.get(1)).param(edit.get(2), edit.get(3)).param(edit.get(4), edit.get(5))
                        .param(edit.get(6), edit.get(7)).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/courses/" + course + "/conversations/" + id + "/edit").with(user("behandler")).with(csrf())
                        .param("kind", "PATIENT").param("heldOn", LocalDate.now().toString())
                        .param("staff", "Behandler B.").param("topics", "FOLLOW_UP").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Noen andre har endret dette i mellomtiden")));
        assertThat(jdbc.sql("select staff from basic_conversation where id = ?").param(id).query(String.class).single())
                .isEqualTo("Koordinator K.");
    }

    @Test
    void theCrisisPlanIsMadeOnAFormAndShownOnAPrintablePage() throws Exception {
        mvc.perform(get("/courses/" + course + "/crisis-plan").with(user("behandler")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"no-plan\"")));
        mvc.perform(get("/courses/" + course + "/crisis-plan/edit").with(user("behandler")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("116 117")))
                .andExpect(content().string(containsString("Ola Nordmann (far)")));
        LocalDate madeOn = LocalDate.now().minusDays(1);
        mvc.perform(post("/courses/" + course + "/crisis-plan/edit").with(user("behandler")).with(csrf())
                        .param("warningSigns", "Sover lite\nTrekker seg unna")
                        .param("patientActions", "Går en tur, ringer posten")
                        .param("relativeActions", "Ringer posten ved bekymring")
                        .param("otherContacts", "Fastlege 55 00 00 00")
                        .param("madeWithMemberIds", father.toString())
                        .param("madeOn", madeOn.toString()).param("reviseOn", madeOn.plusMonths(3).toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/courses/" + course + "/crisis-plan"));
        mvc.perform(get("/courses/" + course + "/crisis-plan").with(user("behandler")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"print-plan\"")))
                .andExpect(content().string(containsString("/js/print.js")))
                .andExpect(content().string(containsString("Sover lite")))
                .andExpect(content().string(containsString("Kronstad sengepost")))
                .andExpect(content().string(containsString("116 117")))
                .andExpect(content().string(containsString("113")))
                .andExpect(content().string(containsString("Kriseplan utarbeidet " + madeOn.format(NORWEGIAN)
                        + " i samarbeid med far.")));
        mvc.perform(get("/courses/" + course).with(user("behandler")))
                .andExpect(content().string(containsString("Laget " + madeOn.format(NORWEGIAN))));

        // a stale form: the plan was saved by someone else since it was opened
        mvc.perform(post("/courses/" + course + "/crisis-plan/edit").with(user("koordinator")).with(csrf())
                        .param("warningSigns", "Noe annet").param("madeOn", madeOn.toString())
                        .param("reviseOn", madeOn.plusMonths(1).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Noen andre har endret dette i mellomtiden")));
        // a revision date before the plan was made is named beside its field
        mvc.perform(post("/courses/" + course + "/crisis-plan/edit").with(user("behandler")).with(csrf())
                        .param("warningSigns", "Noe annet").param("madeOn", madeOn.toString())
                        .param("reviseOn", madeOn.minusDays(1).toString()).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"reviseOn-error\"")));
        assertThat(jdbc.sql("select warning_signs from crisis_plan where course_id = ?").param(course)
                .query(String.class).single()).startsWith("Sover lite");
    }

    @Test
    void anotherUnitsCourseIsNotFoundAndALeaderCannotOpenTheForms() throws Exception {
        for (String path : List.of("/conversations", "/conversations/new?kind=PATIENT", "/crisis-plan",
                "/crisis-plan/edit")) {
            mvc.perform(get("/courses/" + course + path).with(user("behandler2")))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(containsString("id=\"not-found\"")));
        }
        mvc.perform(post("/courses/" + course + "/conversations").with(user("behandler2")).with(csrf())
                        .param("kind", "PATIENT").param("heldOn", LocalDate.now().toString())
                        .param("staff", "X").param("topics", "CHILDREN"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/courses/" + course + "/conversations/new").param("kind", "PATIENT").with(user("leder")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/courses/" + course + "/conversations").with(user("leder")))
                .andExpect(status().isOk());
        UUID voss = TestData.newCourse(mvc, jdbc, "behandler2", "Voss poliklinikk");
        mvc.perform(get("/courses/" + voss + "/conversations").with(user("behandler2")))
                .andExpect(status().isOk());
        assertThat(ConversationFixtures.conversationsOf(jdbc, course)).isZero();
    }

    @Test
    void thePagesAreAudited() throws Exception {
        mvc.perform(get("/courses/" + course + "/conversations").with(user("leder"))).andExpect(status().isOk());
        mvc.perform(get("/courses/" + course + "/crisis-plan").with(user("leder"))).andExpect(status().isOk());
        mvc.perform(get("/courses/" + course + "/conversations/new").param("kind", "BOTH").with(user("behandler")))
                .andExpect(status().isOk());
        String patientKey = jdbc.sql("""
                select p.pseudonym from treatment_course c join patient p on p.id = c.patient_id where c.id = ?""")
                .param(course).query(String.class).single();
        assertThat(jdbc.sql("""
                select concat(actor, ' ', action, ' ', object_type) from audit_entry where patient_key = ? order by seq""")
                .param(patientKey).query(String.class).list())
                .containsSubsequence("leder LIST basic_conversation", "leder READ crisis_plan",
                        "behandler LIST network_member");
    }
}
