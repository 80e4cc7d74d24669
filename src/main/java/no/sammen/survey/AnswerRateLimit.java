package no.sammen.survey;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * How many answers a round takes: a token bucket per round, kept in memory on each instance, holding at most a
 * minute's worth ({@code sammen.survey.answers-per-minute}) and filled again at that rate. Every attempt takes a
 * token, a refused one too, so that codes cannot be tried fast. It limits per round, not per person: nothing about
 * the person answering is looked at (ADR 0036).
 */
@Component
class AnswerRateLimit {

    private final double capacity;
    private final double perNano;
    private final LongSupplier nanos;
    private final Map<UUID, Bucket> buckets = new ConcurrentHashMap<>();

    @Autowired
    AnswerRateLimit(SurveyProperties properties) {
        this(properties.answersPerMinute(), System::nanoTime);
    }

    AnswerRateLimit(int perMinute, LongSupplier nanos) {
        this.capacity = perMinute;
        this.perNano = perMinute / 60_000_000_000.0;
        this.nanos = nanos;
    }

    /** Takes a token from the round's bucket; false when it is empty. */
    boolean tryTake(UUID roundId) {
        long now = nanos.getAsLong();
        if (buckets.size() > 10_000) {
            buckets.entrySet().removeIf(e -> e.getValue().fullAt(now, capacity, perNano));
        }
        return buckets.computeIfAbsent(roundId, id -> new Bucket(capacity, now)).take(now, capacity, perNano);
    }

    private static final class Bucket {

        private double tokens;
        private long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }

        synchronized boolean take(long now, double capacity, double perNano) {
            tokens = Math.min(capacity, tokens + Math.max(0, now - at) * perNano);
            at = now;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }

        synchronized boolean fullAt(long now, double capacity, double perNano) {
            return tokens + Math.max(0, now - at) * perNano >= capacity;
        }
    }
}
