package no.sammen.competence;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import no.sammen.organisation.Profession;
import no.sammen.report.ChartSvg;
import no.sammen.shared.FormPost;
import no.sammen.shared.NotFoundException;
import no.sammen.spc.ChartPoint;
import no.sammen.spc.Observation;
import no.sammen.spc.SpcEngine;
import no.sammen.spc.SpcResult;
import no.sammen.spc.SubgroupKey;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The competence pages: "my competence plan" for a staff member who is a user, a staff member's plan
 * for the leaders of their unit (with confirmation), the form for an item registered by hand, and the
 * leader's overview of a unit with its K9 chart and CSV export.
 */
@Controller
class CompetenceController {

    private final CompetenceService service;
    private final CompetencePlans plans;
    private final CompetenceProperties properties;
    private final MessageSource messages;
    private final Clock clock;

    CompetenceController(CompetenceService service, CompetencePlans plans, CompetenceProperties properties,
            MessageSource messages, Clock clock) {
        this.clock = clock;
        this.service = service;
        this.plans = plans;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping("/competence")
    String start(Model model) {
        model.addAttribute("myStaff", service.myStaff().orElse(null));
        model.addAttribute("ledUnits", service.ledUnits());
        model.addAttribute("implementationUnits", service.implementationUnits());
        return "competence/start";
    }

    @GetMapping("/competence/my")
    String mine() {
        return service.myStaff().map(s -> "redirect:/competence/staff/" + s.id())
                .orElseThrow(() -> new NotFoundException("staff"));
    }

    @GetMapping("/competence/staff/{staffId}")
    String plan(@PathVariable UUID staffId, Model model) {
        StaffPlanView plan = service.readPlan(staffId);
        model.addAttribute("plan", plan);
        model.addAttribute("mine", service.myStaff().map(s -> s.id().equals(staffId)).orElse(false));
        model.addAttribute("leads", service.ledUnits().stream().anyMatch(u -> u.id().equals(plan.unitId())));
        return "competence/plan";
    }

    @GetMapping("/competence/staff/{staffId}/items/{itemId}")
    String itemForm(@PathVariable UUID staffId, @PathVariable String itemId, Model model) {
        StaffPlanView plan = service.readPlan(staffId);
        PlanItemView item = registeredItem(plan, itemId);
        model.addAttribute("form", ItemForm.of(item));
        return itemPage(plan, item, model);
    }

    @PostMapping("/competence/staff/{staffId}/items/{itemId}")
    String register(@PathVariable UUID staffId, @PathVariable String itemId, @ModelAttribute("form") ItemForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.handle(binding, redirect, () -> {
            service.register(staffId, itemId, form.getVersion(), form.getPlannedOn(), form.getDoneOn(),
                    form.getEvidence());
            return FormPost.redirect("/competence/staff/" + staffId + "#item-" + itemId, "competence.item.saved");
        }, () -> {
            StaffPlanView plan = service.readPlan(staffId);
            return itemPage(plan, plan.item(itemId) == null ? null : plan.item(itemId), model);
        });
    }

    @PostMapping("/competence/staff/{staffId}/items/{itemId}/confirmation")
    String confirm(@PathVariable UUID staffId, @PathVariable String itemId, RedirectAttributes redirect) {
        service.confirm(staffId, itemId);
        redirect.addFlashAttribute("notice", "competence.item.confirmed");
        return "redirect:/competence/staff/" + staffId + "#item-" + itemId;
    }

    @GetMapping("/competence/units/{unitId}")
    String overview(@PathVariable UUID unitId, @RequestParam(required = false) Profession profession,
            @RequestParam(required = false) String position, Locale locale, Model model) {
        CompetenceService.Overview overview = service.overview(unitId, profession, position);
        model.addAttribute("overview", overview);
        model.addAttribute("profession", profession);
        model.addAttribute("position", position);
        YearMonth now = YearMonth.now(clock);
        List<K9Month> months = plans.k9(unitId, now.minusMonths(properties.chartMonths() - 1), now);
        model.addAttribute("k9", months);
        model.addAttribute("chart", chart(overview, months, locale));
        return "competence/overview";
    }

    @GetMapping(value = "/competence/units/{unitId}/export.csv")
    ResponseEntity<byte[]> export(@PathVariable UUID unitId, @RequestParam(required = false) Profession profession,
            @RequestParam(required = false) String position, Locale locale) {
        CompetenceService.Overview overview = service.overview(unitId, profession, position);
        String csv = OverviewCsv.write(overview, (key, args) -> messages.getMessage(key, args, locale), locale);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"kompetanse.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static PlanItemView registeredItem(StaffPlanView plan, String itemId) {
        PlanItemView item = plan.item(itemId);
        if (item == null || item.counted()) {
            throw new NotFoundException("item");
        }
        return item;
    }

    private String itemPage(StaffPlanView plan, PlanItemView item, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("item", item);
        return "competence/item";
    }

    /** The P chart of K9 over the months shown, the month in progress provisional (drawn hollow, outside the limits). */
    private String chart(CompetenceService.Overview overview, List<K9Month> months, Locale locale) {
        if (months.size() < 2 || months.stream().allMatch(m -> m.staff() == 0)) {
            return null;
        }
        List<Observation> observations = months.stream().map(m -> new Observation(
                new SubgroupKey.Date(m.month().atDay(1)), m.staff() == 0 ? null : (double) m.complete(),
                m.staff() == 0 ? null : (double) m.staff(), null, m.provisional())).toList();
        SpcResult result = SpcEngine.compute("p", observations, null, false);
        List<ChartSvg.Point> points = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            ChartPoint p = result.points().get(i);
            K9Month m = months.get(i);
            String label = m.month().getMonth().getDisplayName(TextStyle.SHORT, locale) + " "
                    + String.valueOf(m.month().getYear()).substring(2);
            points.add(new ChartSvg.Point(label, p.value(), p.cl(), p.lcl(), p.ucl(), p.sigmaSignal(), p.runsSignal(),
                    null, m.provisional()));
        }
        K9Month last = months.get(months.size() - 1);
        ChartSvg.Texts texts = new ChartSvg.Texts(
                msg("competence.k9.chart.title", locale, overview.unit().name()),
                msg("competence.k9.chart.description", locale, months.size(), last.complete(), last.staff()),
                msg("competence.k9.chart.target", locale), msg("competence.k9.chart.runsSignal", locale),
                msg("competence.k9.chart.noValues", locale), msg("competence.k9.chart.centre", locale));
        return ChartSvg.render("k9-chart", points, null, texts);
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    static String date(LocalDate day) {
        return day == null ? "" : day.format(DateTimeFormatter.ISO_LOCAL_DATE);
    }
}
