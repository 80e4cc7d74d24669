package no.sammen.imr;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import no.sammen.shared.Versions;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/imr")
@Tag(name = "IMR per unit", description = "The IMR curriculum; per unit the settings (the compulsory first module "
        + "and the goal of sessions in a period, changed by an administrator or the unit's leader, audited), the "
        + "goal counter, and K6: sessions held per month, individual and group (for the unit's members, analysts "
        + "and administrators).")
class ImrUnitApiController {

    private final ImrUnitService units;
    private final ImrCurriculum curriculum;

    ImrUnitApiController(ImrUnitService units, ImrCurriculum curriculum) {
        this.units = units;
        this.curriculum = curriculum;
    }

    /** The curriculum: its version and modules in the standard order. */
    record CurriculumResponse(int version, List<ImrModule> modules) {
    }

    /** The settings; {@code version} is the one read (0 before any were saved). */
    record SettingsRequest(Long version, String firstModuleId, LocalDate goalFrom, LocalDate goalTo,
            Integer individualGoal, Integer groupGoal) {
    }

    /** A referral received, taken into one of the unit's IMR groups as the unit's course of the same patient. */
    record TakeInRequest(UUID groupId, UUID courseId, LocalDate joinedOn) {
    }

    @Operation(summary = "Take a referral received at your unit into one of its IMR groups: the unit's course of the "
            + "same patient joins the group (IMR started on it in a group when it has none); the referral's modules "
            + "done and goals are shown on that course's IMR")
    @PostMapping("/referrals/{referralId}/take-in")
    ImrReferralView takeIn(@PathVariable UUID referralId, @RequestBody TakeInRequest request) {
        return units.takeIn(referralId, request.groupId(), request.courseId(), request.joinedOn());
    }

    @Operation(summary = "The IMR curriculum")
    @GetMapping("/curriculum")
    CurriculumResponse curriculum() {
        return new CurriculumResponse(curriculum.version(), curriculum.modules());
    }

    @Operation(summary = "K6: the unit's IMR sessions held per month, individual and group, every month listed")
    @GetMapping("/units/{unitId}/sessions-per-month")
    List<ImrMonthCount> monthly(@PathVariable UUID unitId,
            @Parameter(description = "first month, yyyy-MM") @RequestParam YearMonth from,
            @Parameter(description = "last month, yyyy-MM") @RequestParam YearMonth to) {
        return units.monthlyCounts(unitId, from, to);
    }

    @Operation(summary = "The unit's goal and the sessions held in its period")
    @GetMapping("/units/{unitId}/goal")
    ImrGoalProgress goal(@PathVariable UUID unitId) {
        return units.goalProgress(unitId);
    }

    @Operation(summary = "The unit's IMR settings")
    @GetMapping("/units/{unitId}/settings")
    ImrUnitSettingsView settings(@PathVariable UUID unitId) {
        return units.settings(unitId);
    }

    @Operation(summary = "Change the unit's IMR settings (an administrator or the unit's leader); send the version read")
    @PutMapping("/units/{unitId}/settings")
    ImrUnitSettingsView change(@PathVariable UUID unitId, @RequestBody SettingsRequest request) {
        return units.change(unitId, Versions.required(request.version()), request.firstModuleId(), request.goalFrom(),
                request.goalTo(), request.individualGoal(), request.groupGoal());
    }
}
