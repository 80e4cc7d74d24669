package no.sammen.implementation;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import no.sammen.organisation.Profession;
import no.sammen.organisation.StaffView;
import no.sammen.organisation.UnitType;
import no.sammen.organisation.UnitView;
import no.sammen.security.CurrentUser;
import no.sammen.security.CurrentUserService;
import no.sammen.security.Role;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;

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
 * The implementation pages' own decisions: the timeline shows each activity in the months it touches and marks
 * the start; a refused participant is shown on the attended group with the person's name; the start form
 * posts the unit's version to the service and comes back to the unit.
 */
@WebMvcTest(ImplementationController.class)
@Import(ImplementationControllerTest.Config.class)
@WithMockUser(roles = "LEADER")
class ImplementationControllerTest {

    @TestConfiguration
    static class Config {
        @Bean
        Clock clock() {
            return Clock.fixed(LocalDate.of(2026, 5, 4).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        }
    }

    private static final UUID UNIT = UUID.randomUUID();
    private static final UUID NURSE = UUID.randomUUID();
    private static final UnitView POST = new UnitView(UNIT, "Sengepost A", UnitType.INPATIENT, UUID.randomUUID(),
            "Kronstad DPS", UUID.randomUUID(), "55", LocalDate.of(2026, 3, 1), true, 4);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ImplementationService service;
    @MockitoBean
    CurrentUserService currentUsers;

    @BeforeEach
    void aLeaderOfOneUnit() {
        when(currentUsers.find()).thenReturn(Optional.of(new CurrentUser(UUID.randomUUID(), "per", "Per Solheim",
                Set.of(Role.LEADER), Set.of(UNIT))));
        when(service.unit(UNIT)).thenReturn(POST);
        when(service.knownStaff()).thenReturn(List.of(new StaffView(NURSE, UNIT, "Nina Berg", Profession.NURSE,
                "Sykepleier")));
    }

    @Test
    void theTimelineShowsAnActivityInEveryMonthItTouchesAndMarksTheStart() throws Exception {
        ActivityView letter = new ActivityView(UUID.randomUUID(), UNIT, ActivityKind.RELATIVES_LETTER,
                "Pårørendebrev", LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 20), NURSE, "Nina Berg",
                ActivityStatus.IN_PROGRESS, null, 0);
        HalfYear h1 = new HalfYear(2026, 1);
        when(service.plan(UNIT, h1)).thenReturn(new ImplementationService.PlanView(POST, h1, List.of(letter),
                h1.months().stream().map(m -> new ImplementationService.PlanView.Month(m,
                        m.getMonthValue() == 2 || m.getMonthValue() == 3 ? List.of(letter) : List.of(),
                        m.getMonthValue() == 3)).toList()));
        when(service.team(UNIT)).thenReturn(new TeamView(UNIT, List.of(), -1));
        when(service.events(UNIT)).thenReturn(List.of());
        mvc.perform(get("/implementation/units/{u}", UNIT))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"activity-2026-02-" + letter.id())))
                .andExpect(content().string(containsString("id=\"activity-2026-03-" + letter.id())))
                .andExpect(content().string(containsString("id=\"start-marker-2026-03\"")))
                .andExpect(content().string(containsString("Ansvarlig: Nina Berg")));
    }

    @Test
    void aParticipantRefusedByTheServiceIsShownOnTheAttendedGroupByName() throws Exception {
        when(service.createEvent(eq(UNIT), any())).thenThrow(new InvalidInputException(List.of(FieldProblem.of(
                "participants[0].attended", "implementation.event.attendedWithoutSignUp"))));
        mvc.perform(post("/implementation/units/{u}/events", UNIT).with(csrf())
                        .param("kind", "COURSE_DAY").param("topic", "PEF").param("title", "Kurs")
                        .param("heldOn", "2026-05-01").param("place", "Her").param("organiser", "Vi")
                        .param("attended", NURSE.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"attended-error\"")))
                .andExpect(content().string(containsString("Nina Berg deltok, men er ikke påmeldt.")));
    }

    @Test
    void theStartFormPostsTheUnitsVersionAndReturnsToTheUnit() throws Exception {
        mvc.perform(post("/implementation/units/{u}/start", UNIT).with(csrf()).param("unitVersion", "4")
                        .param("implementationStart", "2026-03-01"))
                .andExpect(redirectedUrl("/implementation/units/" + UNIT));
        verify(service).changeImplementationStart(UNIT, 4L, LocalDate.of(2026, 3, 1));
    }

}
