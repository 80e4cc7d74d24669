package no.sammen.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import no.sammen.audit.AuditAction;
import no.sammen.audit.AuditRecord;
import no.sammen.audit.AuditService;
import no.sammen.patient.CourseService;
import no.sammen.patient.CourseView;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class CourseRegistrationsTest {

    final CourseService courses = mock(CourseService.class);
    final AuditService audit = mock(AuditService.class);
    final Clock clock = Clock.fixed(Instant.parse("2026-03-31T22:30:00Z"), ZoneId.of("Europe/Oslo"));
    final CourseRegistrations kit = new CourseRegistrations(courses, audit, clock);
    final UUID courseId = UUID.randomUUID();
    final CourseView course = new CourseView(courseId, UUID.randomUUID(), "P-1", "label", UUID.randomUUID(), "Unit",
            LocalDate.of(2026, 3, 1), null, "F20", true, null, null, 0);

    @Test
    void readingAndChangingAskForTheirOwnAccess() {
        when(courses.readable(courseId)).thenReturn(course);
        when(courses.changeable(courseId)).thenReturn(course);
        assertThat(kit.toRead(courseId)).isSameAs(course);
        verify(courses, never()).changeable(any());
        assertThat(kit.toChange(courseId)).isSameAs(course);
        verify(courses).changeable(courseId);
    }

    @Test
    void theAuditEntryNamesTheCoursesUnitAndPatient() {
        UUID objectId = UUID.randomUUID();
        kit.audit(AuditAction.UPDATE, "note", objectId, course, "course " + courseId);
        ArgumentCaptor<AuditRecord> entry = ArgumentCaptor.forClass(AuditRecord.class);
        verify(audit).record(entry.capture());
        assertThat(entry.getValue()).isEqualTo(new AuditRecord(AuditAction.UPDATE, "note", objectId.toString(),
                course.unitId(), "P-1", "course " + courseId));
    }

    @Test
    void todayIsTheNorwegianDay() {
        assertThat(kit.today()).isEqualTo(LocalDate.of(2026, 4, 1));
    }
}
