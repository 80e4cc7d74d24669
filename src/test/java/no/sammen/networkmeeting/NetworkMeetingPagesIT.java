package no.sammen.networkmeeting;

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

import no.sammen.networkmeeting.MeetingFixtures.Course;
import no.sammen.testsupport.TestData;

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
class NetworkMeetingPagesIT {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    /** A radio button or checkbox with this value is checked. */
    static org.hamcrest.Matcher<String> checked(String value) {
        return org.hamcrest.Matchers.matchesPattern("(?s).*<input[^>]*value=\"" + value + "\"[^>]*checked=\"checked\".*");
    }

    static String page(Course course) {
        return "/courses/" + course.id() + "/network-meetings";
    }

    @Test
    void theListOffersTheFormWithEveryFieldAndTheNetworkToChooseFrom() throws Exception {
        Course course = MeetingFixtures.course(mvc, jdbc, "Kronstad sengepost", TODAY.minusDays(10));
        MeetingFixtures.member(jdbc, course.id(), "MOTHER", "Kari Nordmann");
        MeetingFixtures.member(jdbc, course.id(), "GP", "Dr. Berg");
        mvc.perform(get(page(course)).with(user("behandler")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"no-meetings\"")))
                .andExpect(content().string(containsString("Mor: Kari Nordmann")))
                .andExpect(content().string(containsString("Fastlege: Dr. Berg")))
                .andExpect(content().string(containsString("name=\"invited\"")))
                .andExpect(content().string(containsString("name=\"notInvitedReason\"")))
                .andExpect(content().string(containsString("name=\"heldOn\"")))
                .andExpect(content().string(containsString("name=\"notHeldReason\"")))
                .andExpect(content().string(containsString("href=\"/courses/" + course.id() + "\"")));
    }

    @Test
    void aHeldMeetingIsRegisteredListedAndGivesAPhraseInTheChosenStandard() throws Exception {
        Course course = MeetingFixtures.course(mvc, jdbc, "Kronstad sengepost", TODAY.minusDays(10));
        UUID mother = MeetingFixtures.member(jdbc, course.id(), "MOTHER", "Kari");
        UUID gp = MeetingFixtures.member(jdbc, course.id(), "GP", "Dr. Berg");
        LocalDate held = TODAY.minusDays(1);
        mvc.perform(post(page(course)).with(user("behandler")).with(csrf())
                        .param("version", "0").param("invited", "true").param("invitedOn", TODAY.minusDays(4).toString())
                        .param("invitees", mother.toString(), gp.toString()).param("status", "HELD")
                        .param("heldOn", held.toString()).param("place", "PATIENT_HOME")
                        // leftovers of a form shown without scripts are ignored
                        .param("plannedOn", "").param("notHeldText", "").param("notInvitedReason", "OTHER"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(page(course)))
                .andExpect(flash().attribute("notice", "networkmeeting.registered"));
        assertThat(MeetingFixtures.meetings(jdbc, course.id())).isEqualTo(1);

        String day = no.sammen.registration.NorwegianDates.format(held);
        mvc.perform(get(page(course)).with(user("behandler")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Holdt")))
                .andExpect(content().string(containsString("Pasientens hjem")))
                .andExpect(content().string(containsString(
                        "Nettverksmøte avholdt " + day + " i pasientens hjem. Invitert: mor, fastlege.")))
                .andExpect(content().string(containsString("data-copy-target=\"phrase-")));
        mvc.perform(get(page(course)).param("standard", "NYNORSK").with(user("behandler")))
                .andExpect(content().string(containsString(
                        "Nettverksmøte halde " + day + " i heimen til pasienten. Invitert: mor, fastlege.")));
        mvc.perform(get(page(course)).param("lang", "nn").with(user("behandler")))
                .andExpect(content().string(containsString("Nettverksmøte halde " + day)));
    }

    @Test
    void badInputIsShownBesideEachFieldAndNothingIsStored() throws Exception {
        Course course = MeetingFixtures.course(mvc, jdbc, "Kronstad sengepost", TODAY.minusDays(10));
        Course other = MeetingFixtures.course(mvc, jdbc, "Kronstad sengepost", TODAY.minusDays(10));
        UUID stranger = MeetingFixtures.member(jdbc, other.id(), "FRIEND", "Stranger");
        mvc.perform(post(page(course)).with(user("behandler")).with(csrf())
                        .param("version", "0").param("invited", "true").param("invitedOn", TODAY.toString())
                        .param("invitees", stranger.toString()).param("status", "NOT_HELD"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"error-summary\"")))
                .andExpect(content().string(containsString("id=\"invitees-error\"")))
                .andExpect(content().string(containsString("Deltakeren er ikke med i nettverket til dette forløpet.")))
                .andExpect(content().string(containsString("id=\"notHeldReason-error\"")))
                .andExpect(content().string(containsString("Et møte som ikke ble holdt, må ha en årsak.")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        mvc.perform(post(page(course)).with(user("behandler")).with(csrf())
                        .param("version", "0").param("invited", "true").param("invitedOn", TODAY.toString())
                        .param("status", "HELD").param("heldOn", TODAY.plusDays(2).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"heldOn-error\"")))
                .andExpect(content().string(containsString("Datoen kan ikke være fram i tid.")))
                .andExpect(content().string(containsString("id=\"place-error\"")));
        mvc.perform(post(page(course)).with(user("behandler")).with(csrf()).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"invited-error\"")));
        mvc.perform(post(page(course)).with(user("behandler")).with(csrf()).param("version", "0")
                        .param("invited", "false").param("notInvitedReason", "OTHER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"notInvitedText-error\"")));
        assertThat(MeetingFixtures.meetings(jdbc, course.id())).isZero();
    }

    @Test
    void aPlannedMeetingIsEditedToHeldAndAStaleFormIsRefused() throws Exception {
        Course course = MeetingFixtures.course(mvc, jdbc, "Kronstad poliklinikk", TODAY.minusDays(10));
        UUID mother = MeetingFixtures.member(jdbc, course.id(), "MOTHER", "Kari");
        mvc.perform(post(page(course)).with(user("behandler")).with(csrf())
                        .param("version", "0").param("invited", "true").param("invitedOn", TODAY.minusDays(3).toString())
                        .param("invitees", mother.toString()).param("status", "PLANNED")
                        .param("plannedOn", TODAY.plusDays(3).toString()))
                .andExpect(status().is3xxRedirection());
        UUID id = jdbc.sql("select id from network_meeting where course_id = ?").param(course.id())
                .query(UUID.class).single();
        String edit = page(course) + "/" + id + "/edit";
        mvc.perform(get(edit).with(user("behandler")))
                .andExpect(status().isOk())
                .andExpect(content().string(checked("PLANNED")));
        mvc.perform(post(edit).with(user("behandler")).with(csrf())
                        .param("version", "0").param("invited", "true").param("invitedOn", TODAY.minusDays(3).toString())
                        .param("invitees", mother.toString()).param("status", "HELD")
                        .param("heldOn", TODAY.toString()).param("place", "UNIT"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "networkmeeting.saved"));
        assertThat(jdbc.sql("select status from network_meeting where id = ?").param(id).query(String.class).single())
                .isEqualTo("HELD");
        mvc.perform(post(edit).with(user("behandler")).with(csrf())
                        .param("version", "0").param("invited", "true").param("invitedOn", TODAY.minusDays(3).toString())
                        .param("invitees", mother.toString()).param("status", "NOT_HELD")
                        .param("notHeldReason", "PATIENT_WITHDREW"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"form-errors\"")))
                .andExpect(content().string(containsString("Noen andre har endret dette i mellomtiden.")));
        assertThat(jdbc.sql("select status from network_meeting where id = ?").param(id).query(String.class).single())
                .isEqualTo("HELD");
    }

    @Test
    void anEndedCourseWithoutARegistrationAlertsOnTheCoursePageUntilTheQuestionIsAnswered() throws Exception {
        Course course = MeetingFixtures.course(mvc, jdbc, "Kronstad sengepost", TODAY.minusDays(10));
        mvc.perform(get("/courses/" + course.id()).with(user("behandler")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"network-meetings\"")))
                .andExpect(content().string(not(containsString("id=\"network-meeting-missing\""))));
        MeetingFixtures.end(mvc, course.id(), TODAY);
        mvc.perform(get("/courses/" + course.id()).with(user("behandler")))
                .andExpect(content().string(containsString("id=\"network-meeting-missing\"")))
                .andExpect(content().string(containsString("role=\"alert\"")))
                .andExpect(content().string(containsString(page(course) + "/at-end")));

        mvc.perform(get(page(course) + "/at-end").with(user("behandler")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ble det invitert til nettverksmøte i løpet av dette forløpet?")))
                .andExpect(content().string(not(containsString("id=\"already-registered\""))));
        mvc.perform(get(page(course) + "/at-end").param("invited", "false").with(user("behandler")))
                .andExpect(content().string(checked("false")));
        mvc.perform(post(page(course) + "/at-end").with(user("behandler")).with(csrf())
                        .param("version", "0").param("invited", "false"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"notInvitedReason-error\"")));
        mvc.perform(post(page(course) + "/at-end").with(user("behandler")).with(csrf())
                        .param("version", "0").param("invited", "false").param("notInvitedReason", "DISCHARGED_BEFORE"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/courses/" + course.id()));

        mvc.perform(get("/courses/" + course.id()).with(user("behandler")))
                .andExpect(content().string(not(containsString("id=\"network-meeting-missing\""))))
                .andExpect(content().string(containsString("Utskrevet før et møte kunne avtales")));
        mvc.perform(get(page(course)).with(user("behandler")))
                .andExpect(content().string(containsString(
                        "Ikke invitert til nettverksmøte: pasienten ble utskrevet før et møte kunne avtales.")));
    }

    @Test
    void aCourseOfAnotherUnitIsNotFound() throws Exception {
        UUID kronstad = TestData.newCourse(mvc, jdbc, "behandler", "Kronstad sengepost");
        mvc.perform(get("/courses/" + kronstad + "/network-meetings").with(user("behandler2")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("id=\"not-found\"")));
        mvc.perform(get("/courses/" + kronstad + "/network-meetings/at-end").with(user("behandler2")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/courses/" + kronstad + "/network-meetings").with(user("behandler2")).with(csrf())
                        .param("invited", "false").param("notInvitedReason", "NO_NETWORK"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/courses/" + kronstad + "/network-meetings/" + UUID.randomUUID() + "/edit")
                        .with(user("behandler")))
                .andExpect(status().isNotFound());
    }

    @Test
    void leadersSeeTheListButNoFormAndMayNotPost() throws Exception {
        Course course = MeetingFixtures.course(mvc, jdbc, "Kronstad sengepost", TODAY.minusDays(10));
        mvc.perform(get(page(course)).with(user("leder")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"meeting-form\""))));
        mvc.perform(get(page(course) + "/at-end").with(user("leder"))).andExpect(status().isForbidden());
        mvc.perform(post(page(course)).with(user("leder")).with(csrf())
                        .param("invited", "false").param("notInvitedReason", "NO_NETWORK"))
                .andExpect(status().isForbidden());
        mvc.perform(post(page(course)).with(user("behandler"))
                        .param("invited", "false").param("notInvitedReason", "NO_NETWORK"))
                .andExpect(status().isForbidden());
        assertThat(MeetingFixtures.meetings(jdbc, course.id())).isZero();
    }

    @Test
    void thePageReadIsAudited() throws Exception {
        Course course = MeetingFixtures.course(mvc, jdbc, "Kronstad sengepost", TODAY.minusDays(10));
        mvc.perform(get(page(course)).with(user("koordinator"))).andExpect(status().isOk());
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where object_type = 'network_meeting' and action = 'LIST'
                and actor = 'koordinator' and patient_key = ? and unit_id = ?""")
                .params(course.patientKey(), course.unitId()).query(Long.class).single()).isEqualTo(1);
    }
}
