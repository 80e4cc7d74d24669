package no.sammen.guideline;

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

import java.time.Instant;
import java.time.LocalDate;
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

/** The checklist API's web layer: the created address, and bad input as Problem Details naming the field. */
@WebMvcTest(ChecklistApiController.class)
@WithMockUser(roles = "CLINICIAN")
class ChecklistApiControllerTest {

    private static final UUID COURSE = UUID.randomUUID();

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ChecklistService checklists;

    @MockitoBean
    ChecklistPhrases phrases;

    @MockitoBean
    CurrentUserService currentUsers;

    @Test
    void aRegistrationIsCreatedWithTheRecommendationsAddress() throws Exception {
        when(checklists.register(eq(COURSE), eq("IPS"), eq(0), any())).thenReturn(new ChecklistEntryView("IPS", 1,
                ChecklistState.OFFERED, LocalDate.of(2026, 5, 4), null, Instant.now()));
        mvc.perform(post("/api/v1/courses/{c}/guideline-checklist/IPS", COURSE).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, \"state\": \"OFFERED\", \"on\": \"2026-05-04\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/courses/" + COURSE + "/guideline-checklist/IPS"))
                .andExpect(jsonPath("$.state").value("OFFERED"))
                .andExpect(jsonPath("$.stateOn").value("2026-05-04"));
    }

    @Test
    void anUnreadableDateOrStateIsAProblemNamingTheFieldAndNeverReachesTheService() throws Exception {
        mvc.perform(post("/api/v1/courses/{c}/guideline-checklist/IPS", COURSE).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content("{\"state\": \"OFFERED\", \"on\": \"2026-13-45\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("on")));
        mvc.perform(post("/api/v1/courses/{c}/guideline-checklist/IPS", COURSE).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"state\": \"MAYBE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("state")));
        verifyNoInteractions(checklists);
    }

    @Test
    void aRuleTheServiceRefusesIsAProblemWithTheTranslatedMessage() throws Exception {
        when(checklists.register(eq(COURSE), eq("IPS"), any(), any())).thenThrow(
                new InvalidInputException(FieldProblem.of("state", "guideline.checklist.state.unitHasOffer")));
        mvc.perform(post("/api/v1/courses/{c}/guideline-checklist/IPS", COURSE).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "nn")
                        .content("{\"state\": \"NOT_AVAILABLE\", \"on\": \"2026-05-04\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("state"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith(
                        "Eininga har dette tilbodet.")));
    }
}
