package no.sammen.patient;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

class EndCourseForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;
    private long version;
    private CourseEndReason endReason;

    public CourseEndReason getEndReason() {
        return endReason;
    }

    public void setEndReason(CourseEndReason endReason) {
        this.endReason = endReason;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
