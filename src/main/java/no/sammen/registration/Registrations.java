package no.sammen.registration;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import no.sammen.shared.ConcurrentEditException;
import no.sammen.shared.NotFoundException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

/** Loading, version checking and saving of one registration of a course. */
public final class Registrations {

    private Registrations() {
    }

    /**
     * The registration found, if it belongs to the course; otherwise "not found", the same answer as
     * for an id that does not exist, so that an id of another course reveals nothing.
     */
    public static <T> T ofCourse(Optional<T> found, UUID courseId, Function<T, UUID> courseOf, String objectType) {
        return found.filter(r -> courseId.equals(courseOf.apply(r)))
                .orElseThrow(() -> new NotFoundException(objectType));
    }

    /**
     * Whether the registration is changed at the version the user read. {@code stored} null is a
     * registration not made yet, which only a user who read none ({@code read} null) may make.
     */
    public static void checkVersion(Long stored, Long read, String objectType) {
        if (!Objects.equals(stored, read)) {
            throw new ConcurrentEditException(objectType);
        }
    }

    /**
     * Saves: a save that lost a race (someone else saved the same version, or made the same
     * one-per-course registration, meanwhile) is the concurrent-edit answer, and nothing is stored.
     */
    public static <T> T save(Supplier<T> save, String objectType) {
        try {
            return save.get();
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            throw new ConcurrentEditException(objectType);
        }
    }
}
