package no.sammen.journalaudit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import no.sammen.organisation.UnitView;
import no.sammen.shared.FormPost;
import no.sammen.shared.NotFoundException;

import org.springframework.context.MessageSource;
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
 * The journal audit pages: a unit's rounds with the form that opens one, a round's sampled records, one
 * record's checklist beside its Sammen registrations, and the results with their SPC charts.
 */
@Controller
class JournalAuditController {

    private final JournalAuditService service;
    private final AuditChecklist checklist;
    private final JournalAuditChart chart;
    private final MessageSource messages;
    private final java.time.Clock clock;

    JournalAuditController(JournalAuditService service, AuditChecklist checklist, JournalAuditChart chart,
            MessageSource messages, java.time.Clock clock) {
        this.service = service;
        this.checklist = checklist;
        this.chart = chart;
        this.messages = messages;
        this.clock = clock;
    }

    private UnitView chosen(List<UnitView> units, UUID unitId) {
        if (units.isEmpty()) {
            throw new NotFoundException("unit");
        }
        if (unitId == null) {
            return units.get(0);
        }
        return units.stream().filter(u -> u.id().equals(unitId)).findFirst()
                .orElseThrow(() -> new NotFoundException("unit"));
    }

    @GetMapping("/journal-audits")
    String rounds(@RequestParam(name = "unit", required = false) UUID unitId, Model model) {
        RoundForm form = new RoundForm();
        form.setPeriod(YearMonth.now(clock).minusMonths(1).toString());
        return roundsPage(unitId, form, model);
    }

    private String roundsPage(UUID unitId, RoundForm form, Model model) {
        List<UnitView> units = service.units();
        UnitView unit = chosen(units, unitId);
        form.setUnitId(unit.id());
        model.addAttribute("units", units);
        model.addAttribute("unit", unit);
        List<RoundResultView> results = new java.util.ArrayList<>(service.results(unit.id()));
        java.util.Collections.reverse(results);
        model.addAttribute("results", results);
        model.addAttribute("mayOpen", service.mayOpen(unit.id()));
        model.addAttribute("form", form);
        model.addAttribute("periodKinds", Arrays.asList(PeriodKind.values()));
        model.addAttribute("populations", Arrays.asList(Population.values()));
        return "journalaudit/rounds";
    }

    @PostMapping("/journal-audits/rounds")
    String open(@ModelAttribute("form") RoundForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormPost.handle(binding, redirect, () -> {
            RoundView round = service.open(form.getUnitId(), form.request(), null);
            return FormPost.redirect("/journal-audits/rounds/" + round.id(), "journalaudit.round.opened");
        }, () -> roundsPage(form.getUnitId(), form, model));
    }

    @GetMapping("/journal-audits/rounds/{roundId}")
    String round(@PathVariable UUID roundId, Model model) {
        JournalAuditService.RoundDetail detail = service.round(roundId);
        model.addAttribute("detail", detail);
        model.addAttribute("round", detail.round());
        model.addAttribute("redraw", service.redraw(roundId));
        return "journalaudit/round";
    }

    @GetMapping("/journal-audits/rounds/{roundId}/records/{courseId}")
    String record(@PathVariable UUID roundId, @PathVariable UUID courseId, Model model) {
        JournalAuditService.RecordDetail detail = service.record(roundId, courseId);
        return recordPage(detail, ChecklistForm.of(detail.record()), model);
    }

    private String recordPage(JournalAuditService.RecordDetail detail, ChecklistForm form, Model model) {
        model.addAttribute("detail", detail);
        model.addAttribute("round", detail.round());
        model.addAttribute("checklist", checklist);
        model.addAttribute("answers", Arrays.asList(Answer.values()));
        model.addAttribute("form", form);
        return "journalaudit/record";
    }

    @PostMapping("/journal-audits/rounds/{roundId}/records/{courseId}")
    String save(@PathVariable UUID roundId, @PathVariable UUID courseId, @ModelAttribute("form") ChecklistForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.handle(binding, redirect, () -> {
            service.save(roundId, courseId, form.getVersion(), form.getAnswers(), form.isComplete());
            return FormPost.redirect("/journal-audits/rounds/" + roundId, "journalaudit.record.saved");
        }, () -> recordPage(service.record(roundId, courseId), form, model));
    }

    @GetMapping("/journal-audits/results")
    String results(@RequestParam(name = "unit", required = false) UUID unitId,
            @RequestParam(name = "population", required = false) Population population,
            @RequestParam(name = "periodKind", required = false) PeriodKind periodKind,
            @RequestParam(name = "measure", required = false) String measure, Locale locale, Model model) {
        List<UnitView> units = service.units();
        UnitView unit = chosen(units, unitId);
        List<RoundResultView> all = service.results(unit.id());
        Population shownPopulation = population != null ? population
                : all.isEmpty() ? Population.STARTED_PSYCHOSIS : all.get(all.size() - 1).round().population();
        PeriodKind shownKind = periodKind != null ? periodKind
                : all.stream().filter(r -> r.round().population() == shownPopulation)
                        .reduce((a, b) -> b).map(r -> r.round().period().kind()).orElse(PeriodKind.MONTH);
        List<RoundResultView> rounds = all.stream().filter(r -> r.round().population() == shownPopulation
                && r.round().period().kind() == shownKind).toList();
        String shownMeasure = measure == null || measure.isBlank() ? JournalAuditChart.K8 : measure;
        if (!shownMeasure.equals(JournalAuditChart.K8) && !shownMeasure.equals(JournalAuditChart.TOTAL)
                && checklist.find(shownMeasure).isEmpty()) {
            model.addAttribute("measureError", "journalaudit.results.measure.unknown");
            shownMeasure = JournalAuditChart.K8;
        }
        String measureName = measureName(shownMeasure, locale);
        LocalDate split = unit.implementationStart();
        Double target = JournalAuditChart.K8.equals(shownMeasure) ? checklist.target() : null;
        model.addAttribute("units", units);
        model.addAttribute("unit", unit);
        model.addAttribute("rounds", rounds);
        model.addAttribute("population", shownPopulation);
        model.addAttribute("periodKind", shownKind);
        model.addAttribute("measure", shownMeasure);
        model.addAttribute("measureName", measureName);
        model.addAttribute("measures", measures());
        model.addAttribute("populations", Arrays.asList(Population.values()));
        model.addAttribute("periodKinds", Arrays.asList(PeriodKind.values()));
        model.addAttribute("checklist", checklist);
        model.addAttribute("pChart", rounds.isEmpty() ? null
                : chart.render("p", rounds, shownMeasure, measureName, unit.name(), split, target, locale));
        model.addAttribute("runChart", rounds.isEmpty() ? null
                : chart.render("run", rounds, shownMeasure, measureName, unit.name(), split, target, locale));
        model.addAttribute("labels", rounds.stream().map(r -> chart.label(r.round().period(), locale)).toList());
        return "journalaudit/results";
    }

    private List<String> measures() {
        List<String> measures = new java.util.ArrayList<>(List.of(JournalAuditChart.K8, JournalAuditChart.TOTAL));
        checklist.items().forEach(i -> measures.add(i.id()));
        return measures;
    }

    private String measureName(String measure, Locale locale) {
        if (JournalAuditChart.K8.equals(measure) || JournalAuditChart.TOTAL.equals(measure)) {
            return messages.getMessage("journalaudit.measure." + measure, null, locale);
        }
        return checklist.find(measure).map(i -> i.text(locale)).orElse(measure);
    }
}
