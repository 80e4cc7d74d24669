package no.sammen.patient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A treatment course (forløp). Rules that need other data are checked by {@link CourseService}. */
@Table("treatment_course")
class TreatmentCourse {

    @Id
    private final UUID id;
    private final UUID patientId;
    /** What the registering unit calls the patient; null for courses loaded without one. */
    private final String displayLabel;
    private UUID unitId;
    private LocalDate startDate;
    private LocalDate endDate;
    private String diagnosisCode;
    private boolean psychosis;
    private LegalStatus legalStatus;
    private Pathway pathway;
    /** The clinician responsible for the course, or null (ADR 0019). */
    private UUID responsibleUserId;
    /** How the course ended; null while active, and on courses ended before reasons were recorded. */
    private CourseEndReason endReason;
    /** The day the end was first registered (not the end date, which may lie before it). */
    private LocalDate endRecordedOn;
    /** The day the end reason in force was registered. */
    private LocalDate endReasonRecordedOn;
    private final Instant createdAt;
    @Version
    private Long version;

    @PersistenceCreator
    TreatmentCourse(UUID id, UUID patientId, String displayLabel, UUID unitId, LocalDate startDate, LocalDate endDate,
            String diagnosisCode, boolean psychosis, LegalStatus legalStatus, Pathway pathway, UUID responsibleUserId,
            CourseEndReason endReason, LocalDate endRecordedOn, LocalDate endReasonRecordedOn, Instant createdAt,
            Long version) {
        this.id = id;
        this.patientId = patientId;
        this.displayLabel = displayLabel;
        this.unitId = unitId;
        this.startDate = startDate;
        this.endDate = endDate;
        this.diagnosisCode = diagnosisCode;
        this.psychosis = psychosis;
        this.legalStatus = legalStatus;
        this.pathway = pathway;
        this.responsibleUserId = responsibleUserId;
        this.endReason = endReason;
        this.endRecordedOn = endRecordedOn;
        this.endReasonRecordedOn = endReasonRecordedOn;
        this.createdAt = createdAt;
        this.version = version;
    }

    static TreatmentCourse start(UUID patientId, String displayLabel, CourseDetails details, DiagnosisCode diagnosis,
            Instant now) {
        TreatmentCourse course = new TreatmentCourse(UUID.randomUUID(), patientId, displayLabel, null, null, null,
                null, false, null, null, null, null, null, null, now, null);
        course.change(details, diagnosis);
        return course;
    }

    void change(CourseDetails details, DiagnosisCode diagnosis) {
        this.unitId = details.unitId();
        this.startDate = details.startDate();
        this.diagnosisCode = diagnosis.code();
        this.psychosis = diagnosis.isPsychosis();
        this.legalStatus = details.legalStatus();
        this.pathway = details.pathway();
        this.responsibleUserId = details.responsibleUserId();
    }

    /** Another pathway, chosen after an eligibility assessment (ADR 0023). */
    void choose(Pathway pathway) {
        this.pathway = pathway;
    }

    /**
     * Ends the course, or moves the end of an ended one, on {@code today}: the day the end was first
     * registered is kept, and the day of the reason only changes with the reason, so that a reason
     * given later is seen as later (ADR 0021).
     */
    void end(LocalDate endDate, CourseEndReason reason, LocalDate today) {
        this.endDate = endDate;
        if (endRecordedOn == null) {
            endRecordedOn = today;
        }
        if (reason != endReason || endReasonRecordedOn == null) {
            endReasonRecordedOn = today;
        }
        this.endReason = reason;
    }

    CourseEndReason endReason() {
        return endReason;
    }

    LocalDate endRecordedOn() {
        return endRecordedOn;
    }

    LocalDate endReasonRecordedOn() {
        return endReasonRecordedOn;
    }

    boolean isActive() {
        return endDate == null;
    }

    UUID id() {
        return id;
    }

    UUID patientId() {
        return patientId;
    }

    String displayLabel() {
        return displayLabel;
    }

    UUID unitId() {
        return unitId;
    }

    LocalDate startDate() {
        return startDate;
    }

    LocalDate endDate() {
        return endDate;
    }

    String diagnosisCode() {
        return diagnosisCode;
    }

    boolean psychosis() {
        return psychosis;
    }

    LegalStatus legalStatus() {
        return legalStatus;
    }

    Pathway pathway() {
        return pathway;
    }

    UUID responsibleUserId() {
        return responsibleUserId;
    }

    Long version() {
        return version;
    }
}
