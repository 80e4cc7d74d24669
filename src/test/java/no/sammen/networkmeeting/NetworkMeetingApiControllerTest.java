package no.sammen.networkmeeting;

import static org.hamcrest.Matchers.hasItem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import no.sammen.family.NetworkService;
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
 * The slice test of an API controller, the template for a new module's API: only the web layer
 * starts with the Problem Details advice of every API answer, the services are mocks. Bad input
 * comes back as an RFC 9457 problem naming the field, in the caller's language, and never reaches
 * the service. (The application's own API chain, with tokens and without CSRF, is covered by the
 * full-application tests; here the default chain stands in, so posts carry a CSRF token.)
 */
@WebMvcTest(NetworkMeetingApiController.class)
@WithMockUser(roles = "CLINICIAN")
class NetworkMeetingApiControllerTest {

    private static final UUID COURSE = UUID.randomUUID();

    @Autowired
    MockMvc mvc;

    @MockitoBean
    NetworkMeetingService meetings;

    @MockitoBean
    NetworkService network;

    @MockitoBean
    MeetingPhrases phrases;

    @MockitoBean
    CurrentUserService currentUsers;

    @Test
    void aRegistrationIsCreatedWithItsAddress() throws Exception {
        UUID id = UUID.randomUUID();
        when(meetings.register(eq(COURSE), any())).thenReturn(new NetworkMeetingView(id, COURSE, true,
                LocalDate.of(2026, 5, 4), List.of(), null, null, MeetingStatus.PLANNED, LocalDate.of(2026, 5, 20),
                null, null, null, List.of(), null, null, 0));
        mvc.perform(post("/api/v1/courses/{c}/network-meetings", COURSE).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"invited\": true, \"invitedOn\": \"2026-05-04\", \"status\": \"PLANNED\", "
                                + "\"plannedOn\": \"2026-05-20\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/courses/" + COURSE + "/network-meetings/" + id))
                .andExpect(jsonPath("$.status").value("PLANNED"));
    }

    @Test
    void anUnreadableDateIsAProblemNamingTheFieldAndNeverReachesTheService() throws Exception {
        mvc.perform(post("/api/v1/courses/{c}/network-meetings", COURSE).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content("{\"invited\": true, \"invitedOn\": \"2026-13-45\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("invitedOn")));
        verifyNoInteractions(meetings);
    }

    @Test
    void aRuleTheServiceRefusesIsAProblemWithTheTranslatedMessage() throws Exception {
        when(meetings.register(eq(COURSE), any()))
                .thenThrow(new InvalidInputException(FieldProblem.of("invited", "networkmeeting.invited.required")));
        mvc.perform(post("/api/v1/courses/{c}/network-meetings", COURSE).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("invited"))
                .andExpect(jsonPath("$.errors[0].message").value("Answer yes or no: was the network invited?"));
    }
}
