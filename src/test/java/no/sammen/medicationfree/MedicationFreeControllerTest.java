package no.sammen.medicationfree;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import no.sammen.patient.CourseView;
import no.sammen.patient.LegalStatus;
import no.sammen.patient.Pathway;
import no.sammen.security.CurrentUser;
import no.sammen.security.CurrentUserService;
import no.sammen.security.Role;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The assessment page's own decisions: a bound form goes to the service, all met redirects with a
 * notice, a refused pathway shows the form again with each unmet criterion named beside it and says
 * that the assessment was recorded, and a question left unanswered never reaches the service.
 */
@WebMvcTest(MedicationFreeController.class)
@Import(MedicationFreeControllerTest.FixedClock.class)
@WithMockUser(roles = "CLINICIAN")
class MedicationFreeControllerTest {

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(LocalDate.of(2026, 5, 4).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        }
    }

    private static final UUID UNIT = UUID.randomUUID();
    private static final UUID COURSE = UUID.randomUUID();

    @Autowired
    MockMvc mvc;

    @MockitoBean
    MedicationFreeService service;

    @MockitoBean
    MedicationFreePhrases phrases;

    @MockitoBean
    CurrentUserService currentUsers;

    @BeforeEach
    void aClinicianWithOneCourse() {
        when(currentUsers.find()).thenReturn(Optional.of(
                new CurrentUser(UUID.randomUUID(), "kari", "Kari Nordmann", Set.of(Role.CLINICIAN), Set.of(UNIT))));
        CourseView course = new CourseView(COURSE, UUID.randomUUID(), "key", "KN-1980", UNIT, "Sengepost A",
                LocalDate.of(2026, 5, 1), null, "F20.0", true, LegalStatus.VOLUNTARY, Pathway.ORDINARY, 3);
        when(service.read(COURSE)).thenReturn(new MedicationFreeService.History(course, List.of(), List.of()));
    }

    @Test
    void thePageAsksEachCriterionWithTheCoursesOwnAnswers() throws Exception {
        mvc.perform(get("/courses/{id}/medication-free", COURSE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ja (F20.0)")))
                .andExpect(content().string(containsString("Ja (Frivillig)")))
                .andExpect(content().string(containsString("name=\"capacityToConsent\"")))
                .andExpect(content().string(containsString("name=\"courseVersion\" value=\"3\"")));
    }

    @Test
    void allMetRedirectsWithANotice() throws Exception {
        mvc.perform(post("/courses/{id}/medication-free", COURSE).with(csrf()).param("courseVersion", "3")
                        .param("assessedOn", "2026-05-02").param("wantsNonMedication", "true")
                        .param("professionallySound", "true").param("capacityToConsent", "true").param("noRisk", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/courses/" + COURSE + "/medication-free"))
                .andExpect(flash().attribute("notice", "medicationfree.chosen"));
        verify(service).assess(eq(COURSE), eq(new AssessmentAnswers(3L, LocalDate.of(2026, 5, 2), true, true, true,
                true, null)));
    }

    @Test
    void aRefusedPathwayNamesTheCriterionBesideItsQuestion() throws Exception {
        when(service.assess(eq(COURSE), any()))
                .thenThrow(new PathwayRefused(List.of(Criterion.CAPACITY_TO_CONSENT), UUID.randomUUID()));
        mvc.perform(post("/courses/{id}/medication-free", COURSE).with(csrf()).param("courseVersion", "3")
                        .param("assessedOn", "2026-05-02").param("wantsNonMedication", "true")
                        .param("professionallySound", "true").param("capacityToConsent", "false").param("noRisk", "true"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "capacityToConsent"))
                .andExpect(content().string(containsString("id=\"capacityToConsent-error\"")))
                .andExpect(content().string(containsString("Ikke oppfylt: pasienten forstår ikke hva valget innebærer")))
                .andExpect(content().string(containsString("id=\"pathway-refused\"")));
    }

    @Test
    void anUnreadableDateNeverReachesTheService() throws Exception {
        mvc.perform(post("/courses/{id}/medication-free", COURSE).with(csrf()).param("courseVersion", "3")
                        .param("assessedOn", "2026-13-45"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "assessedOn"));
        verify(service, never()).assess(any(), any());
    }
}
