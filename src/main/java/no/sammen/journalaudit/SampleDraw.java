package no.sammen.journalaudit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The reproducible draw of a journal audit's sample (ADR 0034). Anyone holding the population, the seed
 * and the sample size draws the same courses in the same order:
 * <ol>
 * <li>sort the population's course ids by their text form (lower-case, with hyphens);</li>
 * <li>shuffle the list with a {@link SplittableRandom} made from the seed, by Fisher–Yates from the end:
 * for i from size − 1 down to 1, swap element i with element {@code random.nextInt(i + 1)};</li>
 * <li>take the first {@code size} courses; their order is the order of the sample.</li>
 * </ol>
 * Plain Java, no Spring.
 */
public final class SampleDraw {

    private SampleDraw() {
    }

    /** The population as the draw orders it before shuffling: by the course id's text form. */
    public static List<UUID> ordered(Collection<UUID> population) {
        return population.stream().distinct().sorted(Comparator.comparing(UUID::toString)).toList();
    }

    /**
     * The sample of {@code size} courses drawn from {@code population} with {@code seed}.
     *
     * @throws IllegalArgumentException when {@code size} is negative or larger than the population
     */
    public static List<UUID> draw(Collection<UUID> population, int size, long seed) {
        List<UUID> list = new ArrayList<>(ordered(population));
        if (size < 0 || size > list.size()) {
            throw new IllegalArgumentException("a sample of " + size + " from a population of " + list.size());
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            UUID swapped = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swapped);
        }
        return List.copyOf(list.subList(0, size));
    }
}
