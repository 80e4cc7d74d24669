package no.sammen.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** A token bucket per round: a minute's worth at once, then one more each 60/n seconds; rounds apart. */
class AnswerRateLimitTest {

    @Test
    void aRoundTakesAMinutesWorthAtOnceThenRefillsAtTheRate() {
        AtomicLong now = new AtomicLong(1_000_000_000L);
        AnswerRateLimit limit = new AnswerRateLimit(6, now::get);
        UUID round = UUID.randomUUID();
        for (int i = 0; i < 6; i++) {
            assertThat(limit.tryTake(round)).as("answer " + (i + 1)).isTrue();
        }
        assertThat(limit.tryTake(round)).isFalse();
        assertThat(limit.tryTake(UUID.randomUUID())).as("another round").isTrue();
        now.addAndGet(9_000_000_000L);
        assertThat(limit.tryTake(round)).as("one token after ten seconds at six a minute").isFalse();
        now.addAndGet(1_000_000_000L);
        assertThat(limit.tryTake(round)).isTrue();
        assertThat(limit.tryTake(round)).isFalse();
        now.addAndGet(3_600_000_000_000L);
        for (int i = 0; i < 6; i++) {
            assertThat(limit.tryTake(round)).isTrue();
        }
        assertThat(limit.tryTake(round)).as("never more than a minute's worth saved up").isFalse();
    }
}
