package no.sammen.networkmeeting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import no.sammen.family.NetworkMemberView;
import no.sammen.registration.NorwegianDates;
import no.sammen.shared.NationalIdMasking;
import no.sammen.shared.WrittenStandard;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The journal text of a network meeting registration, in bokmål or nynorsk whatever the language of
 * the user interface: for a held meeting, the date, the place and whom the unit invited. Members
 * are named by their relation to the patient (mother, GP) and never by name, and free text is
 * masked for anything shaped like a national id.
 */
@Component
class MeetingPhrases {

    private static final String PREFIX = "networkmeeting.phrase.";

    private final MessageSource messages;

    MeetingPhrases(MessageSource messages) {
        this.messages = messages;
    }

    /** The phrase; {@code network} is the course's network map, in its order. */
    String phrase(NetworkMeetingView meeting, List<NetworkMemberView> network, WrittenStandard standard) {
        Locale locale = standard.locale();
        List<String> sentences = new ArrayList<>();
        if (!meeting.invited()) {
            sentences.add(text("notInvited", locale, withText(
                    reason("notInvitedReason", meeting.notInvitedReason(), meeting.notInvitedText(), locale),
                    meeting.notInvitedReason() == NotInvitedReason.OTHER ? null : meeting.notInvitedText())));
            return NationalIdMasking.mask(String.join(" ", sentences));
        }
        String invitees = relations(meeting.inviteeIds(), network, locale);
        String invitedOn = meeting.invitedOn() == null ? null : NorwegianDates.format(meeting.invitedOn());
        switch (meeting.status()) {
            case HELD -> {
                sentences.add(text("held", locale, NorwegianDates.format(meeting.heldOn()), place(meeting, locale)));
                if (!invitees.isEmpty()) {
                    sentences.add(text("invitees", locale, invitees));
                }
                if (!Set.copyOf(meeting.attendeeIds()).equals(Set.copyOf(meeting.inviteeIds()))) {
                    String attendees = relations(meeting.attendeeIds(), network, locale);
                    if (!attendees.isEmpty()) {
                        sentences.add(text("attendees", locale, attendees));
                    }
                }
            }
            case PLANNED -> {
                sentences.add(text("planned", locale, NorwegianDates.format(meeting.plannedOn())));
                invitedSentence(sentences, invitedOn, invitees, locale);
            }
            case NOT_HELD -> {
                sentences.add(text("notHeld", locale, withText(
                        reason("notHeldReason", meeting.notHeldReason(), meeting.notHeldText(), locale),
                        meeting.notHeldReason() == NotHeldReason.OTHER ? null : meeting.notHeldText())));
                invitedSentence(sentences, invitedOn, invitees, locale);
            }
        }
        return NationalIdMasking.mask(String.join(" ", sentences));
    }

    private void invitedSentence(List<String> sentences, String invitedOn, String invitees, Locale locale) {
        if (invitees.isEmpty()) {
            return;
        }
        sentences.add(invitedOn == null ? text("invitees", locale, invitees)
                : text("inviteesOn", locale, invitedOn, invitees));
    }

    private String place(NetworkMeetingView meeting, Locale locale) {
        return text("place." + meeting.place().name(), locale, meeting.placeText() == null ? "" : meeting.placeText());
    }

    /** The coded reason in words; "other" is the clinician's own words. */
    private String reason(String kind, Enum<?> reason, String freeText, Locale locale) {
        if ("OTHER".equals(reason.name()) && freeText != null) {
            return freeText;
        }
        return text(kind + "." + reason.name(), locale);
    }

    private static String withText(String reason, String freeText) {
        return freeText == null ? reason : reason + " (" + freeText + ")";
    }

    /** The members' relations in the order of the network map, each relation once (mother, GP). */
    private String relations(List<UUID> ids, List<NetworkMemberView> network, Locale locale) {
        Set<String> words = new LinkedHashSet<>();
        for (NetworkMemberView member : network) {
            if (ids.contains(member.id())) {
                words.add(text("relation." + member.relation().name(), locale));
            }
        }
        return String.join(", ", words);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(PREFIX + key, arguments, locale);
    }
}
