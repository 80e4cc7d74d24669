package no.sammen.conversation;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import no.sammen.shared.Elements;

/**
 * What a crisis plan holds. Whom to call always includes the unit, the emergency primary care
 * number (legevakt, 116 117) and the emergency number 113; {@code otherContacts} adds others.
 *
 * @param madeWithMemberIds members of the course's network map the plan was made with
 * @param madeWithOther     others it was made with, as free text
 */
public record CrisisPlanDetails(String warningSigns, String patientActions, String relativeActions,
        String otherContacts, Set<UUID> madeWithMemberIds, String madeWithOther, LocalDate madeOn,
        LocalDate reviseOn) {

    public CrisisPlanDetails {
        madeWithMemberIds = Elements.setOf(madeWithMemberIds);
    }
}
