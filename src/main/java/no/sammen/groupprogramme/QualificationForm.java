package no.sammen.groupprogramme;

import java.time.LocalDate;
import java.util.UUID;

/** The qualification form: a new qualification of a staff member, or a change of its kind and dates. */
class QualificationForm {

    private Long version;
    private UUID userId;
    private QualificationKind kind;
    private LocalDate qualifiedOn;
    private LocalDate validUntil;

    static QualificationForm of(QualificationView q) {
        QualificationForm f = new QualificationForm();
        f.fill(q);
        return f;
    }

    /** The qualification as stored, into this form (which keeps its errors). */
    void fill(QualificationView q) {
        version = q.version();
        userId = q.userId();
        kind = q.kind();
        qualifiedOn = q.qualifiedOn();
        validUntil = q.validUntil();
    }

    QualificationDetails details() {
        return new QualificationDetails(userId, kind, qualifiedOn, validUntil);
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public UUID getUserId() { return userId; }
    public void setUserId(UUID userId) { this.userId = userId; }
    public QualificationKind getKind() { return kind; }
    public void setKind(QualificationKind kind) { this.kind = kind; }
    public LocalDate getQualifiedOn() { return qualifiedOn; }
    public void setQualifiedOn(LocalDate qualifiedOn) { this.qualifiedOn = qualifiedOn; }
    public LocalDate getValidUntil() { return validUntil; }
    public void setValidUntil(LocalDate validUntil) { this.validUntil = validUntil; }
}
