package no.sammen.family;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

/** Register a contact with relatives: date and time as two fields, the members as check boxes. */
class ContactForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime time;
    private ContactChannel channel;
    private String staffName;
    private UUID staffId;
    private Set<UUID> memberIds = new LinkedHashSet<>();

    NewContact contact() {
        return new NewContact(getDateTime(), channel, staffName, memberIds, staffId);
    }

    /** Date and time together, as the service checks them; null while either is missing. */
    public LocalDateTime getDateTime() {
        return date == null || time == null ? null : date.atTime(time);
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getTime() {
        return time;
    }

    public void setTime(LocalTime time) {
        this.time = time;
    }

    public ContactChannel getChannel() {
        return channel;
    }

    public void setChannel(ContactChannel channel) {
        this.channel = channel;
    }

    public String getStaffName() {
        return staffName;
    }

    public void setStaffName(String staffName) {
        this.staffName = staffName;
    }

    public UUID getStaffId() {
        return staffId;
    }

    public void setStaffId(UUID staffId) {
        this.staffId = staffId;
    }

    public Set<UUID> getMemberIds() {
        return memberIds;
    }

    public void setMemberIds(Set<UUID> memberIds) {
        this.memberIds = memberIds == null ? new LinkedHashSet<>() : memberIds;
    }
}
