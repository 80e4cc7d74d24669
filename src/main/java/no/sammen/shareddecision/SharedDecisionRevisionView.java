package no.sammen.shareddecision;

import java.time.Instant;

/**
 * One saved state of a shared decision: revision 1 as first documented, each change one more.
 *
 * @param recordedBy the name of the clinician who saved it
 */
public record SharedDecisionRevisionView(int revision, Instant recordedAt, String recordedBy,
        SharedDecisionView decision) {
}
