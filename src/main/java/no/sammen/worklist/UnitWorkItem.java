package no.sammen.worklist;

import no.sammen.patient.CourseView;

/** An open work item of one course, for the unit worklist. */
public record UnitWorkItem(CourseView course, WorkItem item) {
}
