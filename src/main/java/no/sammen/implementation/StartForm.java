package no.sammen.implementation;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The form that moves the unit's implementation start, at the unit's version as read. */
public class StartForm {

    private long unitVersion;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate implementationStart;

    public long getUnitVersion() {
        return unitVersion;
    }

    public void setUnitVersion(long unitVersion) {
        this.unitVersion = unitVersion;
    }

    public LocalDate getImplementationStart() {
        return implementationStart;
    }

    public void setImplementationStart(LocalDate implementationStart) {
        this.implementationStart = implementationStart;
    }
}
