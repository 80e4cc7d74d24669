package no.sammen.family;

import static no.sammen.family.FamilyTestCourses.course;
import static no.sammen.family.FamilyTestCourses.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.format.DateTimeFormatter;
import java.util.UUID;

import no.sammen.family.FamilyTestCourses.TestCourse;
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
class FamilyPagesIT {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

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
    void theNetworkMapListsMembersAndAddsOneThroughTheForm() throws Exception {
        TestCourse course = course(mvc, kronstad, 3);
        member(mvc, course.id(), Relation.GP, "Dr. Lien", false);
        String page = "/courses/" + course.id() + "/network";
        mvc.perform(post(page + "/members").with(user("behandler")).with(csrf())
                        .param("relation", "MOTHER").param("name", "Kari").param("contact", "900 11 222")
                        .param("closestRelative", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("notice", "family.member.added"));
        mvc.perform(get(page).with(user("behandler")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"private-members\""),
                        containsString("id=\"public-members\""), containsString("Kari"), containsString("900 11 222"),
                        containsString("nærmeste pårørende"), containsString("Dr. Lien"),
                        containsString("id=\"consent-info\""),
                        containsString("krever ikke samtykke"), containsString("id=\"member-form\""),
                        containsString("id=\"children-form\""), containsString("Ikke spurt ennå."),
                        containsString("Nettverkskart. Privat nettverk: Kari (mor, nærmeste pårørende)."))));
        mvc.perform(get(page).param("standard", "NYNORSK").with(user("behandler")))
                .andExpect(content().string(containsString("Privat nettverk: Kari (mor, nærmaste pårørande).")));
        assertThat(jdbc.sql("select count(*) from audit_entry where patient_key = ? and object_type = 'network_map'")
                .param(course.patientKey()).query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void badInputOnTheMapIsShownBesideTheFieldAndNothingIsStored() throws Exception {
        TestCourse course = course(mvc, kronstad, 3);
        String page = "/courses/" + course.id() + "/network";
        mvc.perform(post(page + "/members").with(user("behandler")).with(csrf())
                        .param("relation", "FRIEND").param("name", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"name-error\""),
                        containsString("Skriv inn navn eller beskrivelse."), containsString("aria-invalid=\"true\""))));
        mvc.perform(post(page + "/children").with(user("behandler")).with(csrf())
                        .param("askedOn", course.start().toString()).param("count", "2").param("ages", "4, ni")
                        .param("needsAddressed", "YES"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"ages-error\""),
                        containsString("hele tall skilt med komma"))));
        mvc.perform(post(page + "/children").with(user("behandler")).with(csrf())
                        .param("askedOn", course.start().toString()).param("count", "2").param("ages", "4, 9"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"needsAddressed-error\"")));
        assertThat(jdbc.sql("select count(*) from network_member where course_id = ?").param(course.id())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from family_course where course_id = ?").param(course.id())
                .query(Long.class).single()).isZero();

        mvc.perform(post(page + "/children").with(user("behandler")).with(csrf())
                        .param("askedOn", course.start().toString()).param("count", "2").param("ages", "4, 9")
                        .param("needsAddressed", "NOT_YET"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(page).with(user("behandler")))
                .andExpect(content().string(allOf(containsString("2 mindreårige barn"), containsString("Alder: 4, 9."),
                        containsString("Behov ivaretatt: Ikke ennå."))));

        mvc.perform(post(page + "/no-network").with(user("behandler")).with(csrf())
                        .param("noNetwork", "true").param("version", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Noen andre har endret dette i mellomtiden.")));
        mvc.perform(post(page + "/no-network").with(user("behandler")).with(csrf())
                        .param("noNetwork", "true").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/members").with(user("behandler")).with(csrf())
                        .param("relation", "FATHER").param("name", "Knut"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"relation-error\""),
                        containsString("Fjern markeringen før du legger til"))));
    }

    @Test
    void theMemberPageRegistersAndWithdrawsConsentAndKeepsTheHistory() throws Exception {
        TestCourse course = course(mvc, kronstad, 5);
        UUID mother = member(mvc, course.id(), Relation.MOTHER, "Kari", true);
        String page = "/courses/" + course.id() + "/network/members/" + mother;
        mvc.perform(post(page + "/consents").with(user("behandler")).with(csrf())
                        .param("status", "PARTIAL").param("scope", "").param("givenOn", course.start().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"scope-error\""),
                        containsString("Beskriv hva som kan deles"))));
        mvc.perform(post(page + "/consents").with(user("behandler")).with(csrf())
                        .param("status", "GIVEN").param("givenOn", course.start().plusDays(1).toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(page));
        UUID consent = jdbc.sql("select id from member_consent where member_id = ?").param(mother)
                .query(UUID.class).single();
        mvc.perform(post(page + "/consents/" + consent + "/withdrawal").with(user("behandler")).with(csrf())
                        .param("version", "0").param("withdrawnOn", course.start().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"withdrawnOn-error\""),
                        containsString("Tilbaketrekkingen kan ikke være før samtykket ble gitt"))));
        mvc.perform(post(page + "/consents/" + consent + "/withdrawal").with(user("behandler")).with(csrf())
                        .param("version", "0").param("withdrawnOn", course.start().plusDays(2).toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/consents").with(user("behandler")).with(csrf())
                        .param("status", "PARTIAL").param("scope", "bare om utskriving")
                        .param("givenOn", course.start().plusDays(3).toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(page).with(user("behandler")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"consent-history\""),
                        containsString("bare om utskriving"), containsString(DATE.format(course.start().plusDays(2))),
                        containsString("class=\"superseded\""), containsString("Generell informasjon til pårørende"),
                        containsString("Samtykke til informasjonsdeling med Kari (mor) delvis gitt "
                                + DATE.format(course.start().plusDays(3)) + ". Kan deles: bare om utskriving."),
                        containsString("id=\"withdrawal-form\""))));
        mvc.perform(post(page).with(user("behandler")).with(csrf())
                        .param("relation", "MOTHER").param("name", "Kari N.").param("version", "5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Noen andre har endret dette i mellomtiden.")));
        assertThat(jdbc.sql("select count(*) from member_consent where member_id = ?").param(mother)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aFirstContactIsRegisteredThroughTheFormAndShownOnTheCoursePage() throws Exception {
        TestCourse course = course(mvc, kronstad, 5);
        UUID mother = member(mvc, course.id(), Relation.MOTHER, "Kari", true);
        String page = "/courses/" + course.id() + "/contacts";
        mvc.perform(get("/courses/" + course.id()).with(user("behandler")))
                .andExpect(content().string(allOf(containsString("id=\"family-section\""),
                        containsString("Ikke registrert. Fristen var " + DATE.format(course.start().plusDays(3))))));
        mvc.perform(post(page).with(user("behandler")).with(csrf())
                        .param("date", FamilyTestCourses.today().plusDays(1).toString()).param("time", "14:30")
                        .param("channel", "PHONE").param("memberIds", mother.toString()).param("staffName", "NN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"dateTime-error\""),
                        containsString("Tidspunktet kan ikke være fram i tid."))));
        mvc.perform(post(page).with(user("behandler")).with(csrf())
                        .param("date", course.start().plusDays(1).toString()).param("time", "14:30")
                        .param("channel", "PHONE").param("staffName", "NN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"memberIds-error\"")));
        assertThat(jdbc.sql("select count(*) from relative_contact where course_id = ?").param(course.id())
                .query(Long.class).single()).isZero();

        mvc.perform(post(page).with(user("behandler")).with(csrf())
                        .param("date", course.start().plusDays(1).toString()).param("time", "14:30")
                        .param("channel", "PHONE").param("memberIds", mother.toString()).param("staffName", "NN"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "family.contact.registeredFirst"));
        String day = DATE.format(course.start().plusDays(1));
        mvc.perform(get(page).with(user("behandler")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"contact-list\""),
                        containsString("Første kontakt med pårørende (mor) " + day + " kl. 14.30 per telefon, ved NN."),
                        containsString("id=\"letter-NYNORSK\""), containsString("value=\"Ingrid Haugland\""))));
        mvc.perform(get(page).param("standard", "NYNORSK").with(user("behandler")))
                .andExpect(content().string(
                        containsString("Første kontakt med pårørande (mor) " + day + " kl. 14.30 per telefon, ved NN.")));
        mvc.perform(get("/courses/" + course.id()).with(user("behandler")))
                .andExpect(content().string(allOf(containsString("class=\"status-done\""),
                        containsString(day + " (dag 1), innen tre dager."), containsString("id=\"to-contacts\""))));
    }

    @Test
    void theLetterToRelativesIsPrintableInBokmaalAndNynorskWithTheUnitFilledIn() throws Exception {
        TestCourse course = course(mvc, kronstad, 1);
        String phone = jdbc.sql("select phone from org_unit where id = ?").param(kronstad).query(String.class).single();
        String letter = "/courses/" + course.id() + "/contacts/letter";
        mvc.perform(get(letter).param("standard", "NYNORSK").with(user("behandler")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Til deg som er pårørande"),
                        containsString("Ring Kronstad sengepost på telefon " + phone), containsString("teieplikt"),
                        containsString("lang=\"nn\""), containsString("id=\"print-letter\""),
                        containsString("/js/print.js"), not(containsString("site-header")),
                        not(containsString(course.patientKey())))));
        mvc.perform(get(letter).param("standard", "BOKMAAL").param("lang", "en").with(user("behandler")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Til deg som er pårørende"),
                        containsString("taushetsplikt"), containsString("PEF"), containsString("lang=\"nb\""),
                        containsString(">Print<"))));
    }

    @Test
    void anotherUnitsCourseIsNotFoundAndLeadersSeeNoForms() throws Exception {
        TestCourse course = course(mvc, kronstad, 2);
        UUID mother = member(mvc, course.id(), Relation.MOTHER, "Kari", false);
        for (String path : new String[] {"/network", "/network/members/" + mother, "/contacts", "/contacts/letter"}) {
            mvc.perform(get("/courses/" + course.id() + path).with(user("behandler2")))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post("/courses/" + course.id() + "/network/members").with(user("behandler2")).with(csrf())
                        .param("relation", "FRIEND").param("name", "X"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/courses/" + course.id() + "/network").with(user("leder")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Kari"), not(containsString("id=\"member-form\"")),
                        not(containsString("id=\"children-form\"")))));
        mvc.perform(post("/courses/" + course.id() + "/network/members").with(user("leder")).with(csrf())
                        .param("relation", "FRIEND").param("name", "X"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from network_member where course_id = ?").param(course.id())
                .query(Long.class).single()).isEqualTo(1);
    }
}
