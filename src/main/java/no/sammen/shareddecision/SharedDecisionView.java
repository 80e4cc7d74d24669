package no.sammen.shareddecision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One shared decision of a course as it stands, as pages, the API and other modules see it. Fields that
 * do not apply are null: the question's text only for "other", the decision aid only when one was used.
 */
public record SharedDecisionView(UUID id, UUID courseId, LocalDate decidedOn, DecisionQuestion question,
        String questionText, List<String> optionIds, List<String> freeOptions, String whatMatters,
        boolean decisionAidUsed, DecisionAid decisionAid, String decisionAidText, List<UUID> participantIds,
        String decision, LocalDate revisitOn, long version) {

    public SharedDecisionView {
        optionIds = List.copyOf(optionIds);
        freeOptions = List.copyOf(freeOptions);
        participantIds = List.copyOf(participantIds);
    }
}
