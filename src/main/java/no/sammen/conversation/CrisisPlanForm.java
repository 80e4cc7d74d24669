package no.sammen.conversation;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

/** The crisis plan form; {@code version} is empty until the plan is first saved. */
class CrisisPlanForm {

    private String warningSigns;
    private String patientActions;
    private String relativeActions;
    private String otherContacts;
    private Set<UUID> madeWithMemberIds = new LinkedHashSet<>();
    private String madeWithOther;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate madeOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reviseOn;
    private Long version;

    static CrisisPlanForm of(CrisisPlanView plan) {
        CrisisPlanForm form = new CrisisPlanForm();
        form.warningSigns = plan.warningSigns();
        form.patientActions = plan.patientActions();
        form.relativeActions = plan.relativeActions();
        form.otherContacts = plan.otherContacts();
        plan.madeWith().forEach(p -> form.madeWithMemberIds.add(p.memberId()));
        form.madeWithOther = plan.madeWithOther();
        form.madeOn = plan.madeOn();
        form.reviseOn = plan.reviseOn();
        form.version = plan.version();
        return form;
    }

    CrisisPlanDetails details() {
        return new CrisisPlanDetails(warningSigns, patientActions, relativeActions, otherContacts, madeWithMemberIds,
                madeWithOther, madeOn, reviseOn);
    }

    public String getWarningSigns() {
        return warningSigns;
    }

    public void setWarningSigns(String warningSigns) {
        this.warningSigns = warningSigns;
    }

    public String getPatientActions() {
        return patientActions;
    }

    public void setPatientActions(String patientActions) {
        this.patientActions = patientActions;
    }

    public String getRelativeActions() {
        return relativeActions;
    }

    public void setRelativeActions(String relativeActions) {
        this.relativeActions = relativeActions;
    }

    public String getOtherContacts() {
        return otherContacts;
    }

    public void setOtherContacts(String otherContacts) {
        this.otherContacts = otherContacts;
    }

    public Set<UUID> getMadeWithMemberIds() {
        return madeWithMemberIds;
    }

    public void setMadeWithMemberIds(Set<UUID> madeWithMemberIds) {
        this.madeWithMemberIds = madeWithMemberIds == null ? new LinkedHashSet<>() : madeWithMemberIds;
    }

    public String getMadeWithOther() {
        return madeWithOther;
    }

    public void setMadeWithOther(String madeWithOther) {
        this.madeWithOther = madeWithOther;
    }

    public LocalDate getMadeOn() {
        return madeOn;
    }

    public void setMadeOn(LocalDate madeOn) {
        this.madeOn = madeOn;
    }

    public LocalDate getReviseOn() {
        return reviseOn;
    }

    public void setReviseOn(LocalDate reviseOn) {
        this.reviseOn = reviseOn;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
