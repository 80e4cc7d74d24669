package no.sammen.family;

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

/**
 * The course-level facts of the family, one row per course once something is recorded: the
 * «no relatives or network» mark and the patient's minor children.
 */
@Table("family_course")
class CourseFamily {

    @Id
    private final UUID courseId;
    private boolean noNetwork;
    /** The day the «no relatives or network» in force was marked; null when not marked (ADR 0021). */
    private LocalDate noNetworkOn;
    private LocalDate childrenAskedOn;
    private Integer childrenCount;
    private ChildNeeds childrenNeeds;
    @MappedCollection(idColumn = "family_course_id", keyColumn = "age_index")
    private List<ChildAge> childAges;
    private Instant updatedAt;
    @Version
    private Long version;

    @PersistenceCreator
    CourseFamily(UUID courseId, boolean noNetwork, LocalDate noNetworkOn, LocalDate childrenAskedOn,
            Integer childrenCount, ChildNeeds childrenNeeds, List<ChildAge> childAges, Instant updatedAt, Long version) {
        this.courseId = courseId;
        this.noNetwork = noNetwork;
        this.noNetworkOn = noNetworkOn;
        this.childrenAskedOn = childrenAskedOn;
        this.childrenCount = childrenCount;
        this.childrenNeeds = childrenNeeds;
        this.childAges = new ArrayList<>(childAges == null ? List.of() : childAges);
        this.updatedAt = updatedAt;
        this.version = version;
    }

    static CourseFamily start(UUID courseId, Instant now) {
        return new CourseFamily(courseId, false, null, null, null, null, List.of(), now, null);
    }

    /**
     * Sets or clears the mark. Setting it records {@code today} as the day it was marked, unless it
     * was already set: the day is that of the decision in force, and a later exclusion is seen as
     * later (ADR 0021).
     */
    void markNoNetwork(boolean noNetwork, Instant now, LocalDate today) {
        if (noNetwork && (!this.noNetwork || noNetworkOn == null)) {
            this.noNetworkOn = today;
        } else if (!noNetwork) {
            this.noNetworkOn = null;
        }
        this.noNetwork = noNetwork;
        this.updatedAt = now;
    }

    LocalDate noNetworkOn() {
        return noNetworkOn;
    }

    /** Records what the patient said about minor children; {@link MinorChildren#NOT_ASKED} clears it. */
    void recordChildren(MinorChildren children, Instant now) {
        this.childrenAskedOn = children.askedOn();
        this.childrenCount = children.asked() ? children.count() : null;
        this.childrenNeeds = children.hasChildren() ? children.needsAddressed() : null;
        this.childAges = children.hasChildren()
                ? new ArrayList<>(children.ages().stream().map(ChildAge::new).toList())
                : new ArrayList<>();
        this.updatedAt = now;
    }

    UUID courseId() {
        return courseId;
    }

    boolean noNetwork() {
        return noNetwork;
    }

    Long version() {
        return version;
    }

    MinorChildren children() {
        if (childrenAskedOn == null) {
            return MinorChildren.NOT_ASKED;
        }
        return new MinorChildren(childrenAskedOn, childrenCount, childAges.stream().map(ChildAge::age).toList(),
                childrenNeeds);
    }

    FamilyStateView toView() {
        return new FamilyStateView(courseId, noNetwork, children(), version, noNetworkOn);
    }

    /** One child's age; the list keeps the order in which they were given. */
    @Table("family_child_age")
    record ChildAge(int age) {
    }
}
