package no.sammen.groupprogramme;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import no.sammen.organisation.OrganisationService;
import no.sammen.organisation.UnitType;
import no.sammen.organisation.UnitView;
import no.sammen.registration.CourseDates;
import no.sammen.security.CurrentUser;
import no.sammen.security.CurrentUserService;
import no.sammen.security.Role;
import no.sammen.shared.ConcurrentEditException;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;
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
 * The slice test of the staff pages, a page controller of a module that is not about one course: only
 * the web layer starts (the controller, the advice of every page, Thymeleaf with the real templates,
 * Spring Security's default chain), the services are mocks. It checks what the controller decides: a
 * form that binds is passed on and redirects with its notice, a value that does not bind is shown at its
 * field and never reaches the service, the service's refusal is shown at its field, translated, a
 * concurrent edit is a form error, a version that is no number is a bad request naming it, htmx gets the
 * list only, and a post without the form's token is refused.
 */
@WebMvcTest(StaffController.class)
@Import(StaffControllerTest.FixedClock.class)
@WithMockUser(roles = "COORDINATOR")
class StaffControllerTest {

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(LocalDate.of(2026, 5, 4).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        }
    }

    private static final UUID UNIT = UUID.randomUUID();
    private static final UUID STAFF = UUID.randomUUID();
    private static final UUID QUALIFICATION = UUID.randomUUID();
    private static final CurrentUser COORDINATOR = new CurrentUser(UUID.randomUUID(), "silje", "Silje Eide",
            Set.of(Role.COORDINATOR), Set.of(UNIT));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    StaffService staff;
    @MockitoBean
    GroupProgrammes queries;
    @MockitoBean
    GroupAccess access;
    @MockitoBean
    OrganisationService organisation;
    @MockitoBean
    CurrentUserService currentUsers;

    @BeforeEach
    void aCoordinatorOfOneUnit() {
        when(currentUsers.find()).thenReturn(Optional.of(COORDINATOR));
        when(access.me()).thenReturn(COORDINATOR);
        when(access.reader(UNIT)).thenReturn(COORDINATOR);
        when(access.manager(UNIT)).thenReturn(COORDINATOR);
        UnitView unit = new UnitView(UNIT, "Sengepost A", UnitType.INPATIENT, UUID.randomUUID(), "DPS", UUID.randomUUID(),
                "55 00 00 00", null, true, 0);
        when(organisation.unit(UNIT)).thenReturn(Optional.of(unit));
        when(organisation.units(any())).thenReturn(List.of(unit));
        when(queries.staffOfUnit(UNIT)).thenReturn(Map.of(STAFF, "Ingrid Haugland"));
        when(staff.managedQualification(UNIT, QUALIFICATION)).thenReturn(qualification());
        when(staff.staffOfUnit(UNIT)).thenReturn(List.of(new StaffService.StaffRow(STAFF, "Ingrid Haugland",
                List.of(qualification()), Map.of(Programme.PEF, LocalDate.of(2026, 4, 20)))));
        when(staff.supervisionPage(eq(UNIT), any(), anyInt(), anyInt()))
                .thenReturn(new PageOf<>(List.of(), 0, StaffController.PAGE_SIZE, 0));
    }

    @Test
    void theListShowsEachStaffMemberWithQualificationsAndLastSupervision() throws Exception {
        mvc.perform(get("/units/{u}/qualifications", UNIT))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Kvalifikasjoner – Sengepost A")))
                .andExpect(content().string(containsString("id=\"qualification-" + QUALIFICATION + "\"")))
                .andExpect(content().string(containsString("Siste PEF-veiledning: 20.04.2026")))
                .andExpect(content().string(containsString("id=\"new-qualification\"")));
    }

    @Test
    void aValidQualificationIsRegisteredAndRedirectsToTheListWithANotice() throws Exception {
        mvc.perform(post("/units/{u}/qualifications/new", UNIT).with(csrf()).param("userId", STAFF.toString())
                        .param("kind", "IMR_THERAPIST").param("qualifiedOn", "2026-04-01"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/units/" + UNIT + "/qualifications"))
                .andExpect(flash().attribute("notice", "groupprogramme.qualification.registered"));
        verify(staff).qualify(UNIT, new QualificationDetails(STAFF, QualificationKind.IMR_THERAPIST,
                LocalDate.of(2026, 4, 1), null));
    }

    @Test
    void anUnreadableDateIsShownAtItsFieldAndNeverReachesTheService() throws Exception {
        mvc.perform(post("/units/{u}/qualifications/new", UNIT).with(csrf()).param("userId", STAFF.toString())
                        .param("kind", "IMR_THERAPIST").param("qualifiedOn", "2026-13-45"))
                .andExpect(status().isOk())
                .andExpect(view().name("groupprogramme/qualification-form"))
                .andExpect(model().attributeHasFieldErrors("form", "qualifiedOn"))
                .andExpect(content().string(containsString("id=\"qualifiedOn-error\"")))
                .andExpect(content().string(containsString("aria-describedby=\"qualifiedOn-hint qualifiedOn-error\"")));
        verify(staff, never()).qualify(any(), any());
    }

    @Test
    void aRefusalOfTheServiceIsShownAtItsFieldTranslated() throws Exception {
        when(staff.qualify(eq(UNIT), any())).thenThrow(new InvalidInputException(
                FieldProblem.of("qualifiedOn", CourseDates.FUTURE)));
        mvc.perform(post("/units/{u}/qualifications/new", UNIT).with(csrf()).param("userId", STAFF.toString())
                        .param("kind", "IMR_THERAPIST").param("qualifiedOn", "2026-06-01").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"qualifiedOn-error\"")))
                .andExpect(content().string(containsString("The date cannot be in the future.")));
    }

    @Test
    void aConcurrentEditIsAFormErrorAndTheVersionReadIsPassedOn() throws Exception {
        when(staff.changeQualification(eq(UNIT), eq(QUALIFICATION), anyLong(), any()))
                .thenThrow(new ConcurrentEditException(StaffService.QUALIFICATION));
        mvc.perform(post("/units/{u}/qualifications/{q}", UNIT, QUALIFICATION).with(csrf()).param("version", "4")
                        .param("kind", "PEF_GROUP_LEADER").param("qualifiedOn", "2026-01-10"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"form-errors\"")));
        verify(staff).changeQualification(eq(UNIT), eq(QUALIFICATION), eq(4L), any());
    }

    @Test
    void aVersionThatIsNoNumberIsABadRequestNamingTheVersion() throws Exception {
        mvc.perform(post("/units/{u}/qualifications/{q}", UNIT, QUALIFICATION).with(csrf()).param("version", "abc")
                        .param("kind", "PEF_GROUP_LEADER").param("qualifiedOn", "2026-01-10"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"problem-version\"")))
                .andExpect(content().string(containsString("versjonsnummeret er ugyldig")));
        verify(staff, never()).changeQualification(any(), any(), anyLong(), any());
    }

    @Test
    void htmxGetsOnlyTheSupervisionListAndABrowserTheWholePage() throws Exception {
        mvc.perform(get("/units/{u}/supervisions", UNIT).param("programme", "IMR").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(view().name("groupprogramme/supervisions :: results"))
                .andExpect(content().string(containsString("id=\"no-supervisions\"")))
                .andExpect(content().string(not(containsString("<html"))));
        verify(staff).supervisionPage(UNIT, Programme.IMR, 0, StaffController.PAGE_SIZE);
        mvc.perform(get("/units/{u}/supervisions", UNIT))
                .andExpect(status().isOk())
                .andExpect(view().name("groupprogramme/supervisions"))
                .andExpect(content().string(containsString("<html")));
        verify(staff).supervisionPage(eq(UNIT), isNull(), eq(0), anyInt());
    }

    @Test
    void aPostWithoutTheFormsTokenIsRefused() throws Exception {
        mvc.perform(post("/units/{u}/supervisions/new", UNIT).param("programme", "PEF").param("heldOn", "2026-05-01"))
                .andExpect(status().isForbidden());
        verify(staff, never()).supervise(any(), any());
    }

    private static QualificationView qualification() {
        return new QualificationView(QUALIFICATION, STAFF, "Ingrid Haugland", UNIT, QualificationKind.PEF_GROUP_LEADER,
                LocalDate.of(2026, 1, 10), null, 4);
    }
}
