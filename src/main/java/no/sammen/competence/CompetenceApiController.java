package no.sammen.competence;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import no.sammen.organisation.Profession;
import no.sammen.shared.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/competence")
@Tag(name = "Competence plans", description = "Staff members' competence plans: items registered by hand (planned, "
        + "done with a note, confirmed by a leader) and items counted from registrations (which cannot be ticked); "
        + "the leader's overview of a unit and K9. A plan is read by its holder and the leaders of their unit; "
        + "every read of a plan or an overview, and every change, is audited.")
class CompetenceApiController {

    private final CompetenceService service;
    private final CompetencePlans plans;

    CompetenceApiController(CompetenceService service, CompetencePlans plans) {
        this.service = service;
        this.plans = plans;
    }

    /**
     * An item registered by hand; all days null clears it. {@code version} is the item's version as
     * read (-1 for an item never registered).
     */
    record ItemRequest(Long version, LocalDate plannedOn, LocalDate doneOn, String evidence) {
    }

    /** The overview: the share of the staff shown with a complete plan, their plans, who held each kind of conversation. */
    record OverviewAnswer(UUID unitId, int staff, int complete, Double completeShare, List<StaffPlanView> plans,
            java.util.Map<PracticeSource, List<String>> conversationsHeldBy) {
    }

    @Operation(summary = "The acting user's own plan (their user account linked to a staff member)")
    @GetMapping("/my-plan")
    StaffPlanView myPlan() {
        return service.readPlan(service.myStaff().orElseThrow(() -> new NotFoundException("staff")).id());
    }

    @Operation(summary = "A staff member's plan, for the staff member or a leader of their unit")
    @GetMapping("/staff/{staffId}/plan")
    StaffPlanView plan(@PathVariable UUID staffId) {
        return service.readPlan(staffId);
    }

    @Operation(summary = "Register an item by hand as planned or done (a day done not in the future); "
            + "an item counted from registrations is refused with a problem naming it")
    @PutMapping("/staff/{staffId}/items/{itemId}")
    StaffPlanView register(@PathVariable UUID staffId, @PathVariable String itemId, @RequestBody ItemRequest request) {
        return service.register(staffId, itemId, request.version() == null ? -1 : request.version(),
                request.plannedOn(), request.doneOn(), request.evidence());
    }

    @Operation(summary = "A leader of the unit confirms an item registered as done, where the template asks for it")
    @PostMapping("/staff/{staffId}/items/{itemId}/confirmation")
    StaffPlanView confirm(@PathVariable UUID staffId, @PathVariable String itemId) {
        return service.confirm(staffId, itemId);
    }

    @Operation(summary = "The leader's overview of a unit, filtered by profession and position")
    @GetMapping("/units/{unitId}/overview")
    OverviewAnswer overview(@PathVariable UUID unitId, @RequestParam(required = false) Profession profession,
            @RequestParam(required = false) String position) {
        CompetenceService.Overview o = service.overview(unitId, profession, position);
        return new OverviewAnswer(unitId, o.plans().size(), o.complete(), o.completeShare(), o.plans(),
                o.conversationsHeldBy());
    }

    @Operation(summary = "K9 per month: staff in the unit at the end of the month, and those with a complete plan")
    @GetMapping("/units/{unitId}/k9")
    List<K9Month> k9(@PathVariable UUID unitId, @RequestParam YearMonth from, @RequestParam YearMonth to) {
        return plans.k9(unitId, from, to);
    }
}
