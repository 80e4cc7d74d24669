package no.sammen.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import no.sammen.indicator.IndicatorDefinition;
import no.sammen.indicator.IndicatorService;
import no.sammen.indicator.OrgLevel;
import no.sammen.indicator.PeriodType;
import no.sammen.indicator.ShownValue;
import no.sammen.organisation.ClinicView;
import no.sammen.organisation.OrganisationService;
import no.sammen.organisation.UnitView;
import no.sammen.report.UnitReportService.Row;
import no.sammen.security.CurrentUser;
import no.sammen.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The summary that opens Rapporter: for one of the viewer's units, and for those who may compare
 * units, for a clinic or the whole region, with values suppressed as in every other view.
 */
@Service
public class SummaryService {

    private final IndicatorService indicators;
    private final OrganisationService organisation;
    private final UnitReportService unitReports;
    private final MessageSource messages;
    private final Clock clock;

    SummaryService(IndicatorService indicators, OrganisationService organisation, UnitReportService unitReports,
            MessageSource messages, Clock clock) {
        this.indicators = indicators;
        this.organisation = organisation;
        this.unitReports = unitReports;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * What a summary may be of.
     *
     * @param key   {@code unit:<id>}, {@code clinic:<id>} or {@code region}
     * @param label the name shown in the list
     * @param name  the unit's or clinic's name, or the region's
     */
    public record Scope(String key, String label, OrgLevel level, UUID orgId, String name) {
    }

    /**
     * The viewer's own units first; then, for those who may compare units, the region and each
     * clinic; then any other unit the viewer may report on.
     */
    public List<Scope> scopes(CurrentUser user, Locale locale) {
        List<UnitView> visible = unitReports.visibleUnits(user);
        List<Scope> scopes = new ArrayList<>();
        visible.stream().filter(u -> user.belongsTo(u.id())).sorted(Comparator.comparing(UnitView::name))
                .forEach(u -> scopes.add(unit(u, locale)));
        if (ComparisonService.mayCompare(user)) {
            String region = message("report.summary.scope.region", locale);
            scopes.add(new Scope("region", region, OrgLevel.REGION, null, region));
            for (ClinicView clinic : organisation.clinics().stream().sorted(Comparator.comparing(ClinicView::name))
                    .toList()) {
                scopes.add(new Scope("clinic:" + clinic.id(),
                        message("report.summary.scope.clinic", locale, clinic.name()), OrgLevel.CLINIC, clinic.id(),
                        clinic.name()));
            }
        }
        visible.stream().filter(u -> !user.belongsTo(u.id())).sorted(Comparator.comparing(UnitView::name))
                .forEach(u -> scopes.add(unit(u, locale)));
        return scopes;
    }

    private Scope unit(UnitView unit, Locale locale) {
        return new Scope("unit:" + unit.id(), message("report.summary.scope.unit", locale, unit.name()),
                OrgLevel.UNIT, unit.id(), unit.name());
    }

    /**
     * The summary of the scope with the given key, or of the first scope offered when the key is
     * null; null when nothing is offered.
     *
     * @throws NotFoundException for a key not offered to the viewer
     */
    public ReportSummary.Summary summary(CurrentUser user, String key, Locale locale) {
        List<Scope> scopes = scopes(user, locale);
        if (scopes.isEmpty() && key == null) {
            return null;
        }
        Scope scope = key == null ? scopes.get(0)
                : scopes.stream().filter(s -> s.key().equals(key)).findFirst()
                        .orElseThrow(() -> new NotFoundException("scope"));
        YearMonth latest = YearMonth.now(clock).minusMonths(1);
        LocalDate split = scope.level() == OrgLevel.UNIT ? organisation.units().stream()
                .filter(u -> u.id().equals(scope.orgId())).findFirst().map(UnitView::implementationStart).orElse(null)
                : null;
        Map<String, List<ShownValue>> shown = indicators.catalogShownValues(ReportGrain.TYPES,
                ReportGrain.earliest(latest), ReportGrain.latestDay(latest), user.unitIds());
        // At the grain the unit report opens with for this viewer (ADR 0020), so that a line's link leads
        // to the chart it summarises.
        PeriodType grain = ReportGrain.choose(indicators.catalog().stream()
                .map(d -> ReportGrain.rows(shown.get(d.id()), scope.level(), scope.orgId(), PeriodType.MONTH, latest,
                        messages, locale))
                .toList(), split, latest).grain();
        // K8 and K9, told by their modules (ADR 0038), follow the grain the course indicators choose.
        Map<String, List<ShownValue>> all = new java.util.LinkedHashMap<>(shown);
        all.putAll(indicators.contributedShownValues(ReportGrain.TYPES, ReportGrain.earliest(latest),
                ReportGrain.latestDay(latest), user.unitIds()));
        List<ReportSummary.Line> lines = new ArrayList<>();
        for (IndicatorDefinition definition : UnitReportService.proportions(indicators)) {
            List<Row> rows = ReportGrain.rows(all.get(definition.id()), scope.level(), scope.orgId(), grain, latest,
                    messages, locale);
            lines.add(ReportSummary.line(definition, locale, rows, split, href(scope, definition)));
        }
        Map<String, List<no.sammen.indicator.CountValue>> counts = indicators.catalogCountValues(ReportGrain.TYPES,
                ReportGrain.earliest(latest), ReportGrain.latestDay(latest));
        for (IndicatorDefinition definition : indicators.countIndicators()) {
            var values = UnitReportService.countValues(counts.get(definition.id()), scope.level(), scope.orgId(), grain,
                    latest);
            boolean inUse = values.stream().anyMatch(no.sammen.indicator.CountValue::inUse);
            // Only a unit has a goal; a clinic's or the region's line leads to the comparison of the count.
            lines.add(ReportSummary.countLine(definition, locale, UnitReportService.countRows(values, grain, messages,
                    locale), inUse, UnitReportService.latestFinalGoal(values), href(scope, definition)));
        }
        return new ReportSummary.Summary(scope.name(), grain, ReportGrain.from(grain, latest),
                ReportGrain.to(grain, latest), lines);
    }

    /** A unit's line leads to its chart in the unit report; a clinic's or the region's to the comparison. */
    private static String href(Scope scope, IndicatorDefinition definition) {
        if (scope.level() == OrgLevel.UNIT) {
            return "/reports/units/" + scope.orgId() + "#indicator-" + definition.id();
        }
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/reports/compare")
                .queryParam("indicator", definition.id());
        if (scope.level() == OrgLevel.CLINIC) {
            uri.queryParam("clinic", scope.orgId());
        }
        return uri.build().toUriString();
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
