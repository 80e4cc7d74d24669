package no.sammen.networkmeeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import no.sammen.family.NetworkMemberView;
import no.sammen.family.Relation;
import no.sammen.shared.WrittenStandard;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The journal phrases, word for word, in both written standards. */
class MeetingPhrasesTest {

    static final UUID COURSE = UUID.randomUUID();
    static final NetworkMemberView MOTHER = member(Relation.MOTHER, "Kari");
    static final NetworkMemberView GP = member(Relation.GP, "Dr. Berg");
    static final NetworkMemberView FRIEND = member(Relation.FRIEND, "Ola");
    static final List<NetworkMemberView> NETWORK = List.of(MOTHER, GP, FRIEND);

    final MeetingPhrases phrases = new MeetingPhrases(messages());

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    static NetworkMemberView member(Relation relation, String name) {
        return new NetworkMemberView(UUID.randomUUID(), COURSE, relation, name, null, false, 0);
    }

    static NetworkMeetingView meeting(boolean invited, List<UUID> invitees, NotInvitedReason notInvited,
            String notInvitedText, MeetingStatus status, LocalDate planned, LocalDate held, MeetingPlace place,
            String placeText, List<UUID> attendees, NotHeldReason notHeld, String notHeldText) {
        return new NetworkMeetingView(UUID.randomUUID(), COURSE, invited, invited ? LocalDate.of(2026, 3, 10) : null,
                invitees, notInvited, notInvitedText, status, planned, held, place, placeText, attendees, notHeld,
                notHeldText, 0);
    }

    static NetworkMeetingView heldAtHome() {
        // the GP listed first to show that the network map's order decides, not the order of the ids
        return meeting(true, List.of(GP.id(), MOTHER.id()), null, null, MeetingStatus.HELD, null,
                LocalDate.of(2026, 3, 14), MeetingPlace.PATIENT_HOME, null, List.of(GP.id(), MOTHER.id()), null, null);
    }

    static NetworkMeetingView notHeld(NotHeldReason reason, String text) {
        return meeting(true, List.of(MOTHER.id()), null, null, MeetingStatus.NOT_HELD, null, null, null, null,
                List.of(), reason, text);
    }

    String nb(NetworkMeetingView m) {
        return phrases.phrase(m, NETWORK, WrittenStandard.BOKMAAL);
    }

    String nn(NetworkMeetingView m) {
        return phrases.phrase(m, NETWORK, WrittenStandard.NYNORSK);
    }

    @Test
    void aHeldMeeting() {
        assertThat(nb(heldAtHome())).isEqualTo("Nettverksmøte avholdt 14.03.2026 i pasientens hjem. Invitert: mor, fastlege.");
        assertThat(nn(heldAtHome())).isEqualTo("Nettverksmøte halde 14.03.2026 i heimen til pasienten. Invitert: mor, fastlege.");
    }

    @Test
    void aHeldMeetingSaysWhoCameWhenNotEveryoneDid() {
        NetworkMeetingView m = meeting(true, List.of(MOTHER.id(), GP.id()), null, null, MeetingStatus.HELD, null,
                LocalDate.of(2026, 3, 14), MeetingPlace.VIDEO, null, List.of(MOTHER.id()), null, null);
        assertThat(nb(m)).isEqualTo("Nettverksmøte avholdt 14.03.2026 på video. Invitert: mor, fastlege. Til stede: mor.");
        assertThat(nn(m)).isEqualTo("Nettverksmøte halde 14.03.2026 på video. Invitert: mor, fastlege. Til stades: mor.");
    }

    @Test
    void aMeetingHeldElsewhereNamesThePlace() {
        NetworkMeetingView m = meeting(true, List.of(FRIEND.id()), null, null, MeetingStatus.HELD, null,
                LocalDate.of(2026, 3, 14), MeetingPlace.OTHER, "kafé", List.of(FRIEND.id()), null, null);
        assertThat(nb(m)).isEqualTo("Nettverksmøte avholdt 14.03.2026 på annet sted (kafé). Invitert: venn.");
        assertThat(nn(m)).isEqualTo("Nettverksmøte halde 14.03.2026 på annan stad (kafé). Invitert: ven.");
    }

