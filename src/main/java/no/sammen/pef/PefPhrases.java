package no.sammen.pef;

import java.util.List;
import java.util.Locale;

import no.sammen.family.NetworkMemberView;
import no.sammen.groupprogramme.GroupView;
import no.sammen.groupprogramme.SessionView;
import no.sammen.registration.NorwegianDates;
import no.sammen.shared.WrittenStandard;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The journal phrase of a PEF session for one course, in bokmål or nynorsk: the day, the kind and
 * name of the group, the phase, whether the patient came and which family members came.
 */
@Component
class PefPhrases {

    private final MessageSource messages;

    PefPhrases(MessageSource messages) {
        this.messages = messages;
    }

    String phrase(SessionView session, GroupView group, java.util.UUID courseId, List<NetworkMemberView> network,
            WrittenStandard standard) {
        Locale locale = standard.locale();
        List<String> came = session.relatives().stream().filter(r -> r.courseId().equals(courseId))
                .map(r -> network.stream().filter(n -> n.id().equals(r.networkMemberId())).findFirst()
                        .map(n -> msg("family.relation." + n.relation(), locale).toLowerCase(locale) + " (" + n.name()
                                + ")").orElse(null))
                .filter(java.util.Objects::nonNull).toList();
        String who = session.patientCourseIds().contains(courseId)
                ? came.isEmpty() ? msg("pef.phrase.patientOnly", locale)
                        : msg("pef.phrase.patientAnd", locale, String.join(", ", came))
                : came.isEmpty() ? msg("pef.phrase.nobody", locale)
                        : msg("pef.phrase.familyOnly", locale, String.join(", ", came));
        String phase = session.phase() == null ? "" : " " + msg("pef.phrase.phase." + session.phase(), locale);
        return msg("pef.phrase.session", locale, NorwegianDates.format(session.heldOn()),
                msg("pef.phrase.kind." + group.kind(), locale), group.name(), phase, who);
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
