package no.sammen.conversation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The current crisis plan of a course, with the numbers to call. */
public record CrisisPlanView(UUID id, UUID courseId, String warningSigns, String patientActions,
        String relativeActions, List<PhoneContact> whomToCall, String otherContacts, List<NetworkParticipant> madeWith,
        String madeWithOther, LocalDate madeOn, LocalDate reviseOn, long version) {

    public CrisisPlanView {
        whomToCall = List.copyOf(whomToCall);
        madeWith = List.copyOf(madeWith);
    }

    /** The indicator of crisis plans with warning signs counts only plans that name them. */
    @JsonProperty("hasWarningSigns")
    public boolean hasWarningSigns() {
        return warningSigns != null && !warningSigns.isBlank();
    }
}
