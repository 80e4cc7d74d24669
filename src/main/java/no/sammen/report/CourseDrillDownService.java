package no.sammen.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.sammen.audit.AuditAction;
import no.sammen.audit.AuditRecord;
import no.sammen.audit.AuditService;
import no.sammen.indicator.IndicatorCourse;
import no.sammen.indicator.IndicatorCourses;
import no.sammen.indicator.IndicatorDefinition;
import no.sammen.indicator.IndicatorService;
import no.sammen.indicator.MetFilter;
import no.sammen.indicator.ReportPeriod;
import no.sammen.organisation.OrganisationService;
import no.sammen.organisation.UnitView;
import no.sammen.patient.CourseService;
import no.sammen.patient.CourseView;
import no.sammen.security.CurrentUser;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;
import no.sammen.shared.NotFoundException;
import no.sammen.shared.PageOf;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The drill-down from a number of the unit report to the courses behind it: only inside one's own
 * unit, and only for a role that may read the unit's courses. The courses come from the indicator
 * module (the same selection that counts them), their labels from the patient module, which logs
 * each course shown as read; the view itself is one more entry in the audit log.
 */
@Service
class CourseDrillDownService {

    /** The object type of the audit entry written for each view of the list. */
    static final String OBJECT_TYPE = "indicator_drilldown";

    private final IndicatorService indicators;
    private final CourseService courses;
    private final OrganisationService organisation;
    private final AuditService audit;
    private final MessageSource messages;

    CourseDrillDownService(IndicatorService indicators, CourseService courses, OrganisationService organisation,
            AuditService audit, MessageSource messages) {
        this.indicators = indicators;
        this.courses = courses;
        this.organisation = organisation;
        this.audit = audit;
        this.messages = messages;
    }

    /** A course as the list shows it. */
    record CourseRow(UUID courseId, String displayLabel, LocalDate startDate, LocalDate endDate, boolean met) {
    }

    /**
     * One page of the courses behind an indicator value.
     *
     * @param periodLabel the period in words, e.g. {@code 10.2026}
     */
    record DrillDown(UnitView unit, IndicatorDefinition definition, String name, ReportPeriod period,
            String periodLabel, IndicatorCourses counts, PageOf<CourseRow> rows) {

        public MetFilter filter() {
            return counts.filter();
        }

        /** How many courses the filter selects. */
        public long count(MetFilter filter) {
            return switch (filter) {
                case ALL -> counts.denominator();
                case MET -> counts.numerator();
                case NOT_MET -> counts.denominator() - counts.numerator();
            };
        }
    }

    /**
     * @param filterText {@code ALL} (or empty), {@code MET} or {@code NOT_MET}
     * @throws NotFoundException     for a unit the viewer does not belong to, or may not read courses
     *                               in, whether it exists or not
     * @throws InvalidInputException naming {@code indicatorId}, {@code period} or {@code filter}
     */
    @Transactional
    DrillDown drillDown(CurrentUser viewer, UUID unitId, String indicatorId, String periodText, String filterText,
            int page, Locale locale) {
        if (!IndicatorService.mayDrillInto(viewer, unitId)) {
            throw new NotFoundException("unit");
        }
        UnitView unit = organisation.unit(unitId).orElseThrow(() -> new NotFoundException("unit"));
        List<FieldProblem> problems = new ArrayList<>();
        Optional<IndicatorDefinition> definition = indicators.catalog().stream()
                .filter(d -> d.id().equals(indicatorId)).findFirst();
        if (definition.isEmpty()) {
            problems.add(FieldProblem.of("indicatorId", "report.courses.indicator.unknown"));
        }
        ReportPeriod period = null;
        try {
            period = ReportPeriod.parse(periodText, "period");
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        MetFilter filter = parseFilter(filterText, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }

        IndicatorCourses counts = indicators.courses(viewer, indicatorId, unitId, period.type(), period.start(),
                filter, page);
        String what = indicatorId + " " + period.text();
        Map<UUID, CourseView> labelled = courses.listed(
                        counts.courses().items().stream().map(IndicatorCourse::courseId).toList(),
                        "indicator drill-down " + what + " filter=" + filter)
                .stream().collect(Collectors.toMap(CourseView::id, Function.identity()));
        List<CourseRow> rows = counts.courses().items().stream()
                .filter(c -> labelled.containsKey(c.courseId()))
                .map(c -> new CourseRow(c.courseId(), labelled.get(c.courseId()).displayLabel(), c.startDate(),
                        c.endDate(), c.met()))
                .toList();
        PageOf<IndicatorCourse> shown = counts.courses();
        audit.record(new AuditRecord(AuditAction.LIST, OBJECT_TYPE, indicatorId + ":" + period.text(), unitId, null,
                what + " (" + period.type() + ") filter=" + filter + " page=" + shown.page() + ": " + rows.size()
                        + " courses shown; numerator " + counts.numerator() + ", denominator "
                        + counts.denominator()));
        String periodLabel = messages.getMessage("report.courses.period." + period.type(), period.labelArguments(),
                locale);
        return new DrillDown(unit, definition.get(), definition.get().name(locale), period, periodLabel, counts,
                new PageOf<>(rows, shown.page(), shown.size(), shown.total()));
    }

    private static MetFilter parseFilter(String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return MetFilter.ALL;
        }
        try {
            return MetFilter.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of("filter", "report.courses.filter.invalid"));
            return MetFilter.ALL;
        }
    }
}
