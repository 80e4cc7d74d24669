package no.sammen.implementation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import no.sammen.registration.FreeText;
import no.sammen.shared.DateBounds;
import no.sammen.shared.FieldProblem;

/**
 * The rules of teams, plans and training events, plain Java. Each returns every problem, naming its
 * field; the caller stores nothing while there is one.
 */
final class ImplementationRules {

    static final int TITLE_MAX = 200;
    static final int NOTE_MAX = 500;
    static final int EXTERNAL_MAX = 10_000;

    private ImplementationRules() {
    }

    /** A team: each member a staff member of the unit ({@code unitStaff}), once, with a role. */
    static List<FieldProblem> team(List<ImprovementTeam.Member> members, Set<UUID> unitStaff) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            ImprovementTeam.Member member = members.get(i);
            String at = "members[" + i + "]";
            if (member == null || member.staffId() == null) {
                problems.add(FieldProblem.of(at + ".staffId", "implementation.team.staff.required"));
                continue;
            }
            if (!unitStaff.contains(member.staffId())) {
                problems.add(FieldProblem.of(at + ".staffId", "implementation.staff.notInUnit"));
            } else if (!seen.add(member.staffId())) {
                problems.add(FieldProblem.of(at + ".staffId", "implementation.team.staff.twice"));
            }
            if (member.role() == null) {
                problems.add(FieldProblem.of(at + ".role", "implementation.team.role.required"));
            }
        }
        return problems;
    }

    /**
     * An activity: kind, title and start required; the end not before the start; the responsible person a
     * staff member of the unit; done only once it has started.
     */
    static List<FieldProblem> activity(ActivityDetails d, Set<UUID> unitStaff, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d.kind() == null) {
            problems.add(FieldProblem.of("kind", "implementation.activity.kind.required"));
        }
        required(d.title(), "title", TITLE_MAX, problems);
        dates(d.startsOn(), d.endsOn(), problems);
        if (d.responsibleStaffId() != null && !unitStaff.contains(d.responsibleStaffId())) {
            problems.add(FieldProblem.of("responsibleStaffId", "implementation.staff.notInUnit"));
        }
        if (d.status() == null) {
            problems.add(FieldProblem.of("status", "implementation.activity.status.required"));
        } else if (d.status() == ActivityStatus.DONE && d.startsOn() != null && d.startsOn().isAfter(today)) {
            problems.add(FieldProblem.of("status", "implementation.activity.status.doneBeforeStart"));
        }
        FreeText.check(d.note(), "note", NOTE_MAX, problems);
        return problems;
    }

    /**
     * A training event: kind, topic, title, day, place and organiser required; each participant a staff
     * member of the acting user's units ({@code knownStaff}), once; attendance only of those signed up and
     * only once the day has come; from elsewhere, counts from 0 and no more attending than signed up.
     */
    static List<FieldProblem> event(EventDetails d, Set<UUID> knownStaff, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d.kind() == null) {
            problems.add(FieldProblem.of("kind", "implementation.event.kind.required"));
        }
        if (d.topic() == null) {
            problems.add(FieldProblem.of("topic", "implementation.event.topic.required"));
        }
        required(d.title(), "title", TITLE_MAX, problems);
        if (d.heldOn() == null) {
            problems.add(FieldProblem.of("heldOn", "implementation.event.heldOn.required"));
        } else if (!DateBounds.allowed(d.heldOn())) {
            problems.add(FieldProblem.of("heldOn", "implementation.date.outOfRange"));
        }
        required(d.place(), "place", TITLE_MAX, problems);
        required(d.organiser(), "organiser", TITLE_MAX, problems);
        boolean notYetHeld = d.heldOn() != null && d.heldOn().isAfter(today);
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < d.participants().size(); i++) {
            TrainingEvent.Participant p = d.participants().get(i);
            String at = "participants[" + i + "]";
            if (p == null || p.staffId() == null) {
                problems.add(FieldProblem.of(at + ".staffId", "implementation.event.staff.required"));
                continue;
            }
            if (!knownStaff.contains(p.staffId())) {
                problems.add(FieldProblem.of(at + ".staffId", "implementation.event.staff.notInUnits"));
            } else if (!seen.add(p.staffId())) {
                problems.add(FieldProblem.of(at + ".staffId", "implementation.event.staff.twice"));
            }
            if (p.attended() && !p.signedUp()) {
                problems.add(FieldProblem.of(at + ".attended", "implementation.event.attendedWithoutSignUp"));
            } else if (p.attended() && notYetHeld) {
                problems.add(FieldProblem.of(at + ".attended", "implementation.event.attendedBeforeHeld"));
            }
        }
        Set<Workplace> workplaces = new HashSet<>();
        for (int i = 0; i < d.externals().size(); i++) {
            TrainingEvent.External e = d.externals().get(i);
            String at = "externals[" + i + "]";
            if (e == null || e.workplace() == null) {
                problems.add(FieldProblem.of(at + ".workplace", "implementation.event.workplace.required"));
                continue;
            }
            if (!workplaces.add(e.workplace())) {
                problems.add(FieldProblem.of(at + ".workplace", "implementation.event.workplace.twice"));
            }
            if (e.signedUp() < 0 || e.signedUp() > EXTERNAL_MAX) {
                problems.add(FieldProblem.of(at + ".signedUp", "implementation.event.count.range", EXTERNAL_MAX));
            }
            if (e.attended() < 0 || e.attended() > EXTERNAL_MAX) {
                problems.add(FieldProblem.of(at + ".attended", "implementation.event.count.range", EXTERNAL_MAX));
            } else if (e.attended() > e.signedUp()) {
                problems.add(FieldProblem.of(at + ".attended", "implementation.event.count.moreThanSignedUp"));
            } else if (e.attended() > 0 && notYetHeld) {
                problems.add(FieldProblem.of(at + ".attended", "implementation.event.attendedBeforeHeld"));
            }
        }
        return problems;
    }

    /** The start required and allowed, the end (if any) not before it. */
    private static void dates(LocalDate startsOn, LocalDate endsOn, List<FieldProblem> problems) {
        if (startsOn == null) {
            problems.add(FieldProblem.of("startsOn", "implementation.activity.startsOn.required"));
        } else if (!DateBounds.allowed(startsOn)) {
            problems.add(FieldProblem.of("startsOn", "implementation.date.outOfRange"));
        }
        if (endsOn != null && !DateBounds.allowed(endsOn)) {
            problems.add(FieldProblem.of("endsOn", "implementation.date.outOfRange"));
        } else if (endsOn != null && startsOn != null && endsOn.isBefore(startsOn)) {
            problems.add(FieldProblem.of("endsOn", "implementation.activity.endsOn.beforeStart"));
        }
    }

    private static void required(String text, String field, int max, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(FieldProblem.of(field, "implementation." + field + ".required"));
        } else {
            FreeText.check(text, field, max, problems);
        }
    }
}
