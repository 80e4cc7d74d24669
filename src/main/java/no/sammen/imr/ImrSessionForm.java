package no.sammen.imr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A session held with the user. */
class ImrSessionForm {

    private LocalDate heldOn;
    private Shift shift;
    private List<UUID> therapistIds = new ArrayList<>();
    private String moduleId;
    private Integer part;
    private Boolean homeworkChosen;
    private Boolean attended;
    private UUID goalId;
    private String goalNote;
    private LocalDate nextSessionOn;
    private Long version;

    /** The form of a stored session, to change it. */
    static ImrSessionForm of(ImrSessionView s) {
        ImrSessionForm form = new ImrSessionForm();
        form.heldOn = s.heldOn();
        form.shift = s.shift();
        form.therapistIds = new ArrayList<>(s.therapists().stream().map(TherapistView::userId).toList());
        form.moduleId = s.moduleId();
        form.part = s.part();
        form.homeworkChosen = s.homeworkChosen();
        form.attended = s.attended();
        s.notes().stream().findFirst().ifPresent(n -> {
            form.goalId = n.goalId();
            form.goalNote = n.note();
        });
        form.version = s.version();
        return form;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public Shift getShift() {
        return shift;
    }

    public void setShift(Shift shift) {
        this.shift = shift;
    }

    public List<UUID> getTherapistIds() {
        return therapistIds;
    }

    public void setTherapistIds(List<UUID> therapistIds) {
        this.therapistIds = therapistIds;
    }

    public String getModuleId() {
        return moduleId;
    }

    public void setModuleId(String moduleId) {
        this.moduleId = moduleId;
    }

    public Integer getPart() {
        return part;
    }

    public void setPart(Integer part) {
        this.part = part;
    }

    public Boolean getHomeworkChosen() {
        return homeworkChosen;
    }

    public void setHomeworkChosen(Boolean homeworkChosen) {
        this.homeworkChosen = homeworkChosen;
    }

    public Boolean getAttended() {
        return attended;
    }

    public void setAttended(Boolean attended) {
        this.attended = attended;
    }

    public UUID getGoalId() {
        return goalId;
    }

    public void setGoalId(UUID goalId) {
        this.goalId = goalId;
    }

    public String getGoalNote() {
        return goalNote;
    }

    public void setGoalNote(String goalNote) {
        this.goalNote = goalNote;
    }

    public LocalDate getNextSessionOn() {
        return nextSessionOn;
    }

    public void setNextSessionOn(LocalDate nextSessionOn) {
        this.nextSessionOn = nextSessionOn;
    }

    ImrSessionRegistration registration() {
        return new ImrSessionRegistration(heldOn, ImrFormat.INDIVIDUAL, shift, therapistIds,
                moduleId == null || moduleId.isBlank() ? null : moduleId, part, homeworkChosen, attended, goalId,
                goalNote, nextSessionOn);
    }

}