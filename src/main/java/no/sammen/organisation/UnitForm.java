package no.sammen.organisation;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

/** The unit form of the administrator: new unit and edit. */
class UnitForm {

    private UUID clinicId;
    private String name;
    private UnitType type;
    private String phone;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate implementationStart;
    private boolean active = true;
    private long version;

    static UnitForm of(UnitView unit) {
        UnitForm form = new UnitForm();
        form.clinicId = unit.clinicId();
        form.name = unit.name();
        form.type = unit.type();
        form.phone = unit.phone();
        form.implementationStart = unit.implementationStart();
        form.active = unit.active();
        form.version = unit.version();
        return form;
    }

    UnitDetails details() {
        return new UnitDetails(clinicId, name, type, phone, implementationStart, active);
    }

    public UUID getClinicId() {
        return clinicId;
    }

    public void setClinicId(UUID clinicId) {
        this.clinicId = clinicId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public UnitType getType() {
        return type;
    }

    public void setType(UnitType type) {
        this.type = type;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public LocalDate getImplementationStart() {
        return implementationStart;
    }

    public void setImplementationStart(LocalDate implementationStart) {
        this.implementationStart = implementationStart;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
