package no.sammen.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.UUID;

import no.sammen.shared.ConcurrentEditException;
import no.sammen.shared.NotFoundException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

class RegistrationsTest {

    record Note(UUID id, UUID courseId) {
    }

    static final UUID COURSE = UUID.randomUUID();

    @Test
    void aRegistrationOfTheCourseIsFound() {
        Note note = new Note(UUID.randomUUID(), COURSE);
        assertThat(Registrations.ofCourse(Optional.of(note), COURSE, Note::courseId, "note")).isSameAs(note);
    }

    @Test
    void aRegistrationOfAnotherCourseIsNotFoundLikeOneThatDoesNotExist() {
        Note other = new Note(UUID.randomUUID(), UUID.randomUUID());
        assertThatThrownBy(() -> Registrations.ofCourse(Optional.of(other), COURSE, Note::courseId, "note"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Registrations.ofCourse(Optional.<Note>empty(), COURSE, Note::courseId, "note"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyTheVersionReadMayBeChanged() {
        assertThatNoException().isThrownBy(() -> Registrations.checkVersion(3L, 3L, "note"));
        assertThatThrownBy(() -> Registrations.checkVersion(4L, 3L, "note"))
                .isInstanceOf(ConcurrentEditException.class);
        // made meanwhile by someone else, while this user saw none
        assertThatThrownBy(() -> Registrations.checkVersion(0L, null, "note"))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatNoException().isThrownBy(() -> Registrations.checkVersion(null, null, "note"));
    }

    @Test
    void aSaveThatLostARaceIsAConcurrentEdit() {
        assertThat(Registrations.save(() -> "saved", "note")).isEqualTo("saved");
        assertThatThrownBy(() -> Registrations.save(() -> {
            throw new OptimisticLockingFailureException("stale");
        }, "note")).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> Registrations.save(() -> {
            throw new DuplicateKeyException("one per course");
        }, "note")).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void otherFailuresOfASaveAreNotHidden() {
        assertThatThrownBy(() -> Registrations.save(() -> {
            throw new IllegalStateException("broken");
        }, "note")).isInstanceOf(IllegalStateException.class);
    }
}
