package no.sammen.implementation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import no.sammen.organisation.StaffView;
import no.sammen.organisation.UnitView;
import no.sammen.shared.FormPost;
import no.sammen.shared.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The implementation pages, reached from the competence pages: the units one manages; a unit's page with
 * its improvement team, implementation start and the plan as a half-year timeline; the forms of the team,
 * an activity and a training event; an event with its participant statistics, and the statistics of all
 * the unit's events in a half-year.
 */
@Controller
class ImplementationController {

    private final ImplementationService service;
    private final Clock clock;

    ImplementationController(ImplementationService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @GetMapping("/implementation")
    String units(Model model) {
        List<UnitView> units = service.units();
        if (units.size() == 1) {
            return "redirect:/implementation/units/" + units.get(0).id();
        }
        model.addAttribute("units", units);
        return "implementation/units";
    }

    @GetMapping("/implementation/units/{unitId}")
    String unit(@PathVariable UUID unitId, @RequestParam(name = "halfYear", required = false) String halfYear,
            Model model) {
        UnitView unit = service.unit(unitId);
        StartForm form = new StartForm();
        form.setUnitVersion(unit.version());
        form.setImplementationStart(unit.implementationStart());
        return unitPage(unitId, halfYear, form, model);
    }

    private String unitPage(UUID unitId, String halfYear, StartForm form, Model model) {
        HalfYear parsed = HalfYear.parse(halfYear);
        HalfYear shown = parsed != null ? parsed : HalfYear.of(LocalDate.now(clock));
        ImplementationService.PlanView plan = service.plan(unitId, shown);
        model.addAttribute("halfYearInvalid", halfYear != null && !halfYear.isBlank() && parsed == null);
        model.addAttribute("unit", plan.unit());
        model.addAttribute("plan", plan);
        model.addAttribute("team", service.team(unitId));
        model.addAttribute("events", service.events(unitId));
        model.addAttribute("form", form);
        return "implementation/unit";
    }

    @PostMapping("/implementation/units/{unitId}/start")
    String start(@PathVariable UUID unitId, @ModelAttribute("form") StartForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        return FormPost.handle(binding, redirect, () -> {
            service.changeImplementationStart(unitId, form.getUnitVersion(), form.getImplementationStart());
            return FormPost.redirect("/implementation/units/" + unitId, "implementation.start.saved");
        }, () -> unitPage(unitId, null, form, model));
    }

    @GetMapping("/implementation/units/{unitId}/team")
    String team(@PathVariable UUID unitId, Model model) {
        return teamPage(unitId, TeamForm.of(service.team(unitId)), model);
    }

    private String teamPage(UUID unitId, TeamForm form, Model model) {
        model.addAttribute("unit", service.unit(unitId));
        model.addAttribute("staff", service.staff(unitId));
        model.addAttribute("roles", Arrays.asList(TeamRole.values()));
        model.addAttribute("form", form);
        return "implementation/team";
    }

    @PostMapping("/implementation/units/{unitId}/team")
    String saveTeam(@PathVariable UUID unitId, @ModelAttribute("form") TeamForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        form.compact();
        return FormPost.handle(binding, redirect, () -> {
            service.saveTeam(unitId, form.getVersion(), form.members());
            return FormPost.redirect("/implementation/units/" + unitId, "implementation.team.saved");
        }, () -> teamPage(unitId, form.withEmptyRows(), model));
    }

    @GetMapping("/implementation/units/{unitId}/activities/new")
    String newActivity(@PathVariable UUID unitId, Model model) {
        ActivityForm form = new ActivityForm();
        form.setStartsOn(LocalDate.now(clock));
        return activityPage(unitId, null, form, model);
    }

    @GetMapping("/implementation/activities/{activityId}")
    String activity(@PathVariable UUID activityId, Model model) {
        ActivityView activity = service.activity(activityId);
        return activityPage(activity.unitId(), activityId, ActivityForm.of(activity), model);
    }

    private String activityPage(UUID unitId, UUID activityId, ActivityForm form, Model model) {
        model.addAttribute("unit", service.unit(unitId));
        model.addAttribute("activityId", activityId);
        model.addAttribute("staff", service.staff(unitId));
        model.addAttribute("kinds", Arrays.asList(ActivityKind.values()));
        model.addAttribute("statuses", Arrays.asList(ActivityStatus.values()));
        model.addAttribute("form", form);
        return "implementation/activity";
    }

    @PostMapping("/implementation/units/{unitId}/activities")
    String planActivity(@PathVariable UUID unitId, @ModelAttribute("form") ActivityForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        return FormPost.handle(binding, redirect, () -> {
            ActivityView a = service.planActivity(unitId, form.details());
            return FormPost.redirect(back(unitId, a), "implementation.activity.saved");
        }, () -> activityPage(unitId, null, form, model));
    }

    @PostMapping("/implementation/activities/{activityId}")
    String changeActivity(@PathVariable UUID activityId, @ModelAttribute("form") ActivityForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        UUID unitId = service.activity(activityId).unitId();
        return FormPost.handle(binding, redirect, () -> {
            ActivityView a = service.changeActivity(activityId, form.getVersion(), form.details());
            return FormPost.redirect(back(unitId, a), "implementation.activity.saved");
        }, () -> activityPage(unitId, activityId, form, model));
    }

    /** Back to the plan, at the half-year the activity starts in. */
    private static String back(UUID unitId, ActivityView a) {
        return "/implementation/units/" + unitId + "?halfYear=" + HalfYear.of(a.startsOn()).code();
    }

    @GetMapping("/implementation/units/{unitId}/events/new")
    String newEvent(@PathVariable UUID unitId, Model model) {
        EventForm form = EventForm.empty();
        form.setHeldOn(LocalDate.now(clock));
        return eventFormPage(unitId, null, form, List.of(), model);
    }

    @GetMapping("/implementation/events/{eventId}/edit")
    String editEvent(@PathVariable UUID eventId, Model model) {
        EventView event = service.event(eventId);
        return eventFormPage(event.unitId(), eventId, EventForm.of(event), event.participants(), model);
    }

    /** The staff to tick: those of one's units, and those already on the event (from other units, without a name). */
    private String eventFormPage(UUID unitId, UUID eventId, EventForm form, List<EventView.Participant> on,
            Model model) {
        List<Choice> staff = new ArrayList<>();
        service.knownStaff().forEach(s -> staff.add(new Choice(s.id(), s.fullName(), s.position())));
        on.stream().filter(p -> staff.stream().noneMatch(c -> c.id().equals(p.staffId())))
                .forEach(p -> staff.add(new Choice(p.staffId(), null, p.workplace())));
        model.addAttribute("unit", service.unit(unitId));
        model.addAttribute("eventId", eventId);
        model.addAttribute("staff", staff);
        model.addAttribute("kinds", Arrays.asList(TrainingKind.values()));
        model.addAttribute("topics", Arrays.asList(TrainingTopic.values()));
        model.addAttribute("form", form);
        return "implementation/event-form";
    }

    /** A staff member to tick; {@code name} null for one of another unit, shown by workplace. */
    record Choice(UUID id, String name, String detail) {
    }

    @PostMapping("/implementation/units/{unitId}/events")
    String createEvent(@PathVariable UUID unitId, @ModelAttribute("form") EventForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        return FormPost.handle(binding, redirect, () -> {
            try {
                EventView e = service.createEvent(unitId, form.details());
                return FormPost.redirect("/implementation/events/" + e.id(), "implementation.event.saved");
            } catch (InvalidInputException e) {
                throw form.onForm(e, names());
            }
        }, () -> eventFormPage(unitId, null, form, List.of(), model));
    }

    @PostMapping("/implementation/events/{eventId}")
    String changeEvent(@PathVariable UUID eventId, @ModelAttribute("form") EventForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        EventView before = service.event(eventId);
        return FormPost.handle(binding, redirect, () -> {
            try {
                service.changeEvent(eventId, form.getVersion(), form.details());
                return FormPost.redirect("/implementation/events/" + eventId, "implementation.event.saved");
            } catch (InvalidInputException e) {
                throw form.onForm(e, names());
            }
        }, () -> eventFormPage(before.unitId(), eventId, form, before.participants(), model));
    }

    private Map<UUID, String> names() {
        return service.knownStaff().stream().collect(Collectors.toMap(StaffView::id, StaffView::fullName));
    }

    @GetMapping("/implementation/events/{eventId}")
    String event(@PathVariable UUID eventId, Model model) {
        EventView event = service.event(eventId);
        model.addAttribute("unit", service.unit(event.unitId()));
        model.addAttribute("event", event);
        model.addAttribute("statistics", ParticipantStatistics.of(List.of(event)));
        return "implementation/event";
    }

    @GetMapping("/implementation/units/{unitId}/statistics")
    String statistics(@PathVariable UUID unitId, @RequestParam(name = "halfYear", required = false) String halfYear,
            Model model) {
        HalfYear parsed = HalfYear.parse(halfYear);
        HalfYear shown = parsed != null ? parsed : HalfYear.of(LocalDate.now(clock));
        model.addAttribute("unit", service.unit(unitId));
        model.addAttribute("halfYear", shown);
        model.addAttribute("statistics", service.statistics(unitId, shown.first(), shown.last()));
        return "implementation/statistics";
    }

}
