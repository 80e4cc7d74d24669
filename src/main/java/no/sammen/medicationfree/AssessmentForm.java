package no.sammen.medicationfree;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The eligibility assessment form; the diagnosis and legal status are shown from the course. */
class AssessmentForm {

    private Long courseVersion;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate assessedOn;
    private Boolean wantsNonMedication;
    private Boolean professionallySound;
    private Boolean capacityToConsent;
    private Boolean noRisk;
    private String note;

    AssessmentAnswers answers() {
        return new AssessmentAnswers(courseVersion, assessedOn, wantsNonMedication, professionallySound,
                capacityToConsent, noRisk, note);
    }

    /** The criteria read from the course have no input; their errors are shown beside their rows. */
    public Boolean getPsychosis() {
        return null;
    }

    public Boolean getVoluntary() {
        return null;
    }

    public Long getCourseVersion() {
        return courseVersion;
    }

    public void setCourseVersion(Long courseVersion) {
        this.courseVersion = courseVersion;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }

    public Boolean getWantsNonMedication() {
        return wantsNonMedication;
    }

    public void setWantsNonMedication(Boolean wantsNonMedication) {
        this.wantsNonMedication = wantsNonMedication;
    }

    public Boolean getProfessionallySound() {
        return professionallySound;
    }

    public void setProfessionallySound(Boolean professionallySound) {
        this.professionallySound = professionallySound;
    }

    public Boolean getCapacityToConsent() {
        return capacityToConsent;
    }

    public void setCapacityToConsent(Boolean capacityToConsent) {
        this.capacityToConsent = capacityToConsent;
    }

    public Boolean getNoRisk() {
        return noRisk;
    }

    public void setNoRisk(Boolean noRisk) {
        this.noRisk = noRisk;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
