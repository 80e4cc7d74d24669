package no.sammen.journalaudit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The draw of a sample: reproducible from population, seed and size, and as the algorithm is documented. */
class SampleDrawTest {

    private static List<UUID> population(int size) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            ids.add(new UUID(0x1000L + i * 7919L, 0x2000L + i * 104729L));
        }
        return ids;
    }

    @Test
    void theSameSeedDrawsTheSameSampleWhateverTheOrderThePopulationComesIn() {
        List<UUID> population = population(40);
        List<UUID> shuffled = new ArrayList<>(population);
        Collections.shuffle(shuffled, new java.util.Random(1));
        assertThat(SampleDraw.draw(shuffled, 10, 42L)).isEqualTo(SampleDraw.draw(population, 10, 42L));
    }

    @Test
    void anotherSeedDrawsAnotherSample() {
        List<UUID> population = population(40);
        assertThat(SampleDraw.draw(population, 10, 42L)).isNotEqualTo(SampleDraw.draw(population, 10, 43L));
    }

    @Test
    void aSampleIsDistinctCoursesOfThePopulation() {
        List<UUID> population = population(25);
        List<UUID> sample = SampleDraw.draw(population, 25, 7L);
        assertThat(new HashSet<>(sample)).hasSize(25).containsExactlyInAnyOrderElementsOf(population);
    }

    @Test
    void aSampleLargerThanThePopulationIsRefused() {
        assertThatThrownBy(() -> SampleDraw.draw(population(3), 4, 1L)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The documented steps written out once more: sort by id text, Fisher–Yates from the end, take the first n. */
    @Test
    void theDrawIsTheDocumentedAlgorithm() {
        List<UUID> population = population(12);
        List<UUID> expected = new ArrayList<>(population);
        expected.sort((a, b) -> a.toString().compareTo(b.toString()));
        java.util.SplittableRandom random = new java.util.SplittableRandom(2026L);
        for (int i = expected.size() - 1; i > 0; i--) {
            Collections.swap(expected, i, random.nextInt(i + 1));
        }
        assertThat(SampleDraw.draw(population, 5, 2026L)).isEqualTo(expected.subList(0, 5));
    }

    /** A stored round must draw the same tomorrow: a change of the algorithm fails here. */
    @Test
    void aKnownDrawStaysTheSame() {
        List<UUID> population = List.of(UUID.fromString("00000000-0000-4000-8000-000000000001"),
                UUID.fromString("00000000-0000-4000-8000-000000000002"),
                UUID.fromString("00000000-0000-4000-8000-000000000003"),
                UUID.fromString("00000000-0000-4000-8000-000000000004"),
                UUID.fromString("00000000-0000-4000-8000-000000000005"));
        assertThat(SampleDraw.draw(population, 3, 1L).stream().map(u -> u.toString().substring(35)).toList())
                .isEqualTo(PINNED);
    }

    /** Recorded from the draw when the algorithm was written down (ADR 0034). */
    static final List<String> PINNED = List.of("1", "3", "4");
}
