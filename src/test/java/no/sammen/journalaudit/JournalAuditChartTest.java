package no.sammen.journalaudit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import no.sammen.spc.Observation;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The rounds as a chart: one point per round of the measure chosen, two phases split at the implementation start. */
class JournalAuditChartTest {

    private static RoundResultView round(LocalDate month, long meeting, long audited, boolean provisional) {
        RoundView round = new RoundView(UUID.randomUUID(), UUID.randomUUID(), "Post", new AuditPeriod(PeriodKind.MONTH, month),
                Population.STARTED_PSYCHOSIS, 1, 10, 20, 1L, "Leder", Instant.now(), provisional ? 5 : 10);
        return new RoundResultView(round, meeting, audited, meeting * 5, audited * 6,
                List.of(new RoundResultView.ItemResult("CRISIS_PLAN", meeting, audited)), List.of(), provisional);
    }

    private static List<RoundResultView> rounds() {
        List<RoundResultView> rounds = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            rounds.add(round(LocalDate.of(2026, 1, 1).plusMonths(i), i < 4 ? 3 : 8, 10, i == 7));
        }
        return rounds;
    }

    @Test
    void theRoundsAreSplitIntoTwoPhasesAtTheImplementationStart() {
        List<Observation> observations = JournalAuditChart.observations(rounds(), JournalAuditChart.K8,
                LocalDate.of(2026, 5, 1));
        assertThat(observations).extracting(Observation::part).containsExactly("before", "before", "before", "before",
                "after", "after", "after", "after");
        assertThat(observations.get(0).y()).isEqualTo(3.0);
        assertThat(observations.get(0).n()).isEqualTo(10.0);
        assertThat(observations.get(7).exclude()).as("the provisional round takes no part in the limits").isTrue();
        assertThat(JournalAuditChart.observations(rounds(), JournalAuditChart.K8, LocalDate.of(2025, 5, 1)))
                .extracting(Observation::part).containsOnlyNulls();
    }

    @Test
    void theMeasureIsK8TheTotalOrOneItem() {
        RoundResultView r = round(LocalDate.of(2026, 1, 1), 4, 10, false);
        assertThat(JournalAuditChart.value(r, JournalAuditChart.K8)).isEqualTo(new JournalAuditChart.Value(4, 10));
        assertThat(JournalAuditChart.value(r, JournalAuditChart.TOTAL)).isEqualTo(new JournalAuditChart.Value(20, 60));
        assertThat(JournalAuditChart.value(r, "CRISIS_PLAN")).isEqualTo(new JournalAuditChart.Value(4, 10));
    }

    @Test
    void theChartIsDrawnByTheReportsChartWithAPhaseSplit() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/messages");
        messages.setDefaultEncoding("UTF-8");
        String svg = new JournalAuditChart(messages).render("p", rounds(), JournalAuditChart.K8, "K8", "Post",
                LocalDate.of(2026, 5, 1), 0.8, Locale.ENGLISH);
        assertThat(svg).startsWith("<svg").contains("class=\"phase-split\"").contains("class=\"target\"")
                .contains("point provisional").contains("class=\"limit\"");
    }
}
