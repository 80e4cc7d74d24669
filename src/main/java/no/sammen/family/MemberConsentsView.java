package no.sammen.family;

import java.util.List;
import java.util.Optional;

/** One network member with the full history of its consents, newest first. */
public record MemberConsentsView(NetworkMemberView member, List<ConsentView> consents) {

    public MemberConsentsView {
        consents = List.copyOf(consents);
    }

    public Optional<ConsentView> current() {
        return consents.stream().filter(ConsentView::current).findFirst();
    }
}
