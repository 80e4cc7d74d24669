package no.sammen.family;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

/** Register the patient's answer about sharing information with one member. */
class ConsentForm {

    private ConsentStatus status;
    private String scope;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate givenOn;

    ConsentDetails details(UUID memberId) {
        return new ConsentDetails(memberId, status, scope, givenOn);
    }

    public ConsentStatus getStatus() {
        return status;
    }

    public void setStatus(ConsentStatus status) {
        this.status = status;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public void setGivenOn(LocalDate givenOn) {
        this.givenOn = givenOn;
    }
}
