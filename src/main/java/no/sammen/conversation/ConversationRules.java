package no.sammen.conversation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import no.sammen.family.Relation;
import no.sammen.registration.CourseDates;
import no.sammen.registration.FreeText;
import no.sammen.shared.FieldProblem;

/**
 * The rules a conversation and a crisis plan must keep, as plain functions of the input, the
 * course's dates and today, so that they can be tested without a database. Each returns every
 * problem it finds, so that a form can show them all at once.
 */
final class ConversationRules {

    static final int STAFF_MAX = 200;
    static final int NOTE_MAX = 500;
    static final int PLAN_TEXT_MAX = 2000;
    static final int OTHER_CONTACTS_MAX = 500;
    static final int MADE_WITH_OTHER_MAX = 200;

    private ConversationRules() {
    }

    /**
     * @param participants the relations of the participants, or null when they could not be
     *                     resolved (a problem has then already been reported on the field)
     */
    static List<FieldProblem> conversation(ConversationDetails details, Collection<Relation> participants,
            LocalDate courseStart, LocalDate courseEnd, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (details.kind() == null) {
            problems.add(FieldProblem.of("kind", "conversation.kind.required"));
        }
        CourseDates.doneInCourse(details.heldOn(), courseStart, courseEnd, today, "heldOn",
                "conversation.heldOn.required", problems);
        if (details.kind() != null && details.kind().needsRelative() && participants != null
                && participants.stream().noneMatch(Relation::isRelative)) {
            problems.add(FieldProblem.of("participantIds", "conversation.participants.relativeRequired"));
        }
        if (details.staffId() != null) {
            // the name is the staff member's own
        } else if (details.staff() == null || details.staff().isBlank()) {
            problems.add(FieldProblem.of("staff", "conversation.staff.required"));
        } else {
            FreeText.check(details.staff(), "staff", STAFF_MAX, problems);
        }
        if (details.topics().isEmpty()) {
            problems.add(FieldProblem.of("topics", "conversation.topics.required"));
        }
        FreeText.check(details.note(), "note", NOTE_MAX, problems);
        if (details.followUpOn() != null && details.heldOn() != null
                && details.followUpOn().isBefore(details.heldOn())) {
            problems.add(FieldProblem.of("followUpOn", "conversation.followUpOn.beforeHeld"));
        }
        return problems;
    }

    static List<FieldProblem> crisisPlan(CrisisPlanDetails details, LocalDate courseStart, LocalDate courseEnd,
            LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (isBlank(details.warningSigns()) && isBlank(details.patientActions())
                && isBlank(details.relativeActions())) {
            problems.add(FieldProblem.of("warningSigns", "conversation.crisisPlan.content.required"));
        }
        FreeText.check(details.warningSigns(), "warningSigns", PLAN_TEXT_MAX, problems);
        FreeText.check(details.patientActions(), "patientActions", PLAN_TEXT_MAX, problems);
        FreeText.check(details.relativeActions(), "relativeActions", PLAN_TEXT_MAX, problems);
        // phone numbers are welcome here, national ids are not
        FreeText.check(details.otherContacts(), "otherContacts", OTHER_CONTACTS_MAX, problems);
        FreeText.check(details.madeWithOther(), "madeWithOther", MADE_WITH_OTHER_MAX, problems);
        CourseDates.doneInCourse(details.madeOn(), courseStart, courseEnd, today, "madeOn",
                "conversation.crisisPlan.madeOn.required", problems);
        if (details.reviseOn() == null) {
            problems.add(FieldProblem.of("reviseOn", "conversation.crisisPlan.reviseOn.required"));
        } else if (details.madeOn() != null && !details.reviseOn().isAfter(details.madeOn())) {
            problems.add(FieldProblem.of("reviseOn", "conversation.crisisPlan.reviseOn.notAfterMade"));
        }
        return problems;
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    static String blankToNull(String text) {
        return FreeText.stripToNull(text);
    }
}
