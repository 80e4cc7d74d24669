package no.sammen.shareddecision;

import java.time.LocalDate;
import java.util.List;

import no.sammen.family.NetworkMemberView;

/**
 * A decision ready for a page: the names of the options considered in the page's language, who took
 * part, its journal phrase (null where none is shown) and whether its day to revisit has come.
 */
record DecisionRow(SharedDecisionView decision, List<String> options, List<NetworkMemberView> participants,
        String phrase, boolean revisitDue) {
}
