package no.sammen.implementation;

import static org.hamcrest.Matchers.hasItem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import no.sammen.security.CurrentUserService;
import no.sammen.shared.ConcurrentEditException;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The implementation API's web layer alone: addresses, and bad input as Problem Details naming the field. */
@WebMvcTest(ImplementationApiController.class)
@WithMockUser(roles = "LEADER")
class ImplementationApiControllerTest {

    private static final UUID UNIT = UUID.randomUUID();

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ImplementationService service;
    @MockitoBean
    CurrentUserService currentUsers;

    @Test
    void anActivityIsCreatedWithItsAddress() throws Exception {
        UUID id = UUID.randomUUID();
        when(service.planActivity(eq(UNIT), eq(new ActivityDetails(ActivityKind.LOCAL_PROCEDURE, "Prosedyre",
                LocalDate.of(2026, 2, 1), null, null, ActivityStatus.PLANNED, null)))).thenReturn(new ActivityView(id,
                UNIT, ActivityKind.LOCAL_PROCEDURE, "Prosedyre", LocalDate.of(2026, 2, 1), null, null, null,
                ActivityStatus.PLANNED, null, 0));
        mvc.perform(post("/api/v1/units/{u}/implementation-plan/activities", UNIT).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"kind": "LOCAL_PROCEDURE", "title": "Prosedyre", "startsOn": "2026-02-01",
                                 "status": "PLANNED"}"""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/implementation-activities/" + id))
                .andExpect(jsonPath("$.startsOn").value("2026-02-01"));
    }

    @Test
    void anUnknownRoleIsAProblemNamingTheFieldAndNeverReachesTheService() throws Exception {
        mvc.perform(put("/api/v1/units/{u}/improvement-team", UNIT).with(csrf()).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, \"members\": [{\"staffId\": \"" + UUID.randomUUID()
                                + "\", \"role\": \"CHIEF\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("members[0].role"));
        verifyNoInteractions(service);
    }

    @Test
    void aChangeWithoutAVersionIsRefusedOnTheVersionField() throws Exception {
        mvc.perform(put("/api/v1/training-events/{e}", UUID.randomUUID()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"CONFERENCE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        verifyNoInteractions(service);
    }

    @Test
    void theServicesProblemsAndConflictsBecomeProblemDetails() throws Exception {
        when(service.createEvent(eq(UNIT), any())).thenThrow(new InvalidInputException(List.of(
                FieldProblem.of("participants[0].attended", "implementation.event.attendedWithoutSignUp"))));
        mvc.perform(post("/api/v1/units/{u}/training-events", UNIT).with(csrf()).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("participants[0].attended")))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Only those signed up can be registered as attending."));
        when(service.changeActivity(any(), anyLong(), any())).thenThrow(new ConcurrentEditException("x"));
        mvc.perform(put("/api/v1/implementation-activities/{a}", UUID.randomUUID()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 3}"))
                .andExpect(status().isConflict());
    }

    @Test
    void aHalfYearThatIsNoneIsNamedAndStatisticsEndingBeforeTheyStartToo() throws Exception {
        mvc.perform(get("/api/v1/units/{u}/implementation-plan", UNIT).param("halfYear", "2026-Q1"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("halfYear"));
        mvc.perform(get("/api/v1/units/{u}/training-events/statistics", UNIT).param("from", "2026-03-01")
                        .param("to", "2026-02-01"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
        verifyNoInteractions(service);
    }
}
