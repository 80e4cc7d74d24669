package no.sammen.guideline;

import java.util.List;
import java.util.UUID;

/** The guideline checklist of one course: every recommendation that applies to it, in catalog order. */
public record ChecklistView(UUID courseId, int catalogVersion, List<ChecklistItem> items) {
}
