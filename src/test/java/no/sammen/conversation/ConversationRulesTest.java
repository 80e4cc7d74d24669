package no.sammen.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import no.sammen.family.Relation;
import no.sammen.shared.FieldProblem;

import org.junit.jupiter.api.Test;

class ConversationRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 12);
    static final LocalDate START = LocalDate.of(2026, 3, 1);

    static ConversationDetails conversation(ConversationKind kind, LocalDate heldOn, String note, LocalDate followUp) {
        return new ConversationDetails(kind, heldOn, Set.of(UUID.randomUUID()), "Behandler B.",
                Set.of(ConversationTopic.WARNING_SIGNS), note, followUp);
    }

    static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void aConversationWithRelativesInsideTheCourseIsValid() {
        assertThat(ConversationRules.conversation(conversation(ConversationKind.RELATIVES, TODAY, "Kort notat.",
                TODAY.plusDays(14)), List.of(Relation.MOTHER), START, null, TODAY)).isEmpty();
    }

    @Test
    void theHeldDateIsNotInTheFutureNorOutsideTheCourse() {
        assertThat(fields(ConversationRules.conversation(conversation(ConversationKind.PATIENT, TODAY.plusDays(1),
                null, null), List.of(), START, null, TODAY))).containsExactly("heldOn:validation.date.future");
        assertThat(fields(ConversationRules.conversation(conversation(ConversationKind.PATIENT, START.minusDays(1),
                null, null), List.of(), START, null, TODAY))).containsExactly("heldOn:registration.date.outsideCourse");
        assertThat(fields(ConversationRules.conversation(conversation(ConversationKind.PATIENT, TODAY, null, null),
                List.of(), START, TODAY.minusDays(1), TODAY))).containsExactly("heldOn:registration.date.outsideCourse");
        assertThat(fields(ConversationRules.conversation(conversation(ConversationKind.PATIENT, null, null, null),
                List.of(), START, null, TODAY))).containsExactly("heldOn:conversation.heldOn.required");
        // the first and the last day of the course are inside it
        assertThat(ConversationRules.conversation(conversation(ConversationKind.PATIENT, START, null, null),
                List.of(), START, TODAY, TODAY)).isEmpty();
    }

    @Test
    void conversationsWithRelativesNeedSomeoneFromThePrivateNetwork() {
        for (ConversationKind kind : List.of(ConversationKind.RELATIVES, ConversationKind.BOTH)) {
            assertThat(fields(ConversationRules.conversation(conversation(kind, TODAY, null, null), List.of(), START,
                    null, TODAY))).containsExactly("participantIds:conversation.participants.relativeRequired");
            assertThat(fields(ConversationRules.conversation(conversation(kind, TODAY, null, null),
                    List.of(Relation.GP), START, null, TODAY)))
                    .containsExactly("participantIds:conversation.participants.relativeRequired");
            assertThat(ConversationRules.conversation(conversation(kind, TODAY, null, null),
                    List.of(Relation.GP, Relation.FRIEND), START, null, TODAY)).isEmpty();
        }
        assertThat(ConversationRules.conversation(conversation(ConversationKind.PATIENT, TODAY, null, null),
                List.of(), START, null, TODAY)).isEmpty();
        // participants that could not be resolved are already reported; no second message
        assertThat(ConversationRules.conversation(conversation(ConversationKind.RELATIVES, TODAY, null, null), null,
                START, null, TODAY)).isEmpty();
    }

    @Test
    void theNoteIsShortAndHoldsNoNationalId() {
        assertThat(fields(ConversationRules.conversation(conversation(ConversationKind.PATIENT, TODAY, "x".repeat(501),
                null), List.of(), START, null, TODAY))).containsExactly("note:validation.tooLong");
        assertThat(ConversationRules.conversation(conversation(ConversationKind.PATIENT, TODAY, "x".repeat(500),
                null), List.of(), START, null, TODAY)).isEmpty();
        for (String note : List.of("Fnr 15038712486 nevnt", "150387 12486", "fnr07076230093x",
                "07.07.62-300 93")) {
            assertThat(fields(ConversationRules.conversation(conversation(ConversationKind.PATIENT, TODAY, note, null),
                    List.of(), START, null, TODAY))).as(note).containsExactly("note:registration.text.nationalId");
        }
        assertThat(ConversationRules.conversation(conversation(ConversationKind.PATIENT, TODAY,
                "Ring mor på 55 12 34 56 neste uke.", null), List.of(), START, null, TODAY)).isEmpty();
    }

    @Test
    void staffAndAtLeastOneTopicAreRequired() {
        ConversationDetails empty = new ConversationDetails(ConversationKind.PATIENT, TODAY, null, " ", null, null,
                null);
        assertThat(fields(ConversationRules.conversation(empty, List.of(), START, null, TODAY)))
                .containsExactlyInAnyOrder("staff:conversation.staff.required", "topics:conversation.topics.required");
        ConversationDetails noKind = new ConversationDetails(null, TODAY, null, "B.", Set.of(ConversationTopic.CHILDREN),
                null, null);
        assertThat(fields(ConversationRules.conversation(noKind, List.of(), START, null, TODAY)))
                .containsExactly("kind:conversation.kind.required");
    }

    @Test
    void theFollowUpMayBeInTheFutureButNotBeforeTheConversation() {
        assertThat(ConversationRules.conversation(conversation(ConversationKind.PATIENT, TODAY, null,
                TODAY.plusMonths(2)), List.of(), START, null, TODAY)).isEmpty();
        assertThat(ConversationRules.conversation(conversation(ConversationKind.PATIENT, TODAY, null, TODAY),
                List.of(), START, null, TODAY)).isEmpty();
        assertThat(fields(ConversationRules.conversation(conversation(ConversationKind.PATIENT, TODAY, null,
                TODAY.minusDays(1)), List.of(), START, null, TODAY)))
                .containsExactly("followUpOn:conversation.followUpOn.beforeHeld");
    }

    static CrisisPlanDetails plan(String warningSigns, String otherContacts, LocalDate madeOn, LocalDate reviseOn) {
        return new CrisisPlanDetails(warningSigns, null, null, otherContacts, Set.of(), null, madeOn, reviseOn);
    }

    @Test
    void aCrisisPlanIsMadeInsideTheCourseAndRevisedLater() {
        assertThat(ConversationRules.crisisPlan(plan("Sover dårlig", null, TODAY, TODAY.plusMonths(3)), START, null,
                TODAY)).isEmpty();
        assertThat(fields(ConversationRules.crisisPlan(plan("Sover dårlig", null, TODAY.plusDays(1),
                TODAY.plusMonths(3)), START, null, TODAY))).containsExactly("madeOn:validation.date.future");
        assertThat(fields(ConversationRules.crisisPlan(plan("Sover dårlig", null, START.minusDays(1),
                TODAY.plusMonths(3)), START, null, TODAY))).containsExactly("madeOn:registration.date.outsideCourse");
        assertThat(fields(ConversationRules.crisisPlan(plan("Sover dårlig", null, TODAY, TODAY), START, null, TODAY)))
                .containsExactly("reviseOn:conversation.crisisPlan.reviseOn.notAfterMade");
        assertThat(fields(ConversationRules.crisisPlan(plan("Sover dårlig", null, null, null), START, null, TODAY)))
                .containsExactlyInAnyOrder("madeOn:conversation.crisisPlan.madeOn.required",
                        "reviseOn:conversation.crisisPlan.reviseOn.required");
    }

    @Test
    void aCrisisPlanSaysSomethingAndTakesPhoneNumbersButNoNationalId() {
        assertThat(fields(ConversationRules.crisisPlan(plan(" ", null, TODAY, TODAY.plusDays(30)), START, null, TODAY)))
                .containsExactly("warningSigns:conversation.crisisPlan.content.required");
        CrisisPlanDetails actionsOnly = new CrisisPlanDetails(null, "Går en tur", null, null, Set.of(), null, TODAY,
                TODAY.plusDays(30));
        assertThat(ConversationRules.crisisPlan(actionsOnly, START, null, TODAY)).isEmpty();
        assertThat(ConversationRules.crisisPlan(plan("Uro", "Fastlege 55 00 11 22, +47 004755001122", TODAY,
                TODAY.plusDays(30)), START, null, TODAY)).isEmpty();
        assertThat(fields(ConversationRules.crisisPlan(plan("Uro", "Mor, fnr 15038712486", TODAY, TODAY.plusDays(30)),
                START, null, TODAY))).containsExactly("otherContacts:registration.text.nationalId");
        assertThat(fields(ConversationRules.crisisPlan(plan("Uro 15038712486", null, TODAY, TODAY.plusDays(30)),
                START, null, TODAY))).containsExactly("warningSigns:registration.text.nationalId");
        assertThat(fields(ConversationRules.crisisPlan(plan("x".repeat(2001), null, TODAY, TODAY.plusDays(30)),
                START, null, TODAY))).containsExactly("warningSigns:validation.tooLong");
    }
}
