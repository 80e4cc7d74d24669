package no.sammen.family;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A read-only summary of what is registered about a course's family, for a module that shows it beside
 * something of its own (the journal audit's record): whether a closest relative is recorded, «no relatives
 * or network», the contacts with relatives, the consents and the minor children. Only for a course the
 * user may read; not audited here: the caller audits the page it is part of.
 */
@Component
public class FamilyOverview {

    private final NetworkService network;
    private final FamilyStateService state;
    private final ContactService contacts;
    private final ConsentService consents;

    FamilyOverview(NetworkService network, FamilyStateService state, ContactService contacts,
            ConsentService consents) {
        this.network = network;
        this.state = state;
        this.contacts = contacts;
        this.consents = consents;
    }

    /**
     * The summary of one course.
     *
     * @param firstContactOn the day of the earliest contact with relatives (a letter is not a contact), or null
     * @param contacts       how many contacts with relatives are registered, letters not counted
     * @param consentsInForce how many network members may now be told something (consent given or partial)
     * @param consentsRecorded how many answers about consent are recorded, withdrawn ones included
     */
    public record FamilyOverviewView(UUID courseId, boolean closestRelativeRecorded, boolean noNetwork,
            LocalDate firstContactOn, int contacts, int consentsInForce, int consentsRecorded, MinorChildren children) {
    }

    @Transactional(readOnly = true)
    public FamilyOverviewView of(UUID courseId) {
        boolean closest = network.members(courseId).stream().anyMatch(NetworkMemberView::closestRelative);
        FamilyStateView family = state.state(courseId);
        List<RelativeContactView> made = contacts.contacts(courseId).stream()
                .filter(c -> c.channel() != ContactChannel.LETTER).toList();
        List<ConsentView> answers = consents.consents(courseId);
        int inForce = (int) answers.stream().filter(ConsentView::inForce).count();
        return new FamilyOverviewView(courseId, closest, family.noNetwork(),
                made.isEmpty() ? null : made.get(0).date(), made.size(), inForce, answers.size(), family.children());
    }
}
