package no.sammen.worklist;

import java.util.List;

import no.sammen.patient.CourseView;

/** One course on the unit worklist: its group, and its open items, most urgent first. */
public record CourseWork(CourseView course, WorklistGroup group, List<OpenItem> items) {

    public CourseWork {
        items = List.copyOf(items);
    }
}
