package no.sammen.shareddecision;

import static org.hamcrest.Matchers.hasItem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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

/** The shared decision API's web layer alone: addresses, and bad input as Problem Details naming the field. */
@WebMvcTest(SharedDecisionApiController.class)
@WithMockUser(roles = "CLINICIAN")
class SharedDecisionApiControllerTest {

    private static final UUID COURSE = UUID.randomUUID();

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SharedDecisionService decisions;

    @MockitoBean
    NetworkService network;

    @MockitoBean
    SharedDecisionPhrases phrases;

    @MockitoBean
    CurrentUserService currentUsers;

    @Test
    void aDecisionIsCreatedWithItsAddress() throws Exception {
        UUID id = UUID.randomUUID();
        when(decisions.register(eq(COURSE), any())).thenReturn(new SharedDecisionView(id, COURSE,
                LocalDate.of(2026, 5, 4), DecisionQuestion.TAPERING, null, List.of("IPS"), List.of("Lavere dose"),
                "Sove", false, null, null, List.of(), "Trappe ned", null, 0));
        mvc.perform(post("/api/v1/courses/{c}/shared-decisions", COURSE).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decidedOn\": \"2026-05-04\", \"question\": \"TAPERING\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/courses/" + COURSE + "/shared-decisions/" + id))
                .andExpect(jsonPath("$.question").value("TAPERING"))
                .andExpect(jsonPath("$.freeOptions[0]").value("Lavere dose"));
    }

    @Test
    void anUnreadableDateOrQuestionIsAProblemNamingTheFieldAndNeverReachesTheService() throws Exception {
        mvc.perform(post("/api/v1/courses/{c}/shared-decisions", COURSE).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content("{\"decidedOn\": \"2026-13-45\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("decidedOn")));
        mvc.perform(post("/api/v1/courses/{c}/shared-decisions", COURSE).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"question\": \"GUESSING\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("question")));
        mvc.perform(put("/api/v1/courses/{c}/shared-decisions/{d}", COURSE, UUID.randomUUID()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"question\": \"TAPERING\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        verifyNoInteractions(decisions);
    }

    @Test
    void aRuleTheServiceRefusesIsAProblemWithTheTranslatedMessage() throws Exception {
        when(decisions.register(eq(COURSE), any())).thenThrow(new InvalidInputException(
                FieldProblem.of("optionIds", "shareddecision.optionIds.unknown", "HOMEOPATHY")));
        mvc.perform(post("/api/v1/courses/{c}/shared-decisions", COURSE).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "nn").content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("optionIds"))
                .andExpect(jsonPath("$.errors[0].message").value("Ukjent alternativ i retningslinjekatalogen: HOMEOPATHY."));
    }
}
