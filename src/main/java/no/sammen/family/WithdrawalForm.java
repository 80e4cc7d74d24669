package no.sammen.family;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** Record the withdrawal of the current consent. */
class WithdrawalForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate withdrawnOn;
    private long version;

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public void setWithdrawnOn(LocalDate withdrawnOn) {
        this.withdrawnOn = withdrawnOn;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