    @Test
    void aPlannedMeeting() {
        NetworkMeetingView m = meeting(true, List.of(MOTHER.id(), FRIEND.id()), null, null, MeetingStatus.PLANNED,
                LocalDate.of(2026, 3, 24), null, null, null, List.of(), null, null);
        assertThat(nb(m)).isEqualTo("Nettverksmøte planlagt 24.03.2026. Invitert 10.03.2026: mor, venn.");
        assertThat(nn(m)).isEqualTo("Nettverksmøte planlagt 24.03.2026. Invitert 10.03.2026: mor, ven.");
    }

    @Test
    void aMeetingNotHeld() {
        assertThat(nb(notHeld(NotHeldReason.NETWORK_DID_NOT_COME, null)))
                .isEqualTo("Nettverksmøte ikke avholdt: nettverket møtte ikke. Invitert 10.03.2026: mor.");
        assertThat(nn(notHeld(NotHeldReason.NETWORK_DID_NOT_COME, null)))
                .isEqualTo("Nettverksmøte ikkje halde: nettverket møtte ikkje. Invitert 10.03.2026: mor.");
        assertThat(nb(notHeld(NotHeldReason.CANCELLED_BY_UNIT, "sykdom i personalet")))
                .startsWith("Nettverksmøte ikke avholdt: avlyst av enheten (sykdom i personalet).");
        assertThat(nn(notHeld(NotHeldReason.OTHER, "flytta til anna fylke")))
                .startsWith("Nettverksmøte ikkje halde: flytta til anna fylke.");
    }

    @Test
    void notInvited() {
        NetworkMeetingView declined = meeting(false, List.of(), NotInvitedReason.PATIENT_DECLINED, null, null, null,
                null, null, null, List.of(), null, null);
        assertThat(nb(declined)).isEqualTo("Ikke invitert til nettverksmøte: pasienten ønsket det ikke.");
        assertThat(nn(declined)).isEqualTo("Ikkje invitert til nettverksmøte: pasienten ønskte det ikkje.");
        NetworkMeetingView other = meeting(false, List.of(), NotInvitedReason.OTHER, "kort innleggelse", null, null,
                null, null, null, List.of(), null, null);
        assertThat(nb(other)).isEqualTo("Ikke invitert til nettverksmøte: kort innleggelse.");
        assertThat(nn(other)).isEqualTo("Ikkje invitert til nettverksmøte: kort innleggelse.");
    }

    @Test
    void everyCodeHasWordsInBothStandards() {
        for (WrittenStandard standard : WrittenStandard.values()) {
            for (NotInvitedReason reason : NotInvitedReason.values()) {
                NetworkMeetingView m = meeting(false, List.of(), reason, "tekst", null, null, null, null, null,
                        List.of(), null, null);
                assertThat(phrases.phrase(m, NETWORK, standard)).doesNotContain("networkmeeting.");
            }
            for (NotHeldReason reason : NotHeldReason.values()) {
                assertThat(phrases.phrase(notHeld(reason, "tekst"), NETWORK, standard)).doesNotContain("networkmeeting.");
            }
            for (MeetingPlace place : MeetingPlace.values()) {
                for (Relation relation : Relation.values()) {
                    NetworkMemberView member = member(relation, "N");
                    NetworkMeetingView m = meeting(true, List.of(member.id()), null, null, MeetingStatus.HELD, null,
                            LocalDate.of(2026, 3, 14), place, "sted", List.of(member.id()), null, null);
                    assertThat(phrases.phrase(m, List.of(member), standard)).doesNotContain("networkmeeting.")
                            .doesNotContain("{");
                }
            }
        }
    }

    @Test
    void neverANationalIdNorAMembersName() {
        NetworkMeetingView m = meeting(true, List.of(MOTHER.id()), null, null, MeetingStatus.NOT_HELD, null, null,
                null, null, List.of(), NotHeldReason.OTHER, "se 01020312345");
        assertThat(nb(m)).doesNotContain("01020312345").doesNotContain("Kari");
        assertThat(nn(heldAtHome())).doesNotContain("Kari").doesNotContain("Berg");
        NetworkMeetingView notInvited = meeting(false, List.of(), NotInvitedReason.PATIENT_TOO_ILL, "jf. 010203 12345",
                null, null, null, null, null, List.of(), null, null);
        assertThat(nb(notInvited)).doesNotContain("010203 12345").contains("***********");
    }
}
