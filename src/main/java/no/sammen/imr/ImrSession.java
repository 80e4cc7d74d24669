package no.sammen.imr;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A session held with a user; {@code unitId} is the unit that held it. */
@Table("imr_session")
record ImrSession(@Id UUID id, UUID courseId, UUID unitId, LocalDate heldOn, ImrFormat format, UUID groupSessionId,
        Shift shift, String moduleId, Integer modulePart, boolean homeworkChosen, boolean attended,
        @MappedCollection(idColumn = "session_id", keyColumn = "position") List<Therapist> therapists,
        @MappedCollection(idColumn = "session_id") Set<Note> notes, Instant createdAt, @Version Long version) {

    ImrSession {
        therapists = therapists == null ? List.of() : List.copyOf(therapists);
        notes = notes == null ? Set.of() : Set.copyOf(notes);
    }

    /** A session from a registration that has passed {@link ImrRules}. */
    static ImrSession held(UUID courseId, UUID unitId, ImrSessionRegistration r, Map<UUID, String> names,
            Instant now) {
        String note = r.goalNote() == null || r.goalNote().isBlank() ? null : r.goalNote().strip();
        return new ImrSession(UUID.randomUUID(), courseId, unitId, r.heldOn(),
                r.format() == null ? ImrFormat.INDIVIDUAL : r.format(), null, r.shift(), r.moduleId(), r.part(),
                r.homeworkChosen(), r.attended(),
                r.therapistIds().stream().map(id -> new Therapist(id, names.get(id))).toList(),
                note == null ? Set.of() : Set.of(new Note(r.goalId(), note)), now, null);
    }

    /** The same session as changed by a registration that has passed {@link ImrRules}. */
    ImrSession changedTo(ImrSessionRegistration r, Map<UUID, String> names) {
        ImrSession fresh = held(courseId, unitId, r, names, createdAt);
        return new ImrSession(id, courseId, unitId, fresh.heldOn(), format, groupSessionId, fresh.shift(),
                fresh.moduleId(), fresh.modulePart(), fresh.homeworkChosen(), fresh.attended(), fresh.therapists(),
                fresh.notes(), createdAt, version);
    }

    ImrSessionView toView() {
        return new ImrSessionView(id, courseId, unitId, heldOn, format, groupSessionId, shift, moduleId, modulePart,
                homeworkChosen, attended, therapists.stream().map(t -> new TherapistView(t.userId(), t.name())).toList(),
                notes.stream().map(n -> new ImrSessionView.GoalNote(n.goalId(), n.note())).toList(),
                version == null ? 0 : version);
    }

    @Table("imr_session_therapist")
    record Therapist(UUID userId, String name) {
    }

    @Table("imr_goal_note")
    record Note(UUID goalId, String note) {
    }
}
