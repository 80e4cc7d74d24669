package no.sammen.audit;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The filter form of the audit log page, read from the query string. */
class AuditFilterForm {

    private String actor;
    private String patientKey;
    private AuditAction action;
    private String objectType;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;
    private int page;
    private Long upTo;

    AuditFilter toFilter() {
        return new AuditFilter(actor, patientKey, action, objectType, from, to, upTo);
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getPatientKey() {
        return patientKey;
    }

    public void setPatientKey(String patientKey) {
        this.patientKey = patientKey;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public String getObjectType() {
        return objectType;
    }

    public void setObjectType(String objectType) {
        this.objectType = objectType;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(page, 0);
    }

    public Long getUpTo() {
        return upTo;
    }

    public void setUpTo(Long upTo) {
        this.upTo = upTo;
    }
}
