package no.sammen.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.sammen.indicator.Suppression.SuppressionReason;

import org.junit.jupiter.api.Test;

/**
 * Results counted and hidden: a round under the minimum hides every figure; the year's total would give it away
 * beside the rounds shown, so one more round is hidden (secondary suppression); shares and Wilson intervals leave
 * out "don't know".
 */
class SurveyResultsTest {

    private final Questionnaire relatives = SurveyQuestionnairesTest.shipped().latest("RELATIVES").orElseThrow();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private SurveyResults.Counted round(LocalDate opens, int answers, int yes, int no, int dontKnow) {
        RoundView view = new RoundView(UUID.randomUUID(), UUID.randomUUID(), "Post", "RELATIVES", 1, opens,
                opens.plusDays(27), null, "k", false, "Leder", Instant.EPOCH, 0);
        return new SurveyResults.Counted(view, relatives, answers,
                Map.of("CONTACTED", Map.of("YES", yes, "NO", no, "DONT_KNOW", dontKnow)));
    }

    @Test
    void sharesLeaveOutDontKnowAndCarryTheirWilsonInterval() {
        SurveyResults.UnitResults r = SurveyResults.compute(List.of(round(LocalDate.of(2025, 3, 1), 6, 4, 1, 1)), 5, TODAY);
        ItemResultView contacted = r.rounds().get(0).item("CONTACTED");
        assertThat(contacted.favourable()).isEqualTo(4);
        assertThat(contacted.counted()).isEqualTo(5);
        assertThat(contacted.answered()).isEqualTo(6);
        assertThat(contacted.share()).isEqualTo(0.8);
        // Wilson 95 % for 4 of 5, as R's prop.test(4, 5, correct = FALSE) gives: 0.3755, 0.9638
        assertThat(contacted.lower()).isCloseTo(0.3755, org.assertj.core.data.Offset.offset(0.0001));
        assertThat(contacted.upper()).isCloseTo(0.9638, org.assertj.core.data.Offset.offset(0.0001));
        assertThat(contacted.distribution()).containsExactly(Map.entry("YES", 4), Map.entry("NO", 1),
                Map.entry("DONT_KNOW", 1));
        assertThat(r.rounds().get(0).answers()).isEqualTo(6);
        assertThat(r.rounds().get(0).inProgress()).isFalse();
    }

    @Test
    void aSmallRoundIsHiddenAndTheYearsTotalCannotGiveItAway() {
        SurveyResults.Counted small = round(LocalDate.of(2025, 3, 1), 3, 2, 1, 0);
        SurveyResults.Counted big = round(LocalDate.of(2025, 6, 1), 12, 9, 3, 0);
        SurveyResults.Counted other = round(LocalDate.of(2025, 9, 1), 20, 15, 5, 0);
        SurveyResults.UnitResults r = SurveyResults.compute(List.of(small, big, other), 5, TODAY);
        RoundResultView s = r.rounds().get(0);
        assertThat(s.hidden()).isTrue();
        assertThat(s.answers()).isNull();
        assertThat(s.item("CONTACTED").suppression()).isEqualTo(SuppressionReason.PRIMARY);
        assertThat(s.item("CONTACTED").favourable()).isNull();
        assertThat(s.item("CONTACTED").distribution()).isNull();
        // 2025's total is shown (35 answers), so the smallest other round is hidden too: 35 − 20 − 12 would be 3
        RoundResultView b = r.rounds().get(1);
        assertThat(b.answers()).isNull();
        assertThat(b.item("CONTACTED").suppression()).isEqualTo(SuppressionReason.SECONDARY);
        assertThat(r.rounds().get(2).answers()).isEqualTo(20);
        assertThat(r.years()).singleElement().satisfies(y -> {
            assertThat(y.year()).isEqualTo(2025);
            assertThat(y.answers()).isEqualTo(35);
            assertThat(y.item("CONTACTED").favourable()).isEqualTo(26);
        });
    }

    @Test
    void withoutASmallRoundNothingIsHiddenAndEachYearHasItsTotal() {
        SurveyResults.UnitResults r = SurveyResults.compute(List.of(round(LocalDate.of(2025, 3, 1), 8, 4, 4, 0),
                round(LocalDate.of(2026, 11, 15), 9, 8, 1, 0)), 5, TODAY);
        assertThat(r.rounds()).allMatch(x -> !x.hidden() && x.items().stream().noneMatch(ItemResultView::hidden));
        assertThat(r.years()).extracting(RoundResultView::year).containsExactly(2025, 2026);
        assertThat(r.rounds().get(1).inProgress()).as("open until 12 December").isTrue();
        assertThat(r.years().get(1).inProgress()).isTrue();
    }
}
