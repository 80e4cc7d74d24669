package no.sammen.pef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import no.sammen.patient.CourseView;
import no.sammen.registration.CourseDates;
import no.sammen.registration.FreeText;
import no.sammen.shared.FieldProblem;

/**
 * A recruitment state: an offer, acceptance or decline has a day inside the course; a decline and
 * «not relevant» have a reason; the reason's length and no national id in it.
 */
final class RecruitmentRules {

    static final int REASON_MAX = 300;

    private RecruitmentRules() {
    }

    static List<FieldProblem> check(RecruitmentState state, LocalDate stateOn, String reason, CourseView course,
            LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (state == null) {
            problems.add(FieldProblem.of("state", "pef.recruitment.state.required"));
            return problems;
        }
        if (state.needsDate()) {
            CourseDates.doneInCourse(stateOn, course, today, "stateOn", "pef.recruitment.stateOn.required", problems);
        }
        if (state.needsReason() && (reason == null || reason.isBlank())) {
            problems.add(FieldProblem.of("reason", "pef.recruitment.reason.required"));
        } else {
            FreeText.check(reason, "reason", REASON_MAX, problems);
        }
        return problems;
    }
}
