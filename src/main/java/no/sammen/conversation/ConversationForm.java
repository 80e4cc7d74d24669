package no.sammen.conversation;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

/** The conversation guide's form: the topics ticked under its headings and the registration below. */
class ConversationForm {

    private ConversationKind kind;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;
    private Set<UUID> participantIds = new LinkedHashSet<>();
    private String staff;
    private UUID staffId;
    private Set<ConversationTopic> topics = new LinkedHashSet<>();
    private String note;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate followUpOn;
    private long version;

    static ConversationForm of(ConversationView conversation) {
        ConversationForm form = new ConversationForm();
        form.kind = conversation.kind();
        form.heldOn = conversation.heldOn();
        conversation.participants().forEach(p -> form.participantIds.add(p.memberId()));
        form.staff = conversation.staffId() == null ? conversation.staff() : null;
        form.staffId = conversation.staffId();
        form.topics.addAll(conversation.topics());
        form.note = conversation.note();
        form.followUpOn = conversation.followUpOn();
        form.version = conversation.version();
        return form;
    }

    ConversationDetails details() {
        return new ConversationDetails(kind, heldOn, participantIds, staff, topics, note, followUpOn, staffId);
    }

    public ConversationKind getKind() {
        return kind;
    }

    public void setKind(ConversationKind kind) {
        this.kind = kind;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public Set<UUID> getParticipantIds() {
        return participantIds;
    }

    public void setParticipantIds(Set<UUID> participantIds) {
        this.participantIds = participantIds == null ? new LinkedHashSet<>() : participantIds;
    }

    public UUID getStaffId() {
        return staffId;
    }

    public void setStaffId(UUID staffId) {
        this.staffId = staffId;
    }

    public String getStaff() {
        return staff;
    }

    public void setStaff(String staff) {
        this.staff = staff;
    }

    public Set<ConversationTopic> getTopics() {
        return topics;
    }

    public void setTopics(Set<ConversationTopic> topics) {
        this.topics = topics == null ? new LinkedHashSet<>() : topics;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDate getFollowUpOn() {
        return followUpOn;
    }

    public void setFollowUpOn(LocalDate followUpOn) {
        this.followUpOn = followUpOn;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
