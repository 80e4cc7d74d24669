package no.sammen.imr;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import no.sammen.organisation.UnitView;
import no.sammen.shared.FormPost;
import no.sammen.spc.Observation;
import no.sammen.spc.SpcEngine;
import no.sammen.spc.SpcResult;
import no.sammen.spc.SubgroupKey;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The IMR board (IMR-tavle) of a unit: its ongoing IMR courses, the referrals it received, the goal
 * counter and the run chart of sessions per month (K6) with its data table; and the page where the
 * unit's leader or an administrator sets the compulsory first module and the goal.
 */
@Controller
@RequestMapping("/imr")
class ImrBoardController {

    private final ImrUnitService units;
    private final ImrCurriculum curriculum;
    private final ImrProperties properties;
    private final MessageSource messages;
    private final java.time.Clock clock;

    ImrBoardController(ImrUnitService units, ImrCurriculum curriculum, ImrProperties properties,
            MessageSource messages, java.time.Clock clock) {
        this.clock = clock;
        this.units = units;
        this.curriculum = curriculum;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping("/board")
    String board(@RequestParam(required = false) UUID unitId, Locale locale, Model model) {
        List<UnitView> mine = units.boardUnits();
        model.addAttribute("units", mine);
        UUID chosen = unitId != null ? unitId : mine.isEmpty() ? null : mine.get(0).id();
        if (chosen == null) {
            return "imr/board";
        }
        ImrUnitService.Board board = units.board(chosen, properties.chartMonths());
        model.addAttribute("board", board);
        model.addAttribute("curriculum", curriculum);
        model.addAttribute("mayMaintain", units.mayMaintain(chosen));
        model.addAttribute("chart", chart(board, locale));
        return "imr/board";
    }

    @GetMapping("/referrals/{referralId}/take-in")
    String takeInForm(@PathVariable UUID referralId, Model model) {
        ImrUnitService.TakeIn choices = units.takeInChoices(referralId);
        TakeInForm form = new TakeInForm();
        form.setJoinedOn(java.time.LocalDate.now(clock));
        if (choices.courses().size() == 1) {
            form.setCourseId(choices.courses().get(0).id());
        }
        model.addAttribute("form", form);
        return takeInPage(choices, model);
    }

    @PostMapping("/referrals/{referralId}/take-in")
    String takeIn(@PathVariable UUID referralId, @ModelAttribute("form") TakeInForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        ImrUnitService.TakeIn choices = units.takeInChoices(referralId);
        return FormPost.handle(binding, redirect, () -> {
            units.takeIn(referralId, form.getGroupId(), form.getCourseId(), form.getJoinedOn());
            return FormPost.redirect("/groups/" + form.getGroupId(), "imr.takeIn.saved");
        }, () -> takeInPage(choices, model));
    }

    /** A referral received, taken into a group as a course of the unit. */
    static class TakeInForm {

        private UUID groupId;
        private UUID courseId;
        private java.time.LocalDate joinedOn;

        public UUID getGroupId() {
            return groupId;
        }

        public void setGroupId(UUID groupId) {
            this.groupId = groupId;
        }

        public UUID getCourseId() {
            return courseId;
        }

        public void setCourseId(UUID courseId) {
            this.courseId = courseId;
        }

        public java.time.LocalDate getJoinedOn() {
            return joinedOn;
        }

        public void setJoinedOn(java.time.LocalDate joinedOn) {
            this.joinedOn = joinedOn;
        }
    }

    private String takeInPage(ImrUnitService.TakeIn choices, Model model) {
        model.addAttribute("choices", choices);
        model.addAttribute("referral", choices.referral());
        model.addAttribute("curriculum", curriculum);
        return "imr/take-in";
    }

    @GetMapping("/units/{unitId}/settings")
    String settings(@PathVariable UUID unitId, Model model) {
        ImrUnitSettingsView settings = maintained(unitId);
        model.addAttribute("form", ImrSettingsForm.of(settings));
        return settingsPage(settings, model);
    }

    @PostMapping("/units/{unitId}/settings")
    String change(@PathVariable UUID unitId, @ModelAttribute("form") ImrSettingsForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        ImrUnitSettingsView settings = maintained(unitId);
        return FormPost.handle(binding, redirect, () -> {
            units.change(unitId, form.getVersion() == null ? -1 : form.getVersion(), form.getFirstModuleId(),
                    form.getGoalFrom(), form.getGoalTo(), form.getIndividualGoal(), form.getGroupGoal());
            return FormPost.redirect("/imr/board?unitId=" + unitId, "imr.settings.saved");
        }, () -> settingsPage(settings, model));
    }

    private ImrUnitSettingsView maintained(UUID unitId) {
        ImrUnitSettingsView settings = units.settings(unitId);
        if (!units.mayMaintain(unitId)) {
            throw new AccessDeniedException("may not change the unit's IMR settings");
        }
        return settings;
    }

    private String settingsPage(ImrUnitSettingsView settings, Model model) {
        model.addAttribute("settings", settings);
        model.addAttribute("curriculum", curriculum);
        model.addAttribute("formAction", "/imr/units/" + settings.unitId() + "/settings");
        return "imr/settings";
    }

    /**
     * The run chart of the months on the board: the month in progress is provisional, drawn hollow and
     * left out of the median and the runs rules (as the report's open periods, ADR 0020); the goal
     * spread over its months is a target line over the months of the goal period shown.
     */
    private String chart(ImrUnitService.Board board, Locale locale) {
        List<ImrMonthCount> months = board.months();
        if (months.size() < 2) {
            return null;
        }
        SpcResult result = runChart(months, board.provisionalMonth());
        ImrChartSvg.GoalLine goal = goalLine(board.progress().settings(), months);
        List<String> labels = months.stream().map(m -> m.month().getMonth().getDisplayName(TextStyle.SHORT, locale)
                + " " + String.valueOf(m.month().getYear()).substring(2)).toList();
        boolean signal = result.points().stream().anyMatch(no.sammen.spc.ChartPoint::runsSignal);
        Double median = result.points().stream().filter(no.sammen.spc.ChartPoint::included).findFirst()
                .map(no.sammen.spc.ChartPoint::cl).orElse(null);
        long finished = result.points().stream().filter(no.sammen.spc.ChartPoint::included).count();
        ImrChartSvg.Texts texts = new ImrChartSvg.Texts(
                msg("imr.board.chart.title", locale, board.unit().name()),
                msg("imr.board.chart.descriptionMonths", locale, finished,
                        median == null ? "-" : ImrChartSvg.fmt(median, locale),
                        msg(signal ? "imr.board.chart.signal" : "imr.board.chart.noSignal", locale))
                        + " " + msg("imr.board.chart.provisional", locale),
                goal == null ? "" : msg("imr.board.chart.goal", locale, ImrChartSvg.fmt(goal.perMonth(), locale)),
                median == null ? "" : msg("imr.board.chart.median", locale, ImrChartSvg.fmt(median, locale)),
                msg("imr.board.chart.runsSignal", locale), labels, locale);
        return ImrChartSvg.render("imr-chart", result, goal, texts);
    }

    /** The run chart of the months, the provisional ones (from {@code provisional} on) left out of its median and runs rules. */
    static SpcResult runChart(List<ImrMonthCount> months, YearMonth provisional) {
        List<Observation> observations = months.stream().map(m -> new Observation(
                new SubgroupKey.Date(m.month().atDay(1)), (double) m.total(), null, null,
                !m.month().isBefore(provisional))).toList();
        return SpcEngine.compute("run", observations, null, false);
    }

    /** The goal spread evenly over its months, over the months shown that lie in its period; or null. */
    static ImrChartSvg.GoalLine goalLine(ImrUnitSettingsView s, List<ImrMonthCount> months) {
        // The goal per month as K6 in the reports has it (ImrSessionCounts).
        var goal = ImrSessionCounts.goal(new ImrUnitSettings(s.unitId(), s.firstModuleId(), s.goalFrom(), s.goalTo(),
                s.individualGoal(), s.groupGoal(), null, null));
        if (goal == null) {
            return null;
        }
        YearMonth from = goal.from();
        YearMonth to = goal.to();
        double perMonth = goal.perMonth();
        int first = -1;
        int last = -1;
        for (int i = 0; i < months.size(); i++) {
            YearMonth m = months.get(i).month();
            if (!m.isBefore(from) && !m.isAfter(to)) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        return first < 0 ? null : new ImrChartSvg.GoalLine(perMonth, first, last);
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
