package no.sammen.imr;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** The IMR course of a treatment course: one per course. */
@Table("imr_course")
class ImrCourse {

    @Id
    private final UUID id;
    private final UUID courseId;
    private ImrFormat format;
    private LocalDate startDate;
    private LocalDate endDate;
    private LocalDate nextSessionOn;
    @MappedCollection(idColumn = "imr_course_id", keyColumn = "position")
    private List<Therapist> therapists;
    @MappedCollection(idColumn = "imr_course_id", keyColumn = "position")
    private List<Module> modules;
    private final Instant createdAt;
    private Instant changedAt;
    @Version
    private Long version;

    @PersistenceCreator
    ImrCourse(UUID id, UUID courseId, ImrFormat format, LocalDate startDate, LocalDate endDate,
            LocalDate nextSessionOn, List<Therapist> therapists, List<Module> modules, Instant createdAt,
            Instant changedAt, Long version) {
        this.id = id;
        this.courseId = courseId;
        this.format = format;
        this.startDate = startDate;
        this.endDate = endDate;
        this.nextSessionOn = nextSessionOn;
        this.therapists = new ArrayList<>(therapists == null ? List.of() : therapists);
        this.modules = new ArrayList<>(modules == null ? List.of() : modules);
        this.createdAt = createdAt;
        this.changedAt = changedAt;
        this.version = version;
    }

    /** A new IMR course; the registration has passed {@link ImrRules}; {@code names} are the therapists' names. */
    static ImrCourse start(UUID courseId, ImrCourseRegistration r, Map<UUID, String> names, Instant now) {
        ImrCourse course = new ImrCourse(UUID.randomUUID(), courseId, r.format(), null, null, null, null, null, now,
                now, null);
        course.change(r, names, now);
        return course;
    }

    void change(ImrCourseRegistration r, Map<UUID, String> names, Instant now) {
        this.format = r.format();
        this.startDate = r.startDate();
        this.endDate = r.endDate();
        this.nextSessionOn = r.nextSessionOn();
        this.therapists = new ArrayList<>(r.therapistIds().stream().map(id -> new Therapist(id, names.get(id))).toList());
        this.modules = new ArrayList<>(r.moduleIds().stream().map(Module::new).toList());
        this.changedAt = now;
    }

    /** The next session as planned at a session: a day, or none. */
    void planNext(LocalDate day, Instant now) {
        this.nextSessionOn = day;
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

    ImrCourseView toView() {
        return new ImrCourseView(id, courseId, format, startDate, endDate, nextSessionOn,
                therapists.stream().map(t -> new TherapistView(t.userId(), t.name())).toList(),
                modules.stream().map(Module::moduleId).toList(), version == null ? 0 : version);
    }

    @Table("imr_course_therapist")
    record Therapist(java.util.UUID userId, String name) {
    }

    @Table("imr_course_module")
    record Module(String moduleId) {
    }
}
