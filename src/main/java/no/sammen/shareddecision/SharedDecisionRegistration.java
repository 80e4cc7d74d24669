package no.sammen.shareddecision;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What a clinician documents about one shared decision, new or changed.
 *
 * @param optionIds      recommendations of the guideline catalog considered, by id, in the order given
 * @param freeOptions    other options considered, in the clinician's words
 * @param participantIds members of the course's network map who took part
 */
public record SharedDecisionRegistration(LocalDate decidedOn, DecisionQuestion question, String questionText,
        List<String> optionIds, List<String> freeOptions, String whatMatters, Boolean decisionAidUsed,
        DecisionAid decisionAid, String decisionAidText, Set<UUID> participantIds, String decision,
        LocalDate revisitOn) {

    public SharedDecisionRegistration {
        optionIds = optionIds == null ? List.of()
                : optionIds.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty())
                        .distinct().toList();
        freeOptions = freeOptions == null ? List.of()
                : freeOptions.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty())
                        .distinct().toList();
        participantIds = participantIds == null ? Set.of()
                : participantIds.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    }
}
