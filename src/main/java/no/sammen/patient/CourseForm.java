package no.sammen.patient;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

/** The course form: registration (with national id and label) and edit (without). */
class CourseForm {

    private String nationalId;
    private String displayLabel;
    private UUID unitId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;
    private String diagnosisCode;
    private LegalStatus legalStatus = LegalStatus.VOLUNTARY;
    private Pathway pathway = Pathway.ORDINARY;
    private UUID responsibleUserId;
    private long version;
    /** Asked on a medication-free course whose legal status changes to compulsory (ADR 0023). */
    private PathwayOnCompulsory.Answer pathwayOnCompulsory;
    private String pathwayOnCompulsoryReason;

    static CourseForm of(CourseView course) {
        CourseForm form = new CourseForm();
        form.unitId = course.unitId();
        form.startDate = course.startDate();
        form.diagnosisCode = course.diagnosisCode();
        form.legalStatus = course.legalStatus();
        form.pathway = course.pathway();
        form.responsibleUserId = course.responsibleUserId();
        form.version = course.version();
        return form;
    }

    CourseDetails details() {
        return new CourseDetails(unitId, startDate, diagnosisCode, legalStatus, pathway, responsibleUserId);
    }

    PathwayOnCompulsory onCompulsory() {
        return pathwayOnCompulsory == null && pathwayOnCompulsoryReason == null ? null
                : new PathwayOnCompulsory(pathwayOnCompulsory, pathwayOnCompulsoryReason);
    }

    public PathwayOnCompulsory.Answer getPathwayOnCompulsory() {
        return pathwayOnCompulsory;
    }

    public void setPathwayOnCompulsory(PathwayOnCompulsory.Answer pathwayOnCompulsory) {
        this.pathwayOnCompulsory = pathwayOnCompulsory;
    }

    public String getPathwayOnCompulsoryReason() {
        return pathwayOnCompulsoryReason;
    }

    public void setPathwayOnCompulsoryReason(String pathwayOnCompulsoryReason) {
        this.pathwayOnCompulsoryReason = pathwayOnCompulsoryReason;
    }

    public String getNationalId() {
        return nationalId;
    }

    public void setNationalId(String nationalId) {
        this.nationalId = nationalId;
    }

    public String getDisplayLabel() {
        return displayLabel;
    }

    public void setDisplayLabel(String displayLabel) {
        this.displayLabel = displayLabel;
    }

    public UUID getUnitId() {
        return unitId;
    }

    public void setUnitId(UUID unitId) {
        this.unitId = unitId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public String getDiagnosisCode() {
        return diagnosisCode;
    }

    public void setDiagnosisCode(String diagnosisCode) {
        this.diagnosisCode = diagnosisCode;
    }

    public LegalStatus getLegalStatus() {
        return legalStatus;
    }

    public void setLegalStatus(LegalStatus legalStatus) {
        this.legalStatus = legalStatus;
    }

    public Pathway getPathway() {
        return pathway;
    }

    public void setPathway(Pathway pathway) {
        this.pathway = pathway;
    }

    public UUID getResponsibleUserId() {
        return responsibleUserId;
    }

    public void setResponsibleUserId(UUID responsibleUserId) {
        this.responsibleUserId = responsibleUserId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    @Override
    public String toString() {
        return "CourseForm[nationalId=***]";
    }
}
