package no.sammen.medicationfree;

import java.util.List;
import java.util.UUID;

import no.sammen.shared.InvalidInputException;

/**
 * The medication-free pathway refused because a criterion is not met, naming each one on its field.
 * Unlike other input errors, the assessment itself has been recorded when this is thrown: the
 * transaction commits (ADR 0023).
 */
class PathwayRefused extends InvalidInputException {

    private final UUID assessmentId;

    PathwayRefused(List<Criterion> unmet, UUID assessmentId) {
        super(EligibilityRules.refusal(unmet));
        this.assessmentId = assessmentId;
    }

    UUID assessmentId() {
        return assessmentId;
    }
}
