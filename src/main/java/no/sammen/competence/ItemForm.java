package no.sammen.competence;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** A plan item registered by hand: planned for a day, done on a day with a note as evidence. */
class ItemForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate plannedOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate doneOn;
    private String evidence;
    private long version = -1;

    static ItemForm of(PlanItemView item) {
        ItemForm form = new ItemForm();
        form.plannedOn = item.plannedOn();
        form.doneOn = item.doneOn();
        form.evidence = item.evidenceNote();
        form.version = item.version();
        return form;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public void setPlannedOn(LocalDate plannedOn) {
        this.plannedOn = plannedOn;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public void setDoneOn(LocalDate doneOn) {
        this.doneOn = doneOn;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
