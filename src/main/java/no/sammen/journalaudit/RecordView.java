package no.sammen.journalaudit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One sampled record of a round: the course's display label (never a national id) and the auditor's answers
 * by item id.
 *
 * @param position  the place of the course in the draw, from 1
 * @param auditedBy the name of the user who last saved the checklist, or null before
 */
public record RecordView(UUID id, int position, UUID courseId, String displayLabel, boolean completed,
        String auditedBy, Instant changedAt, long version, Map<String, Answer> answers) {

    public RecordView {
        answers = Map.copyOf(answers);
    }
}
