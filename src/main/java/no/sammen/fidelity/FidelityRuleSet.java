package no.sammen.fidelity;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.sammen.groupprogramme.GroupProgrammeFigures;
import no.sammen.imr.ImrFigures;

/** Every item Sammen computes, by programme: the rules of {@link ImrFidelityRules} and {@link PefFidelityRules}. */
final class FidelityRuleSet {

    static final Set<String> COMPUTED = Set.of("IMR_GROUP_SIZE", "IMR_PROGRAMME_LENGTH", "IMR_CURRICULUM",
            "IMR_GOAL_SETTING", "IMR_GOAL_FOLLOW_UP", "FPE_SESSION_FREQUENCY", "FPE_LONG_TERM", "PEF_GROUP_SIZE",
            "PEF_JOINING", "PEF_LEADERS", "PEF_SUPERVISION");

    private FidelityRuleSet() {
    }

    static Map<String, ItemScore> imr(ImrFigures.Activity imr, GroupProgrammeFigures.Activity groups,
            Map<String, Integer> moduleNumbers, LocalDate from, LocalDate asOf) {
        return byItem(List.of(
                ImrFidelityRules.groupSize(imr.sessions(), groups.sessions(), from, asOf),
                ImrFidelityRules.programmeLength(imr.sessions(), imr.courses(), from, asOf),
                ImrFidelityRules.curriculum(imr.sessions(), moduleNumbers, from, asOf),
                ImrFidelityRules.goalSetting(imr.sessions(), imr.goals(), from, asOf),
                ImrFidelityRules.goalFollowUp(imr.sessions(), imr.goals(), from, asOf)));
    }

    static Map<String, ItemScore> pef(GroupProgrammeFigures.Activity pef, LocalDate from, LocalDate asOf) {
        return byItem(List.of(
                PefFidelityRules.sessionFrequency(pef, from, asOf),
                PefFidelityRules.longTerm(pef, from, asOf),
                PefFidelityRules.groupSize(pef, from, asOf),
                PefFidelityRules.joining(pef, from, asOf),
                PefFidelityRules.leaders(pef, from, asOf),
                PefFidelityRules.supervision(pef, from, asOf)));
    }

    private static Map<String, ItemScore> byItem(List<ItemScore> scores) {
        Map<String, ItemScore> map = new LinkedHashMap<>();
        scores.forEach(s -> map.put(s.itemId(), s));
        return map;
    }
}
