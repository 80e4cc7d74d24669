package no.sammen.shareddecision;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import no.sammen.registration.NorwegianDates;
import no.sammen.shareddecision.SharedDecisionApiIT.Course;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The shared decision pages: the form, its errors beside the fields, the list, the course page, the history. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SharedDecisionPagesIT {

    static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    static String page(Course course) {
        return "/courses/" + course.id() + "/shared-decisions";
    }

    private long decisions(UUID course) {
        return jdbc.sql("select count(*) from shared_decision where course_id = ?").param(course)
                .query(Long.class).single();
    }

    @Test
    void theFormOffersTheCatalogTheNetworkAndTheDecisionAidLink() throws Exception {
        Course course = SharedDecisionApiIT.course(mvc, jdbc, "Kronstad sengepost", TODAY.minusDays(10));
        SharedDecisionApiIT.member(jdbc, course.id(), "MOTHER", "Kari Nordmann");
        mvc.perform(get(page(course)).with(user("behandler")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"no-decisions\"")))
                .andExpect(content().string(containsString("Kognitiv atferdsterapi ved psykose (1a, A)")))
                .andExpect(content().string(containsString("value=\"ANTIPSYCHOTIC_MEDICATION\"")))
                .andExpect(content().string(containsString("Mor: Kari Nordmann")))
                .andExpect(content().string(containsString("name=\"whatMatters\"")))
                .andExpect(content().string(containsString("name=\"revisitOn\"")))
                .andExpect(content().string(containsString(DecisionAid.HELSENORGE_PSYCHOSIS_LINK)));
    }

    @Test
    void errorsStandBesideTheirFieldsAndNothingIsStored() throws Exception {
        Course course = SharedDecisionApiIT.course(mvc, jdbc, "Kronstad sengepost", TODAY.minusDays(10));
        mvc.perform(post(page(course)).with(user("behandler")).with(csrf())
                        .param("version", "0").param("decidedOn", TODAY.toString()).param("question", "TREATMENT")
                        .param("optionIds", "IPS").param("freeOptions", "").param("whatMatters", "")
                        .param("decisionAidUsed", "true").param("decision", "IPS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"optionIds-error\"")))
                .andExpect(content().string(containsString("id=\"whatMatters-error\"")))
                .andExpect(content().string(containsString("id=\"decisionAid-error\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        assertThat(decisions(course.id())).isZero();
    }

    @Test
    void aDecisionIsDocumentedShownOnTheCoursePageChangedAndItsHistoryKept() throws Exception {
        Course course = SharedDecisionApiIT.course(mvc, jdbc, "Kronstad sengepost", TODAY.minusDays(10));
        UUID mother = SharedDecisionApiIT.member(jdbc, course.id(), "MOTHER", "Kari");
        LocalDate revisit = TODAY.plusDays(30);
        mvc.perform(post(page(course)).with(user("behandler")).with(csrf())
                        .param("version", "0").param("decidedOn", TODAY.minusDays(1).toString())
                        .param("question", "TAPERING").param("optionIds", "ANTIPSYCHOTIC_MEDICATION")
                        .param("freeOptions", "Halv dose i tre måneder\r\nFortsette som nå")
                        .param("whatMatters", "Å føle seg mer som seg selv").param("decisionAidUsed", "true")
                        .param("decisionAid", "HELSENORGE_PSYCHOSIS").param("participantIds", mother.toString())
                        .param("decision", "Trapper ned til halv dose").param("revisitOn", revisit.toString())
                        // leftovers of a form shown without scripts are ignored
                        .param("questionText", "ignored").param("decisionAidText", "ignored"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(page(course)))
                .andExpect(flash().attribute("notice", "shareddecision.registered"));
        UUID id = jdbc.sql("select id from shared_decision where course_id = ?").param(course.id()).query(UUID.class)
                .single();

        mvc.perform(get("/courses/" + course.id()).with(user("behandler")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"shared-decisions\"")))
                .andExpect(content().string(containsString("Nedtrapping av legemidler")))
                .andExpect(content().string(containsString("Trapper ned til halv dose")))
                .andExpect(content().string(containsString("ny vurdering " + NorwegianDates.format(revisit))));
        mvc.perform(get(page(course)).param("standard", "NYNORSK").with(user("behandler")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Halv dose i tre måneder")))
                .andExpect(content().string(containsString("Mor: Kari")))
                .andExpect(content().string(containsString("Samval " + NorwegianDates.format(TODAY.minusDays(1))
                        + " om nedtrapping av legemiddel.")))
                .andExpect(content().string(not(containsString("ignored"))));

        mvc.perform(get(page(course) + "/" + id + "/edit").with(user("behandler")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fortsette som n")));
        mvc.perform(post(page(course) + "/" + id + "/edit").with(user("behandler")).with(csrf())
                        .param("version", "0").param("decidedOn", TODAY.minusDays(1).toString())
                        .param("question", "TAPERING").param("optionIds", "ANTIPSYCHOTIC_MEDICATION")
                        .param("freeOptions", "Fortsette som nå").param("whatMatters", "Å føle seg mer som seg selv")
                        .param("decisionAidUsed", "false").param("decision", "Fortsetter som nå"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "shareddecision.saved"));

        mvc.perform(get(page(course) + "/" + id + "/history").with(user("behandler")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"revision-2\"")))
                .andExpect(content().string(containsString("id=\"revision-1\"")))
                .andExpect(content().string(containsString("Trapper ned til halv dose")))
                .andExpect(content().string(containsString("Fortsetter som nå")));
        // A stale form is a concurrent edit and changes nothing.
        mvc.perform(post(page(course) + "/" + id + "/edit").with(user("behandler")).with(csrf())
                        .param("version", "0").param("decidedOn", TODAY.minusDays(1).toString())
                        .param("question", "TAPERING").param("optionIds", "ANTIPSYCHOTIC_MEDICATION", "IPS")
                        .param("whatMatters", "x").param("decisionAidUsed", "false").param("decision", "Stale"));
        assertThat(jdbc.sql("select decision from shared_decision where id = ?").param(id).query(String.class).single())
                .isEqualTo("Fortsetter som nå");
    }

    @Test
    void anotherUnitsCourseIsNotFound() throws Exception {
        Course course = SharedDecisionApiIT.course(mvc, jdbc, "Kronstad sengepost", TODAY.minusDays(10));
        mvc.perform(get(page(course)).with(user("behandler2"))).andExpect(status().isNotFound());
        mvc.perform(post(page(course)).with(user("behandler2")).with(csrf()).param("question", "TREATMENT"))
                .andExpect(status().isNotFound());
        assertThat(decisions(course.id())).isZero();
    }
}
