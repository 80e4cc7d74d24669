package no.sammen.conversation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** The one current crisis plan of a course, changed in place. */
@Table("crisis_plan")
class CrisisPlan {

    @Id
    private final UUID id;
    private final UUID courseId;
    private String warningSigns;
    private String patientActions;
    private String relativeActions;
    private String otherContacts;
    @MappedCollection(idColumn = "crisis_plan_id")
    private Set<MadeWith> madeWith;
    private String madeWithOther;
    private LocalDate madeOn;
    private LocalDate reviseOn;
    private final Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;

    @PersistenceCreator
    CrisisPlan(UUID id, UUID courseId, String warningSigns, String patientActions, String relativeActions,
            String otherContacts, Set<MadeWith> madeWith, String madeWithOther, LocalDate madeOn, LocalDate reviseOn,
            Instant createdAt, Instant updatedAt, Long version) {
        this.id = id;
        this.courseId = courseId;
        this.warningSigns = warningSigns;
        this.patientActions = patientActions;
        this.relativeActions = relativeActions;
        this.otherContacts = otherContacts;
        this.madeWith = new HashSet<>(madeWith);
        this.madeWithOther = madeWithOther;
        this.madeOn = madeOn;
        this.reviseOn = reviseOn;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    static CrisisPlan made(UUID courseId, CrisisPlanDetails details, Instant now) {
        CrisisPlan plan = new CrisisPlan(UUID.randomUUID(), courseId, null, null, null, null, Set.of(), null, null,
                null, now, now, null);
        plan.change(details, now);
        return plan;
    }

    void change(CrisisPlanDetails details, Instant now) {
        this.warningSigns = ConversationRules.blankToNull(details.warningSigns());
        this.patientActions = ConversationRules.blankToNull(details.patientActions());
        this.relativeActions = ConversationRules.blankToNull(details.relativeActions());
        this.otherContacts = ConversationRules.blankToNull(details.otherContacts());
        this.madeWith = details.madeWithMemberIds().stream().map(MadeWith::new)
                .collect(Collectors.toCollection(HashSet::new));
        this.madeWithOther = ConversationRules.blankToNull(details.madeWithOther());
        this.madeOn = details.madeOn();
        this.reviseOn = details.reviseOn();
        this.updatedAt = now;
    }

    UUID id() {
        return id;
    }

    UUID courseId() {
        return courseId;
    }

    String warningSigns() {
        return warningSigns;
    }

    String patientActions() {
        return patientActions;
    }

    String relativeActions() {
        return relativeActions;
    }

    String otherContacts() {
        return otherContacts;
    }

    Set<UUID> madeWithMemberIds() {
        return madeWith.stream().map(MadeWith::memberId).collect(Collectors.toSet());
    }

    String madeWithOther() {
        return madeWithOther;
    }

    LocalDate madeOn() {
        return madeOn;
    }

    LocalDate reviseOn() {
        return reviseOn;
    }

    Long version() {
        return version;
    }

    @Table("crisis_plan_member")
    record MadeWith(UUID memberId) {
    }
}
