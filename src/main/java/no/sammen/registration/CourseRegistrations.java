package no.sammen.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import no.sammen.audit.AuditAction;
import no.sammen.audit.AuditRecord;
import no.sammen.audit.AuditService;
import no.sammen.patient.CourseService;
import no.sammen.patient.CourseView;

import org.springframework.stereotype.Component;

/**
 * A module's way to a course it registers on: the course with the acting user's access checked, the
 * audit entry of what was read or changed, and today in Norwegian time. Reading and changing are two
 * named methods, so that a call says which access it needs.
 */
@Component
public class CourseRegistrations {

    private final CourseService courses;
    private final AuditService audit;
    private final Clock clock;

    CourseRegistrations(CourseService courses, AuditService audit, Clock clock) {
        this.courses = courses;
        this.audit = audit;
        this.clock = clock;
    }

    /** The course, if the acting user may read it; otherwise "not found". Not audited. */
    public CourseView toRead(UUID courseId) {
        return courses.readable(courseId);
    }

    /** The course, if the acting user may register on it; otherwise "not found" or "access denied". Not audited. */
    public CourseView toChange(UUID courseId) {
        return courses.changeable(courseId);
    }

    /**
     * Writes one audit entry about an object of the course, in the caller's transaction.
     *
     * @param objectId the object's id, or null for a list or for the course as a whole
     * @param details  what the entry says besides: the shape of the registration, never its free text
     */
    public void audit(AuditAction action, String objectType, Object objectId, CourseView course, String details) {
        audit.record(new AuditRecord(action, objectType, objectId == null ? null : objectId.toString(),
                course.unitId(), course.patientKey(), details));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
