package no.sammen.imr;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A goal of the user, with every saved wording kept as a revision. */
@Table("imr_goal")
class ImrGoal {

    @Id
    private final UUID id;
    private final UUID courseId;
    private LocalDate setOn;
    private String goal;
    private String steps;
    @MappedCollection(idColumn = "goal_id", keyColumn = "position")
    private List<Revision> revisions;
    private final Instant createdAt;
    private Instant changedAt;
    @Version
    private Long version;

    @PersistenceCreator
    ImrGoal(UUID id, UUID courseId, LocalDate setOn, String goal, String steps, List<Revision> revisions,
            Instant createdAt, Instant changedAt, Long version) {
        this.id = id;
        this.courseId = courseId;
        this.setOn = setOn;
        this.goal = goal;
        this.steps = steps;
        this.revisions = new ArrayList<>(revisions == null ? List.of() : revisions);
        this.createdAt = createdAt;
        this.changedAt = changedAt;
        this.version = version;
    }

    static ImrGoal set(UUID courseId, ImrGoalRegistration r, String recordedBy, Instant now) {
        ImrGoal goal = new ImrGoal(UUID.randomUUID(), courseId, null, null, null, null, now, now, null);
        goal.change(r, recordedBy, now);
        return goal;
    }

    /** A new wording; the earlier ones stay as revisions. */
    void change(ImrGoalRegistration r, String recordedBy, Instant now) {
        this.setOn = r.setOn();
        this.goal = r.goal().strip();
        this.steps = r.steps() == null || r.steps().isBlank() ? null : r.steps().strip();
        this.revisions.add(new Revision(now, recordedBy, setOn, goal, steps));
        this.changedAt = now;
    }

    UUID id() {
        return id;
    }

    UUID courseId() {
        return courseId;
    }

    Long version() {
        return version;
    }

    Instant createdAt() {
        return createdAt;
    }

    ImrGoalView toView() {
        return new ImrGoalView(id, courseId, setOn, goal, steps, version == null ? 0 : version);
    }

    /** The revisions, the latest first. */
    List<ImrGoalRevisionView> history() {
        List<ImrGoalRevisionView> history = new ArrayList<>();
        for (int i = revisions.size() - 1; i >= 0; i--) {
            Revision r = revisions.get(i);
            history.add(new ImrGoalRevisionView(i + 1, r.recordedAt(), r.recordedBy(), r.setOn(), r.goal(), r.steps()));
        }
        return history;
    }

    @Table("imr_goal_revision")
    record Revision(Instant recordedAt, String recordedBy, LocalDate setOn, String goal, String steps) {
    }
}
