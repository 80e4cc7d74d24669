package no.sammen.imr;

import java.time.LocalDate;
import java.util.UUID;

/** A referral to an IMR group at another unit. */
class ImrReferralForm {

    private UUID toUnitId;
    private LocalDate referredOn;
    private String note;

    public UUID getToUnitId() {
        return toUnitId;
    }

    public void setToUnitId(UUID toUnitId) {
        this.toUnitId = toUnitId;
    }

    public LocalDate getReferredOn() {
        return referredOn;
    }

    public void setReferredOn(LocalDate referredOn) {
        this.referredOn = referredOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }


}