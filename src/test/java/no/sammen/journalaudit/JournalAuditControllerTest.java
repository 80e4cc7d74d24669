package no.sammen.journalaudit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
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

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import no.sammen.conversation.ConversationKind;
import no.sammen.conversation.ConversationOverview;
import no.sammen.family.FamilyOverview;
import no.sammen.family.MinorChildren;
import no.sammen.organisation.UnitType;
import no.sammen.organisation.UnitView;
import no.sammen.patient.CourseView;
import no.sammen.patient.LegalStatus;
import no.sammen.patient.Pathway;
import no.sammen.security.CurrentUser;
import no.sammen.security.CurrentUserService;
import no.sammen.security.Role;
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
 * The journal audit pages' own decisions: the open form posts to the service and a refusal is shown beside its
 * field; the checklist shows each item of the data file with its answers and Sammen's registrations, posts the
 * answers by item, and a refused answer is shown beside its item.
 */
@WebMvcTest(JournalAuditController.class)
@Import(JournalAuditControllerTest.Config.class)
@WithMockUser(roles = "COORDINATOR")
class JournalAuditControllerTest {

    @TestConfiguration
    static class Config {
        @Bean
        Clock clock() {
            return Clock.fixed(LocalDate.of(2026, 5, 4).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        }

        @Bean
        AuditChecklist auditChecklist() {
            return AuditRulesTest.CHECKLIST;
        }

        @Bean
        JournalAuditChart journalAuditChart(org.springframework.context.MessageSource messages) {
            return new JournalAuditChart(messages);
        }
    }

    private static final UUID UNIT = UUID.randomUUID();
    private static final UUID ROUND = UUID.randomUUID();
    private static final UUID COURSE = UUID.randomUUID();

    @Autowired
    MockMvc mvc;
    @MockitoBean
    JournalAuditService service;
    @MockitoBean
    CurrentUserService currentUsers;

    private static RoundView round() {
        return new RoundView(ROUND, UNIT, "Sengepost A", new AuditPeriod(PeriodKind.MONTH, LocalDate.of(2026, 3, 1)),
                Population.STARTED_PSYCHOSIS, 1, 2, 5, 11L, "Silje Eide", Instant.parse("2026-04-02T10:00:00Z"), 0);
    }

    @BeforeEach
    void aCoordinatorOfOneUnit() {
        when(currentUsers.find()).thenReturn(Optional.of(new CurrentUser(UUID.randomUUID(), "silje", "Silje Eide",
                Set.of(Role.COORDINATOR), Set.of(UNIT))));
        when(service.units()).thenReturn(List.of(new UnitView(UNIT, "Sengepost A", UnitType.INPATIENT, UUID.randomUUID(),
                "Kronstad DPS", UUID.randomUUID(), "55", LocalDate.of(2026, 1, 1), true, 0)));
        when(service.mayOpen(UNIT)).thenReturn(true);
        when(service.results(UNIT)).thenReturn(List.of());
        CourseView course = new CourseView(COURSE, UUID.randomUUID(), "key", "KN-1980", UNIT, "Sengepost A",
                LocalDate.of(2026, 3, 3), null, "F20.0", true, LegalStatus.VOLUNTARY, Pathway.ORDINARY, 3);
        RecordView record = new RecordView(UUID.randomUUID(), 1, COURSE, "KN-1980", false, null, null, 0, Map.of());
        when(service.record(ROUND, COURSE)).thenReturn(new JournalAuditService.RecordDetail(round(), record, course,
                new FamilyOverview.FamilyOverviewView(COURSE, true, false, LocalDate.of(2026, 3, 4), 2, 1, 1,
                        MinorChildren.NOT_ASKED),
                new ConversationOverview.ConversationOverviewView(COURSE, List.of(
                        new ConversationOverview.HeldView(ConversationKind.PATIENT, LocalDate.of(2026, 3, 5))),
                        Set.of(), null, false)));
    }

    @Test
    void theOpenFormPostsToTheServiceAndGoesToTheRound() throws Exception {
        when(service.open(eq(UNIT), any(), isNull())).thenReturn(round());
        mvc.perform(post("/journal-audits/rounds").with(csrf()).param("unitId", UNIT.toString())
                        .param("periodKind", "MONTH").param("period", "2026-03").param("population", "STARTED_PSYCHOSIS")
                        .param("sampleSize", "2"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/journal-audits/rounds/" + ROUND))
                .andExpect(flash().attribute("notice", "journalaudit.round.opened"));
        verify(service).open(UNIT, new AuditRules.OpenRound(PeriodKind.MONTH, "2026-03", Population.STARTED_PSYCHOSIS, 2),
                null);
    }

    @Test
    void aSampleLargerThanThePopulationIsShownBesideTheField() throws Exception {
        when(service.open(eq(UNIT), any(), isNull())).thenThrow(new InvalidInputException(AuditRules.tooLarge(5)));
        mvc.perform(post("/journal-audits/rounds").with(csrf()).param("unitId", UNIT.toString())
                        .param("periodKind", "MONTH").param("period", "2026-03").param("population", "STARTED_PSYCHOSIS")
                        .param("sampleSize", "9"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "sampleSize"))
                .andExpect(content().string(containsString("id=\"sampleSize-error\"")))
                .andExpect(content().string(containsString("som har 5 forløp")));
    }

    @Test
    void theChecklistShowsTheItemsOfTheDataFileAndSammensRegistrations() throws Exception {
        mvc.perform(get("/journal-audits/rounds/{r}/records/{c}", ROUND, COURSE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Varseltegn og en kriseplan er dokumentert")))
                .andExpect(content().string(containsString("id=\"answer-CRISIS_PLAN-NOT_APPLICABLE\"")))
                .andExpect(content().string(containsString("name=\"answers[CRISIS_PLAN]\"")))
                .andExpect(content().string(containsString("Første 04.03.2026 (2 i alt)")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void theAnswersArePostedByItemAndARefusalIsShownBesideTheItem() throws Exception {
        when(service.save(eq(ROUND), eq(COURSE), eq(0L), any(), anyBoolean())).thenThrow(new InvalidInputException(
                no.sammen.shared.FieldProblem.of("answers[CHILDREN]", "journalaudit.answer.required")));
        mvc.perform(post("/journal-audits/rounds/{r}/records/{c}", ROUND, COURSE).with(csrf()).param("version", "0")
                        .param("answers[CRISIS_PLAN]", "NO").param("complete", "true"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "answers[CHILDREN]"))
                .andExpect(content().string(containsString("id=\"answers[CHILDREN]-error\"")));
        verify(service).save(ROUND, COURSE, 0L, Map.of("CRISIS_PLAN", "NO"), true);
    }

    @Test
    void anUnknownMeasureIsRefusedBesideItsFieldWithoutReachingTheChart() throws Exception {
        mvc.perform(get("/journal-audits/results").param("unit", UNIT.toString()).param("measure", "NOPE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"measure-error\"")));
        verify(service, never()).open(any(), any(), any());
    }
}
