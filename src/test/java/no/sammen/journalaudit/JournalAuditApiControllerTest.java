package no.sammen.journalaudit;

import static org.hamcrest.Matchers.hasItem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
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

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import no.sammen.security.CurrentUserService;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The journal audit API's web layer alone: addresses, and bad input as Problem Details naming the field. */
@WebMvcTest(JournalAuditApiController.class)
@Import(JournalAuditApiControllerTest.Checklist.class)
@WithMockUser(roles = "LEADER")
class JournalAuditApiControllerTest {

    static class Checklist {
        @org.springframework.context.annotation.Bean
        AuditChecklist auditChecklist() {
            return AuditRulesTest.CHECKLIST;
        }
    }

    private static final UUID UNIT = UUID.randomUUID();

    @Autowired
    MockMvc mvc;
    @MockitoBean
    JournalAuditService service;
    @MockitoBean
    CurrentUserService currentUsers;

    @Test
    void aRoundIsCreatedWithItsAddress() throws Exception {
        UUID id = UUID.randomUUID();
        when(service.open(eq(UNIT), eq(new AuditRules.OpenRound(PeriodKind.QUARTER, "2026-Q1",
                Population.MEDICATION_FREE, 5)), eq(99L))).thenReturn(new RoundView(id, UNIT, "Post",
                new AuditPeriod(PeriodKind.QUARTER, LocalDate.of(2026, 1, 1)), Population.MEDICATION_FREE, 1, 5, 9,
                99L, "Leder", Instant.now(), 0));
        mvc.perform(post("/api/v1/units/{u}/journal-audits/rounds", UNIT).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"periodKind": "QUARTER", "period": "2026-Q1", "population": "MEDICATION_FREE",
                                 "sampleSize": 5, "seed": 99}"""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/journal-audits/rounds/" + id))
                .andExpect(jsonPath("$.period.kind").value("QUARTER"))
                .andExpect(jsonPath("$.seed").value(99));
    }

    @Test
    void anUnknownPopulationIsAProblemNamingTheFieldAndNeverReachesTheService() throws Exception {
        mvc.perform(post("/api/v1/units/{u}/journal-audits/rounds", UNIT).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en").content("{\"population\": \"EVERYONE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("population")));
        verifyNoInteractions(service);
    }

    @Test
    void aRefusedSampleSizeIsNamedInTheCallersLanguage() throws Exception {
        when(service.open(eq(UNIT), any(), isNull()))
                .thenThrow(new InvalidInputException(AuditRules.tooLarge(4)));
        mvc.perform(post("/api/v1/units/{u}/journal-audits/rounds", UNIT).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en").content("""
                                {"periodKind": "MONTH", "period": "2026-01", "population": "STARTED_PSYCHOSIS", "sampleSize": 9}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sampleSize"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("The sample cannot be larger than the population, which has 4 courses."));
    }

    @Test
    void anAnswerForACourseNotInTheSampleNamesTheCourse() throws Exception {
        UUID round = UUID.randomUUID();
        UUID course = UUID.randomUUID();
        when(service.save(eq(round), eq(course), eq(0L), any(), anyBoolean()))
                .thenThrow(new InvalidInputException(FieldProblem.of("courseId", "journalaudit.record.notInSample")));
        mvc.perform(put("/api/v1/journal-audits/rounds/{r}/records/{c}", round, course).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "nn")
                        .content("{\"version\": 0, \"answers\": {\"CHILDREN\": \"YES\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("courseId"))
                .andExpect(jsonPath("$.errors[0].message").value("Forløpet er ikkje i utvalet til runden."));
    }

    @Test
    void theChecklistIsGivenInTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/journal-audits/checklist").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[4].id").value("CRISIS_PLAN"))
                .andExpect(jsonPath("$.items[4].text").value("Warning signs and a crisis plan are documented"))
                .andExpect(jsonPath("$.items[4].sammen").value("CRISIS_PLAN"));
    }
}
