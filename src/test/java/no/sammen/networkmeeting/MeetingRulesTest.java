package no.sammen.networkmeeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import no.sammen.shared.FieldProblem;

import org.junit.jupiter.api.Test;

class MeetingRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    static final LocalDate START = LocalDate.of(2026, 3, 1);
    static final UUID MOTHER = UUID.randomUUID();
    static final UUID GP = UUID.randomUUID();

    static MeetingRegistration held(LocalDate heldOn, MeetingPlace place, String placeText) {
        return new MeetingRegistration(true, LocalDate.of(2026, 3, 5), Set.of(MOTHER, GP), null, null,
                MeetingStatus.HELD, null, heldOn, place, placeText, Set.of(), null, null);
    }

    static MeetingRegistration notHeld(NotHeldReason reason, String text) {
        return new MeetingRegistration(true, LocalDate.of(2026, 3, 5), Set.of(MOTHER), null, null,
                MeetingStatus.NOT_HELD, null, null, null, null, Set.of(), reason, text);
    }

    static List<String> fields(MeetingRegistration r, LocalDate end) {
        return MeetingRules.check(r, START, end, TODAY).stream().map(FieldProblem::field).toList();
    }

    static List<String> keys(MeetingRegistration r, LocalDate end) {
        return MeetingRules.check(r, START, end, TODAY).stream().map(FieldProblem::messageKey).toList();
    }

    @Test
    void aHeldMeetingWithinTheCourseIsAccepted() {
        assertThat(fields(held(LocalDate.of(2026, 3, 14), MeetingPlace.PATIENT_HOME, null), null)).isEmpty();
        assertThat(fields(held(TODAY, MeetingPlace.VIDEO, null), null)).isEmpty();
    }

    @Test
    void invitedMustBeAnswered() {
        MeetingRegistration none = new MeetingRegistration(null, null, null, null, null, null, null, null, null,
                null, null, null, null);
        assertThat(fields(none, null)).containsExactly("invited");
        assertThat(keys(none, null)).containsExactly("networkmeeting.invited.required");
    }

    @Test
    void anInvitationNeedsADateAtLeastOneInviteeAndAStatus() {
        MeetingRegistration r = new MeetingRegistration(true, null, Set.of(), null, null, null, null, null, null,
                null, null, null, null);
        assertThat(fields(r, null)).containsExactly("invitedOn", "invitees", "status");
    }

    @Test
    void aHeldMeetingMayNotBeInTheFutureBeforeTheStartOrAfterTheEnd() {
        assertThat(keys(held(TODAY.plusDays(1), MeetingPlace.UNIT, null), null))
                .containsExactly("validation.date.future");
        assertThat(keys(held(START.minusDays(1), MeetingPlace.UNIT, null), null))
                .containsExactly("registration.date.outsideCourse");
        assertThat(keys(held(LocalDate.of(2026, 3, 16), MeetingPlace.UNIT, null), LocalDate.of(2026, 3, 15)))
                .containsExactly("registration.date.outsideCourse");
        assertThat(MeetingRules.check(held(START.minusDays(1), MeetingPlace.UNIT, null), START, null, TODAY).get(0)
                .arguments()).containsExactly("01.03.2026", "20.03.2026");
        assertThat(fields(held(LocalDate.of(2026, 3, 4), MeetingPlace.UNIT, null), null)).containsExactly("heldOn");
    }

    @Test
    void aHeldMeetingNeedsADateAndAPlaceAndTextForAnotherPlace() {
        assertThat(fields(held(null, null, null), null)).containsExactly("heldOn", "place");
        assertThat(keys(held(TODAY, MeetingPlace.OTHER, "  "), null))
                .containsExactly("networkmeeting.placeText.required");
        assertThat(fields(held(TODAY, MeetingPlace.OTHER, "Kafé i sentrum"), null)).isEmpty();
    }

    @Test
    void aMeetingNotHeldWithoutAReasonIsRefused() {
        assertThat(keys(notHeld(null, null), null)).containsExactly("networkmeeting.notHeldReason.required");
        assertThat(keys(notHeld(NotHeldReason.OTHER, null), null))
                .containsExactly("networkmeeting.notHeldText.required");
        assertThat(fields(notHeld(NotHeldReason.NETWORK_DID_NOT_COME, null), null)).isEmpty();
    }

    @Test
    void aPlannedMeetingMayBeInTheFutureButNotBeforeTheInvitation() {
        MeetingRegistration future = new MeetingRegistration(true, LocalDate.of(2026, 3, 5), Set.of(MOTHER), null,
                null, MeetingStatus.PLANNED, TODAY.plusDays(30), null, null, null, null, null, null);
        assertThat(fields(future, null)).isEmpty();
        MeetingRegistration early = new MeetingRegistration(true, LocalDate.of(2026, 3, 5), Set.of(MOTHER), null,
                null, MeetingStatus.PLANNED, LocalDate.of(2026, 3, 4), null, null, null, null, null, null);
        assertThat(keys(early, null)).containsExactly("networkmeeting.date.beforeInvited");
        MeetingRegistration missing = new MeetingRegistration(true, LocalDate.of(2026, 3, 5), Set.of(MOTHER), null,
                null, MeetingStatus.PLANNED, null, null, null, null, null, null, null);
        assertThat(fields(missing, null)).containsExactly("plannedOn");
    }

    @Test
    void anInvitationInTheFutureIsRefused() {
        MeetingRegistration r = new MeetingRegistration(true, TODAY.plusDays(1), Set.of(MOTHER), null, null,
                MeetingStatus.PLANNED, TODAY.plusDays(3), null, null, null, null, null, null);
        assertThat(fields(r, null)).containsExactly("invitedOn");
    }

    @Test
    void notInvitedNeedsACodedReasonAndTextForOther() {
        assertThat(keys(MeetingRegistration.notInvited(null, null), null))
                .containsExactly("networkmeeting.notInvitedReason.required");
        assertThat(keys(MeetingRegistration.notInvited(NotInvitedReason.OTHER, ""), null))
                .containsExactly("networkmeeting.notInvitedText.required");
        assertThat(fields(MeetingRegistration.notInvited(NotInvitedReason.PATIENT_DECLINED, null), null)).isEmpty();
    }

    @Test
    void freeTextMayNotHoldANationalIdNorBeTooLong() {
        assertThat(keys(MeetingRegistration.notInvited(NotInvitedReason.OTHER, "gjelder 010203 12345"), null))
                .containsExactly("registration.text.nationalId");
        assertThat(keys(MeetingRegistration.notInvited(NotInvitedReason.OTHER, "x".repeat(501)), null))
                .containsExactly("validation.tooLong");
    }

    @Test
    void fieldsThatDoNotApplyAreNeitherCheckedNorKept() {
        MeetingRegistration notInvitedWithLeftovers = new MeetingRegistration(false, TODAY.plusDays(9),
                Set.of(MOTHER), NotInvitedReason.NO_NETWORK, " ", MeetingStatus.HELD, null, TODAY.plusDays(9),
                MeetingPlace.OTHER, null, Set.of(GP), null, null);
        assertThat(fields(notInvitedWithLeftovers, null)).isEmpty();
        MeetingRegistration kept = MeetingRules.relevant(notInvitedWithLeftovers);
        assertThat(kept.inviteeIds()).isEmpty();
        assertThat(kept.status()).isNull();
        assertThat(kept.heldOn()).isNull();
        assertThat(kept.notInvitedText()).isNull();

        MeetingRegistration plannedWithLeftovers = new MeetingRegistration(true, LocalDate.of(2026, 3, 5),
                Set.of(MOTHER), NotInvitedReason.OTHER, null, MeetingStatus.PLANNED, TODAY.plusDays(2),
                TODAY.plusDays(5), MeetingPlace.OTHER, null, Set.of(), null, null);
        assertThat(fields(plannedWithLeftovers, null)).isEmpty();
        assertThat(MeetingRules.relevant(plannedWithLeftovers).place()).isNull();
        assertThat(MeetingRules.relevant(plannedWithLeftovers).notInvitedReason()).isNull();
    }

    @Test
    void missingIdsInAListAreIgnored() {
        java.util.Set<UUID> withNull = new java.util.HashSet<>();
        withNull.add(null);
        MeetingRegistration r = new MeetingRegistration(true, LocalDate.of(2026, 3, 5), withNull, null, null,
                MeetingStatus.PLANNED, TODAY, null, null, null, null, null, null);
        assertThat(fields(r, null)).containsExactly("invitees");
    }

    @Test
    void whoCameDefaultsToTheInvitees() {
        assertThat(MeetingRules.relevant(held(TODAY, MeetingPlace.UNIT, null)).attendeeIds())
                .containsExactlyInAnyOrder(MOTHER, GP);
        MeetingRegistration someCame = new MeetingRegistration(true, LocalDate.of(2026, 3, 5), Set.of(MOTHER, GP),
                null, null, MeetingStatus.HELD, null, TODAY, MeetingPlace.UNIT, null, Set.of(GP), null, null);
        assertThat(MeetingRules.relevant(someCame).attendeeIds()).containsExactly(GP);
    }
}
