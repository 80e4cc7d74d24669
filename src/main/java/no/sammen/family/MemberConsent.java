package no.sammen.family;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One registration of consent for one network member. A new answer is a new row; the only change
 * ever made to a row is recording its withdrawal, so the history stays as it was given.
 */
@Table("member_consent")
class MemberConsent {

    @Id
    private final UUID id;
    private final UUID courseId;
    private final UUID memberId;
    private final ConsentStatus status;
    private final String scope;
    private final LocalDate givenOn;
    private LocalDate withdrawnOn;
    private final Instant createdAt;
    @Version
    private Long version;

    @PersistenceCreator
    MemberConsent(UUID id, UUID courseId, UUID memberId, ConsentStatus status, String scope, LocalDate givenOn,
            LocalDate withdrawnOn, Instant createdAt, Long version) {
        this.id = id;
        this.courseId = courseId;
        this.memberId = memberId;
        this.status = status;
        this.scope = scope;
        this.givenOn = givenOn;
        this.withdrawnOn = withdrawnOn;
        this.createdAt = createdAt;
        this.version = version;
    }

    static MemberConsent register(UUID courseId, ConsentDetails details, Instant now) {
        String scope = details.scope() == null || details.scope().isBlank() ? null : details.scope().strip();
        return new MemberConsent(UUID.randomUUID(), courseId, details.memberId(), details.status(), scope,
                details.givenOn(), null, now, null);
    }

    void withdraw(LocalDate on) {
        this.withdrawnOn = on;
    }

    UUID id() {
        return id;
    }

    UUID courseId() {
        return courseId;
    }

    UUID memberId() {
        return memberId;
    }

    ConsentStatus status() {
        return status;
    }

    LocalDate givenOn() {
        return givenOn;
    }

    LocalDate withdrawnOn() {
        return withdrawnOn;
    }

    Instant createdAt() {
        return createdAt;
    }

    Long version() {
        return version;
    }

    ConsentView toView(boolean current) {
        return new ConsentView(id, courseId, memberId, status, scope, givenOn, withdrawnOn, createdAt, current,
                version);
    }
}
