package no.sammen.imr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import no.sammen.registration.CourseDates;
import no.sammen.registration.FreeText;
import no.sammen.registration.NorwegianDates;
import no.sammen.shared.FieldProblem;

/**
 * The rules of IMR registrations, plain functions that name every problem at once. The goals are the
 * user's: the rules check only that a goal is written, fits its field and holds no national id, never
 * what it says.
 */
final class ImrRules {

    static final int MAX_THERAPISTS = 2;
    static final int GOAL_LENGTH = 500;
    static final int STEPS_LENGTH = 1000;
    static final int NOTE_LENGTH = 1000;
    static final int MAX_PART = 20;
    static final int MAX_GOAL_SESSIONS = 5000;
    /** How far ahead a next session may be planned. */
    static final int NEXT_SESSION_YEARS = 1;
    /** How long a unit goal's period may be, and how far from today it may start. */
    static final int GOAL_PERIOD_YEARS = 3;
    static final int GOAL_FROM_YEARS_BACK = 10;

    private ImrRules() {
    }

    /** The dates of the treatment course and today. */
    record Dates(LocalDate courseStart, LocalDate courseEnd, LocalDate today) {
    }

    /**
     * An IMR course: individual or in an IMR group (whose sessions are the group's), started on a day done
     * inside the course, ended (if at all) not before it started, one or two therapists of the unit,
     * at least one module of the curriculum, none twice, and the unit's compulsory module first.
     *
     * @param firstModule the unit's compulsory first module, or null
     */
    static List<FieldProblem> course(ImrCourseRegistration r, Dates d, Set<UUID> unitTherapists,
            Set<String> curriculum, ImrModule firstModule) {
        List<FieldProblem> problems = new ArrayList<>();
        if (r.format() == null) {
            problems.add(FieldProblem.of("format", "imr.course.format.required"));
        }
        boolean started = CourseDates.doneInCourse(r.startDate(), d.courseStart(), d.courseEnd(), d.today(),
                "startDate", "imr.course.startDate.required", problems);
        if (CourseDates.doneInCourse(r.endDate(), d.courseStart(), d.courseEnd(), d.today(), "endDate", null, problems)
                && started && r.endDate() != null && r.endDate().isBefore(r.startDate())) {
            problems.add(FieldProblem.of("endDate", "imr.course.endDate.beforeStart"));
        }
        if (r.nextSessionOn() != null && started && r.nextSessionOn().isBefore(r.startDate())) {
            problems.add(FieldProblem.of("nextSessionOn", "imr.course.nextSessionOn.beforeStart"));
        } else {
            nextSessionNotTooFar(r.nextSessionOn(), d.today(), problems);
        }
        therapists(r.therapistIds(), unitTherapists, problems);
        if (r.moduleIds().isEmpty()) {
            problems.add(FieldProblem.of("moduleIds", "imr.course.moduleIds.required"));
        } else if (!curriculum.containsAll(r.moduleIds())) {
            problems.add(FieldProblem.of("moduleIds", "imr.course.moduleIds.unknown"));
        } else if (new HashSet<>(r.moduleIds()).size() < r.moduleIds().size()) {
            problems.add(FieldProblem.of("moduleIds", "imr.course.moduleIds.twice"));
        } else if (firstModule != null && !r.moduleIds().get(0).equals(firstModule.id())) {
            problems.add(FieldProblem.of("moduleIds", "imr.course.moduleIds.firstCompulsory", firstModule.number()));
        }
        return problems;
    }

    /**
     * A goal of an IMR course: the day it was set, inside the course and not before the IMR course
     * started; the goal in the user's words; the steps if any.
     *
     * @param imr the course's IMR course, or null when IMR has not started
     */
    static List<FieldProblem> goal(ImrGoalRegistration r, ImrCourseView imr, Dates d) {
        List<FieldProblem> problems = new ArrayList<>();
        if (imr == null) {
            problems.add(FieldProblem.of("setOn", "imr.session.noImrCourse"));
        } else if (CourseDates.doneInCourse(r.setOn(), d.courseStart(), d.courseEnd(), d.today(), "setOn",
                "imr.goal.setOn.required", problems) && r.setOn().isBefore(imr.startDate())) {
            problems.add(FieldProblem.of("setOn", "imr.goal.setOn.beforeImrStart",
                    NorwegianDates.format(imr.startDate())));
        }
        if (r.goal() == null || r.goal().isBlank()) {
            problems.add(FieldProblem.of("goal", "imr.goal.goal.required"));
        } else {
            FreeText.check(r.goal(), "goal", GOAL_LENGTH, problems);
        }
        FreeText.check(r.steps(), "steps", STEPS_LENGTH, problems);
        return problems;
    }

