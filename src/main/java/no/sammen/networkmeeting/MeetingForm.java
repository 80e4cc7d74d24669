package no.sammen.networkmeeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The registration form. Its property names are the field names the service's problems use, so
 * that each message lands beside its field.
 */
class MeetingForm {

    private Boolean invited;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate invitedOn;
    private List<UUID> invitees = new ArrayList<>();
    private NotInvitedReason notInvitedReason;
    private String notInvitedText;
    private MeetingStatus status;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate plannedOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;
    private MeetingPlace place;
    private String placeText;
    private List<UUID> attendees = new ArrayList<>();
    private NotHeldReason notHeldReason;
    private String notHeldText;
    private UUID staffId;
    private long version;

    static MeetingForm of(NetworkMeetingView m) {
        MeetingForm form = new MeetingForm();
        form.invited = m.invited();
        form.invitedOn = m.invitedOn();
        form.invitees = new ArrayList<>(m.inviteeIds());
        form.notInvitedReason = m.notInvitedReason();
        form.notInvitedText = m.notInvitedText();
        form.status = m.status();
        form.plannedOn = m.plannedOn();
        form.heldOn = m.heldOn();
        form.place = m.place();
        form.placeText = m.placeText();
        form.attendees = new ArrayList<>(m.attendeeIds());
        form.notHeldReason = m.notHeldReason();
        form.notHeldText = m.notHeldText();
        form.staffId = m.staffId();
        form.version = m.version();
        return form;
    }

    MeetingRegistration registration() {
        return new MeetingRegistration(invited, invitedOn, new HashSet<>(invitees), notInvitedReason, notInvitedText,
                status, plannedOn, heldOn, place, placeText, new HashSet<>(attendees), notHeldReason, notHeldText,
                staffId);
    }

    public UUID getStaffId() {
        return staffId;
    }

    public void setStaffId(UUID staffId) {
        this.staffId = staffId;
    }

    public Boolean getInvited() {
        return invited;
    }

    public void setInvited(Boolean invited) {
        this.invited = invited;
    }

    public LocalDate getInvitedOn() {
        return invitedOn;
    }

    public void setInvitedOn(LocalDate invitedOn) {
        this.invitedOn = invitedOn;
    }

    public List<UUID> getInvitees() {
        return invitees;
    }

    public void setInvitees(List<UUID> invitees) {
        this.invitees = invitees == null ? new ArrayList<>() : invitees;
    }

    public NotInvitedReason getNotInvitedReason() {
        return notInvitedReason;
    }

    public void setNotInvitedReason(NotInvitedReason notInvitedReason) {
        this.notInvitedReason = notInvitedReason;
    }

    public String getNotInvitedText() {
        return notInvitedText;
    }

    public void setNotInvitedText(String notInvitedText) {
        this.notInvitedText = notInvitedText;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public void setStatus(MeetingStatus status) {
        this.status = status;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public void setPlannedOn(LocalDate plannedOn) {
        this.plannedOn = plannedOn;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public MeetingPlace getPlace() {
        return place;
    }

    public void setPlace(MeetingPlace place) {
        this.place = place;
    }

    public String getPlaceText() {
        return placeText;
    }

    public void setPlaceText(String placeText) {
        this.placeText = placeText;
    }

    public List<UUID> getAttendees() {
        return attendees;
    }

    public void setAttendees(List<UUID> attendees) {
        this.attendees = attendees == null ? new ArrayList<>() : attendees;
    }

    public NotHeldReason getNotHeldReason() {
        return notHeldReason;
    }

    public void setNotHeldReason(NotHeldReason notHeldReason) {
        this.notHeldReason = notHeldReason;
    }

    public String getNotHeldText() {
        return notHeldText;
    }

    public void setNotHeldText(String notHeldText) {
        this.notHeldText = notHeldText;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
