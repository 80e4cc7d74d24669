package no.sammen.shared;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Immutable copies of a collection without its null elements. A blank choice in a form (an empty
 * {@code participantIds=}) binds as a null element; it means «nothing chosen», not an error, and must
 * not reach {@link Set#copyOf}, which throws on nulls.
 */
public final class Elements {

    private Elements() {
    }

    public static <T> Set<T> setOf(Collection<T> values) {
        return values == null ? Set.of()
                : values.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    }

    public static <T> List<T> listOf(Collection<T> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }
}
