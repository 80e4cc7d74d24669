package no.sammen.shareddecision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import no.sammen.family.NetworkMemberView;
import no.sammen.guideline.Guideline;
import no.sammen.shared.WrittenStandard;

import org.springframework.stereotype.Component;

/** Turns decisions into rows for the course page section and this module's pages. */
@Component
class DecisionRows {

    private final Guideline guideline;
    private final SharedDecisionPhrases phrases;
    private final Clock clock;

    DecisionRows(Guideline guideline, SharedDecisionPhrases phrases, Clock clock) {
        this.guideline = guideline;
        this.phrases = phrases;
        this.clock = clock;
    }

    /** The rows; {@code standard} null leaves the phrases out. */
    List<DecisionRow> rows(List<SharedDecisionView> decisions, List<NetworkMemberView> network, Locale locale,
            WrittenStandard standard) {
        LocalDate today = LocalDate.now(clock);
        return decisions.stream().map(d -> row(d, network, locale, standard, today)).toList();
    }

    DecisionRow row(SharedDecisionView d, List<NetworkMemberView> network, Locale locale, WrittenStandard standard,
            LocalDate today) {
        List<String> options = new ArrayList<>();
        d.optionIds().forEach(id -> options.add(guideline.find(id).map(r -> r.name(locale)).orElse(id)));
        options.addAll(d.freeOptions());
        return new DecisionRow(d, options,
                network.stream().filter(m -> d.participantIds().contains(m.id())).toList(),
                standard == null ? null : phrases.phrase(d, network, standard),
                d.revisitOn() != null && !d.revisitOn().isAfter(today));
    }
}
