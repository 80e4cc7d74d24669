package no.sammen.groupprogramme;

import static org.hamcrest.Matchers.hasItem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import no.sammen.security.CurrentUserService;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The slice test of the group programmes' API, for qualifications and supervision: only the web layer
 * starts, with the Problem Details advice of every API answer; the services are mocks. A registration is
 * created with its address; bad input (a date that does not parse, a change without the version read)
 * is a problem naming the field, in the caller's language, that never reaches the service; the
 * service's refusal is translated. (The application's API chain, with tokens and without CSRF, is
 * covered by the full-application tests; here the default chain stands in, so writes carry a token.)
 */
@WebMvcTest(GroupApiController.class)
@WithMockUser(roles = "COORDINATOR")
class GroupApiControllerTest {

    private static final UUID UNIT = UUID.randomUUID();
    private static final UUID STAFF = UUID.randomUUID();

    @Autowired
    MockMvc mvc;

    @MockitoBean
    GroupService groups;
    @MockitoBean
    StaffService staff;
    @MockitoBean
    GroupProgrammes queries;
    @MockitoBean
    CurrentUserService currentUsers;

    @Test
    void aSupervisionSessionIsCreatedWithItsAddress() throws Exception {
        UUID id = UUID.randomUUID();
        when(staff.supervise(eq(UNIT), any())).thenReturn(new SupervisionView(id, UNIT, Programme.IMR,
                LocalDate.of(2026, 5, 4), null, "Ekstern veileder", null, List.of(STAFF), null, 0));
        mvc.perform(post("/api/v1/units/{u}/supervisions", UNIT).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"programme\": \"IMR\", \"heldOn\": \"2026-05-04\", "
                                + "\"supervisorName\": \"Ekstern veileder\", \"attendeeIds\": [\"" + STAFF + "\"]}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/units/" + UNIT + "/supervisions/" + id))
                .andExpect(jsonPath("$.programme").value("IMR"))
                .andExpect(jsonPath("$.version").value(0));
        verify(staff).supervise(UNIT, new SupervisionDetails(Programme.IMR, LocalDate.of(2026, 5, 4), null,
                "Ekstern veileder", null, Set.of(STAFF), null));
    }

    @Test
    void anUnreadableDateIsAProblemNamingTheFieldAndNeverReachesTheService() throws Exception {
        mvc.perform(post("/api/v1/units/{u}/qualifications", UNIT).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content("{\"userId\": \"" + STAFF + "\", \"kind\": \"IMR_THERAPIST\", "
                                + "\"qualifiedOn\": \"2026-13-45\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("qualifiedOn")));
        verifyNoInteractions(staff);
    }

    @Test
    void aChangeWithoutTheVersionReadIsAProblemNamingTheVersion() throws Exception {
        mvc.perform(put("/api/v1/units/{u}/qualifications/{q}", UNIT, UUID.randomUUID()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content("{\"kind\": \"IMR_THERAPIST\", \"qualifiedOn\": \"2026-05-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"))
                .andExpect(jsonPath("$.errors[0].message").value("Version missing. Send the version you read."));
        mvc.perform(delete("/api/v1/units/{u}/supervisions/{s}", UNIT, UUID.randomUUID()).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        verifyNoInteractions(staff);
    }

    @Test
    void aRuleTheServiceRefusesIsAProblemWithTheTranslatedMessage() throws Exception {
        when(staff.supervise(eq(UNIT), any())).thenThrow(new InvalidInputException(
                FieldProblem.of("supervisorName", "groupprogramme.supervision.supervisor.both")));
        mvc.perform(post("/api/v1/units/{u}/supervisions", UNIT).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en").content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("supervisorName"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Choose a supervisor of the unit or write the name of an external one, not both."));
    }

    @Test
    void aWriteWithoutTheTokenIsRefusedInThisChain() throws Exception {
        mvc.perform(post("/api/v1/units/{u}/supervisions", UNIT).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(staff);
    }
}
