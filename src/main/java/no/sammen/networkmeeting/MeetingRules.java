package no.sammen.networkmeeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import no.sammen.registration.CourseDates;
import no.sammen.registration.FreeText;
import no.sammen.registration.NorwegianDates;
import no.sammen.shared.FieldProblem;

/**
 * The rules of a network meeting registration that need nothing but the registration, the course's
 * dates and today. Membership of the invitees in the course's network is checked by the service.
 * Each problem names the field it belongs to, so that forms and the API can show it there.
 */
final class MeetingRules {

    static final int MAX_TEXT = 500;

    private MeetingRules() {
    }

    /**
     * Everything wrong with a registration for a course that started on {@code courseStart} and
     * ended on {@code courseEnd} (null while it is active). Fields the answers make irrelevant are
     * not checked: a form without scripts shows them all, and they are dropped when stored.
     */
    static List<FieldProblem> check(MeetingRegistration registration, LocalDate courseStart, LocalDate courseEnd,
            LocalDate today) {
        MeetingRegistration r = relevant(registration);
        List<FieldProblem> problems = new ArrayList<>();
        if (r.invited() == null) {
            problems.add(FieldProblem.of("invited", "networkmeeting.invited.required"));
            return problems;
        }
        if (!r.invited()) {
            if (r.notInvitedReason() == null) {
                problems.add(FieldProblem.of("notInvitedReason", "networkmeeting.notInvitedReason.required"));
            }
            text("notInvitedText", r.notInvitedText(), r.notInvitedReason() == NotInvitedReason.OTHER,
                    "networkmeeting.notInvitedText.required", problems);
            return problems;
        }
        CourseDates.doneInCourse(r.invitedOn(), courseStart, courseEnd, today, "invitedOn",
                "networkmeeting.invitedOn.required", problems);
        if (r.inviteeIds().isEmpty()) {
            problems.add(FieldProblem.of("invitees", "networkmeeting.invitees.required"));
        }
        if (r.status() == null) {
            problems.add(FieldProblem.of("status", "networkmeeting.status.required"));
            return problems;
        }
        switch (r.status()) {
            case PLANNED -> {
                if (r.plannedOn() == null) {
                    problems.add(FieldProblem.of("plannedOn", "networkmeeting.plannedOn.required"));
                } else if (courseStart != null && r.plannedOn().isBefore(courseStart)) {
                    problems.add(FieldProblem.of("plannedOn", "networkmeeting.date.beforeStart",
                            NorwegianDates.format(courseStart)));
                } else if (r.invitedOn() != null && r.plannedOn().isBefore(r.invitedOn())) {
                    problems.add(FieldProblem.of("plannedOn", "networkmeeting.date.beforeInvited"));
                }
            }
            case HELD -> {
                if (CourseDates.doneInCourse(r.heldOn(), courseStart, courseEnd, today, "heldOn",
                        "networkmeeting.heldOn.required", problems)
                        && r.invitedOn() != null && r.heldOn().isBefore(r.invitedOn())) {
                    problems.add(FieldProblem.of("heldOn", "networkmeeting.date.beforeInvited"));
                }
                if (r.place() == null) {
                    problems.add(FieldProblem.of("place", "networkmeeting.place.required"));
                }
                text("placeText", r.placeText(), r.place() == MeetingPlace.OTHER,
                        "networkmeeting.placeText.required", problems);
            }
            case NOT_HELD -> {
                if (r.notHeldReason() == null) {
                    problems.add(FieldProblem.of("notHeldReason", "networkmeeting.notHeldReason.required"));
                }
                text("notHeldText", r.notHeldText(), r.notHeldReason() == NotHeldReason.OTHER,
                        "networkmeeting.notHeldText.required", problems);
            }
        }
        return problems;
    }

    /**
     * The registration with only the fields its answers make relevant, texts stripped (blank is
     * null), and attendees of a held meeting defaulting to the invitees. A network not invited had no
     * meeting, so it names no staff member.
     */
    static MeetingRegistration relevant(MeetingRegistration r) {
        if (r.invited() == null) {
            return r;
        }
        if (!r.invited()) {
            return new MeetingRegistration(false, null, Set.of(), r.notInvitedReason(), strip(r.notInvitedText()),
                    null, null, null, null, null, Set.of(), null, null);
        }
        MeetingStatus status = r.status();
        boolean held = status == MeetingStatus.HELD;
        boolean notHeld = status == MeetingStatus.NOT_HELD;
        MeetingPlace place = held ? r.place() : null;
        return new MeetingRegistration(true, r.invitedOn(), r.inviteeIds(), null, null, status,
                status == MeetingStatus.PLANNED ? r.plannedOn() : null,
                held ? r.heldOn() : null,
                place,
                held ? strip(r.placeText()) : null,
                held ? (r.attendeeIds().isEmpty() ? r.inviteeIds() : r.attendeeIds()) : Set.of(),
                notHeld ? r.notHeldReason() : null,
                notHeld ? strip(r.notHeldText()) : null,
                r.staffId());
    }

    private static void text(String field, String text, boolean required, String requiredKey,
            List<FieldProblem> problems) {
        if (text == null) {
            if (required) {
                problems.add(new FieldProblem(field, requiredKey, List.of()));
            }
        } else {
            FreeText.check(text, field, MAX_TEXT, problems);
        }
    }

    private static String strip(String text) {
        return FreeText.stripToNull(text);
    }
}