    /**
     * A session: held on a day done inside the course and inside the IMR course, individual (a group's
     * sessions are registered once on the group), on a
     * shift, with one or two therapists of the unit, on a module of the curriculum (and a part from 1),
     * whether the user chose homework and whether the user came, and the progress on one of the
     * course's goals if noted.
     */
    static List<FieldProblem> session(ImrSessionRegistration r, ImrCourseView imr, Dates d, Set<UUID> unitTherapists,
            Set<String> curriculum, Set<UUID> goalIds) {
        List<FieldProblem> problems = new ArrayList<>();
        if (CourseDates.doneInCourse(r.heldOn(), d.courseStart(), d.courseEnd(), d.today(), "heldOn",
                "imr.session.heldOn.required", problems)) {
            if (r.heldOn().isBefore(imr.startDate())) {
                problems.add(FieldProblem.of("heldOn", "imr.session.heldOn.beforeImrStart",
                        NorwegianDates.format(imr.startDate())));
            } else if (imr.endDate() != null && r.heldOn().isAfter(imr.endDate())) {
                problems.add(FieldProblem.of("heldOn", "imr.session.heldOn.afterImrEnd",
                        NorwegianDates.format(imr.endDate())));
            }
        }
        if (r.format() == ImrFormat.GROUP) {
            problems.add(FieldProblem.of("format", "imr.session.format.onGroup"));
        }
        if (r.shift() == null) {
            problems.add(FieldProblem.of("shift", "imr.session.shift.required"));
        }
        therapists(r.therapistIds(), unitTherapists, problems);
        if (r.moduleId() == null || r.moduleId().isBlank()) {
            problems.add(FieldProblem.of("moduleId", "imr.session.moduleId.required"));
        } else if (!curriculum.contains(r.moduleId())) {
            problems.add(FieldProblem.of("moduleId", "imr.session.moduleId.unknown"));
        }
        if (r.part() != null && (r.part() < 1 || r.part() > MAX_PART)) {
            problems.add(FieldProblem.of("part", "imr.session.part.range", MAX_PART));
        }
        if (r.homeworkChosen() == null) {
            problems.add(FieldProblem.of("homeworkChosen", "imr.session.homeworkChosen.required"));
        }
        if (r.attended() == null) {
            problems.add(FieldProblem.of("attended", "imr.session.attended.required"));
        }
        boolean noted = r.goalNote() != null && !r.goalNote().isBlank();
        if (noted && r.goalId() == null) {
            problems.add(FieldProblem.of("goalId", "imr.session.goalId.required"));
        } else if (r.goalId() != null && !goalIds.contains(r.goalId())) {
            problems.add(FieldProblem.of("goalId", "imr.session.goalId.unknown"));
        } else if (r.goalId() != null && !noted) {
            problems.add(FieldProblem.of("goalNote", "imr.session.goalNote.required"));
        }
        FreeText.check(r.goalNote(), "goalNote", NOTE_LENGTH, problems);
        if (r.nextSessionOn() != null && r.heldOn() != null && !r.nextSessionOn().isAfter(r.heldOn())) {
            problems.add(FieldProblem.of("nextSessionOn", "imr.session.nextSessionOn.notAfter"));
        } else {
            nextSessionNotTooFar(r.nextSessionOn(), d.today(), problems);
        }
        return problems;
    }

    /**
     * A unit's settings: a known compulsory module or none; a goal is a period (from before to) with
     * at least one number, each from 0 to {@link #MAX_GOAL_SESSIONS}; no goal is all fields empty.
     */
    static List<FieldProblem> settings(String firstModuleId, LocalDate from, LocalDate to, Integer individual,
            Integer group, Set<String> curriculum, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (firstModuleId != null && !curriculum.contains(firstModuleId)) {
            problems.add(FieldProblem.of("firstModuleId", "imr.settings.firstModuleId.unknown"));
        }
        boolean any = from != null || to != null || individual != null || group != null;
        if (any) {
            boolean fromOk = from != null;
            if (from == null) {
                problems.add(FieldProblem.of("goalFrom", "imr.settings.goalFrom.required"));
            } else if (from.isBefore(today.minusYears(GOAL_FROM_YEARS_BACK))
                    || from.isAfter(today.plusYears(GOAL_PERIOD_YEARS))) {
                problems.add(FieldProblem.of("goalFrom", "imr.settings.goalFrom.range",
                        NorwegianDates.format(today.minusYears(GOAL_FROM_YEARS_BACK)),
                        NorwegianDates.format(today.plusYears(GOAL_PERIOD_YEARS))));
                fromOk = false;
            }
            if (to == null) {
                problems.add(FieldProblem.of("goalTo", "imr.settings.goalTo.required"));
            } else if (fromOk && !to.isAfter(from)) {
                problems.add(FieldProblem.of("goalTo", "imr.settings.goalTo.notAfter"));
            } else if (fromOk && to.isAfter(from.plusYears(GOAL_PERIOD_YEARS))) {
                problems.add(FieldProblem.of("goalTo", "imr.settings.goalTo.tooLong", GOAL_PERIOD_YEARS));
            }
            if (individual == null && group == null) {
                problems.add(FieldProblem.of("individualGoal", "imr.settings.goal.required"));
            }
            for (var n : new Object[][] {{"individualGoal", individual}, {"groupGoal", group}}) {
                Integer value = (Integer) n[1];
                if (value != null && (value < 0 || value > MAX_GOAL_SESSIONS)) {
                    problems.add(FieldProblem.of((String) n[0], "imr.settings.goal.range", MAX_GOAL_SESSIONS));
                }
            }
        }
        return problems;
    }

    private static void nextSessionNotTooFar(LocalDate next, LocalDate today, List<FieldProblem> problems) {
        if (next != null && next.isAfter(today.plusYears(NEXT_SESSION_YEARS))) {
            problems.add(FieldProblem.of("nextSessionOn", "imr.nextSessionOn.tooFar", NEXT_SESSION_YEARS));
        }
    }

    private static void therapists(List<UUID> ids, Set<UUID> unitTherapists, List<FieldProblem> problems) {
        if (ids.isEmpty() || ids.size() > MAX_THERAPISTS) {
            problems.add(FieldProblem.of("therapistIds", "imr.therapistIds.count", MAX_THERAPISTS));
        } else if (!unitTherapists.containsAll(ids)) {
            problems.add(FieldProblem.of("therapistIds", "imr.therapistIds.notInUnit"));
        }
    }
}
