package no.sammen.patient;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import no.sammen.security.CurrentUser;
import no.sammen.security.CurrentUserService;
import no.sammen.security.Role;
import no.sammen.shared.ConcurrentEditException;
import no.sammen.shared.PageOf;

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
 * The slice test of a page controller, the template for a new module's pages: only the web layer
 * starts (the controller, the advice of every page, Thymeleaf with the real templates, Spring
 * Security with its default chain: login required, CSRF on posts), the service is a mock. It checks
 * what the controller itself decides: binding with field errors shown in the form, redirect after a
 * post with the flash notice, the concurrent edit as a form error, and the fragment htmx asks for.
 */
@WebMvcTest(CourseController.class)
@Import(CourseControllerTest.FixedClock.class)
@WithMockUser(roles = "CLINICIAN")
class CourseControllerTest {

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
    CourseService courses;

    @MockitoBean
    CoursePage coursePage;

    @MockitoBean
    CurrentUserService currentUsers;

    @BeforeEach
    void aClinicianWithOneCourse() {
        when(currentUsers.find()).thenReturn(Optional.of(
                new CurrentUser(UUID.randomUUID(), "kari", "Kari Nordmann", Set.of(Role.CLINICIAN), Set.of(UNIT))));
        when(courses.get(COURSE)).thenReturn(course());
        when(courses.myUnits()).thenReturn(List.of());
        when(courses.list(any())).thenReturn(new PageOf<>(List.of(course()), 0, 20, 1));
    }

    @Test
    void theEditPageIsTitledWithTheCourseItEdits() throws Exception {
        mvc.perform(get("/courses/{id}/edit", COURSE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Endre forløp: KN-1980")))
                .andExpect(content().string(not(containsString("{0}"))));
    }

    @Test
    void aValidChangeIsSavedAndRedirectsToTheCourseWithANotice() throws Exception {
        mvc.perform(post("/courses/{id}/edit", COURSE).with(csrf()).param("version", "3")
                        .param("unitId", UNIT.toString()).param("startDate", "2026-05-01").param("diagnosisCode", "F20.0")
                        .param("legalStatus", "VOLUNTARY").param("pathway", "ORDINARY"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/courses/" + COURSE))
                .andExpect(flash().attribute("notice", "patient.course.saved"));
        verify(courses).update(eq(COURSE), eq(3L), any(CourseDetails.class), isNull());
    }

    @Test
    void anUnreadableDateIsShownOnTheFieldAndNothingIsSaved() throws Exception {
        mvc.perform(post("/courses/{id}/edit", COURSE).with(csrf()).param("version", "3")
                        .param("unitId", UNIT.toString()).param("startDate", "2026-13-45"))
                .andExpect(status().isOk())
                .andExpect(view().name("patient/form"))
                .andExpect(model().attributeHasFieldErrors("form", "startDate"))
                .andExpect(content().string(containsString("id=\"startDate-error\"")))
                .andExpect(content().string(containsString("aria-describedby=\"startDate-error\"")));
        verify(courses, never()).update(any(), anyLong(), any(), any());
    }

    @Test
    void aConcurrentEditIsAFormErrorNotAFailure() throws Exception {
        when(courses.update(eq(COURSE), anyLong(), any(), any())).thenThrow(new ConcurrentEditException("course"));
        mvc.perform(post("/courses/{id}/edit", COURSE).with(csrf()).param("version", "2")
                        .param("unitId", UNIT.toString()).param("startDate", "2026-05-01")
                        .param("legalStatus", "VOLUNTARY").param("pathway", "ORDINARY"))
                .andExpect(status().isOk())
                .andExpect(view().name("patient/form"))
                .andExpect(content().string(containsString("id=\"form-errors\"")));
    }

    @Test
    void htmxGetsOnlyTheResultsAndABrowserTheWholePage() throws Exception {
        mvc.perform(get("/courses").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(view().name("patient/courses :: results"))
                .andExpect(content().string(containsString("id=\"results\"")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/courses"))
                .andExpect(status().isOk())
                .andExpect(view().name("patient/courses"))
                .andExpect(content().string(containsString("<html")));
    }

    @Test
    void aPostWithoutTheFormsTokenIsRefused() throws Exception {
        mvc.perform(post("/courses/{id}/edit", COURSE).param("version", "3"))
                .andExpect(status().isForbidden());
        verify(courses, never()).update(any(), anyLong(), any(), any());
    }

    @Test
    void aMedicationFreeCourseAsksWhatHappensUnderCompulsoryCareAndPassesTheAnswerOn() throws Exception {
        CourseView medicationFree = new CourseView(COURSE, UUID.randomUUID(), "key", "KN-1980", UNIT, "Sengepost A",
                LocalDate.of(2026, 5, 1), null, "F20.0", true, LegalStatus.VOLUNTARY, Pathway.MEDICATION_FREE, 3);
        when(courses.get(COURSE)).thenReturn(medicationFree);
        mvc.perform(get("/courses/{id}/edit", COURSE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"pathwayOnCompulsory\"")))
                .andExpect(content().string(containsString("id=\"pathwayOnCompulsoryReason\"")));
        mvc.perform(post("/courses/{id}/edit", COURSE).with(csrf()).param("version", "3")
                        .param("unitId", UNIT.toString()).param("startDate", "2026-05-01").param("diagnosisCode", "F20.0")
                        .param("legalStatus", "COMPULSORY").param("pathway", "MEDICATION_FREE")
                        .param("pathwayOnCompulsory", "CONTINUE").param("pathwayOnCompulsoryReason", "Kort innleggelse"))
                .andExpect(status().is3xxRedirection());
        verify(courses).update(eq(COURSE), eq(3L), any(CourseDetails.class),
                eq(new PathwayOnCompulsory(PathwayOnCompulsory.Answer.CONTINUE, "Kort innleggelse")));
    }

    @Test
    void anOrdinaryCourseIsNotAskedAboutCompulsoryCare() throws Exception {
        mvc.perform(get("/courses/{id}/edit", COURSE))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("name=\"pathwayOnCompulsory\""))));
    }

    private static CourseView course() {
        return new CourseView(COURSE, UUID.randomUUID(), "key", "KN-1980", UNIT, "Sengepost A",
                LocalDate.of(2026, 5, 1), null, "F20.0", true, LegalStatus.VOLUNTARY, Pathway.ORDINARY, 3);
    }
}
