package no.sammen.conversation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import no.sammen.family.Relation;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.NationalIdMasking;

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
        if (details.heldOn() == null) {
            problems.add(FieldProblem.of("heldOn", "conversation.heldOn.required"));
        } else {
            doneDate(details.heldOn(), "heldOn", courseStart, courseEnd, today, problems);
        }
        if (details.kind() != null && details.kind().needsRelative() && participants != null
                && participants.stream().noneMatch(Relation::isRelative)) {
            problems.add(FieldProblem.of("participantIds", "conversation.participants.relativeRequired"));
        }
        if (details.staff() == null || details.staff().isBlank()) {
            problems.add(FieldProblem.of("staff", "conversation.staff.required"));
        } else {
            text(details.staff(), "staff", STAFF_MAX, problems);
        }
        if (details.topics().isEmpty()) {
            problems.add(FieldProblem.of("topics", "conversation.topics.required"));
        }
        text(details.note(), "note", NOTE_MAX, problems);
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
        text(details.warningSigns(), "warningSigns", PLAN_TEXT_MAX, problems);
        text(details.patientActions(), "patientActions", PLAN_TEXT_MAX, problems);
        text(details.relativeActions(), "relativeActions", PLAN_TEXT_MAX, problems);
        if (details.otherContacts() != null && details.otherContacts().strip().length() > OTHER_CONTACTS_MAX) {
            problems.add(FieldProblem.of("otherContacts", "validation.tooLong", OTHER_CONTACTS_MAX));
        } else if (NationalIdMasking.containsNationalIdLike(details.otherContacts())) {
            // phone numbers are welcome here, national ids are not
            problems.add(FieldProblem.of("otherContacts", "conversation.text.identifying"));
        }
        text(details.madeWithOther(), "madeWithOther", MADE_WITH_OTHER_MAX, problems);
        if (details.madeOn() == null) {
            problems.add(FieldProblem.of("madeOn", "conversation.crisisPlan.madeOn.required"));
        } else {
            doneDate(details.madeOn(), "madeOn", courseStart, courseEnd, today, problems);
        }
        if (details.reviseOn() == null) {
            problems.add(FieldProblem.of("reviseOn", "conversation.crisisPlan.reviseOn.required"));
        } else if (details.madeOn() != null && !details.reviseOn().isAfter(details.madeOn())) {
            problems.add(FieldProblem.of("reviseOn", "conversation.crisisPlan.reviseOn.notAfterMade"));
        }
        return problems;
    }

    /** Something that was done: not in the future, and inside the course. */
    static void doneDate(LocalDate date, String field, LocalDate courseStart, LocalDate courseEnd, LocalDate today,
            List<FieldProblem> problems) {
        if (date.isAfter(today)) {
            problems.add(FieldProblem.of(field, "validation.date.future"));
        } else if (date.isBefore(courseStart)) {
            problems.add(FieldProblem.of(field, "conversation.date.beforeStart"));
        } else if (courseEnd != null && date.isAfter(courseEnd)) {
            problems.add(FieldProblem.of(field, "conversation.date.afterEnd"));
        }
    }

    /** Optional free text: not too long, and nothing shaped like a national id. */
    static void text(String value, String field, int max, List<FieldProblem> problems) {
        if (value == null) {
            return;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            problems.add(FieldProblem.of(field, "validation.tooLong", max));
        } else if (identifying(stripped)) {
            problems.add(FieldProblem.of(field, "conversation.text.identifying"));
        }
    }

    /** A national id however it is written, by the one shared check. */
    static boolean identifying(String text) {
        return NationalIdMasking.containsNationalIdLike(text);
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    static String blankToNull(String text) {
        return isBlank(text) ? null : text.strip();
    }
}
