package no.sammen.indicator;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import no.sammen.security.CurrentUserService;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Indicators")
class IndicatorCsvController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final IndicatorExportService exports;
    private final CurrentUserService currentUser;

    IndicatorCsvController(IndicatorExportService exports, CurrentUserService currentUser) {
        this.exports = exports;
        this.currentUser = currentUser;
    }

    @Operation(summary = "An indicator's values per unit, clinic, trust or for the region and per period as CSV "
            + "(RFC 4180, UTF-8), with target level, P chart limits and signals; small numbers are suppressed "
            + "outside one's own units, and the courses counted only because their exclusion was registered after the "
            + "window closed. catalogVersion counts as an earlier version of the catalog defined the indicator "
            + "(default: the version in use). Units: analysts get all, others their own",
            description = "The P chart columns (cl, lcl, ucl, signals) are computed over the values the caller may "
                    + "see: a suppressed period is a missing value. A unit's chart is split at its implementation "
                    + "start when that falls inside the periods (column phase: before/after), as the unit report "
                    + "splits it. A provisional period (column provisional: true), in which a course's window is "
                    + "still open so that the value may still fall, has no level and no signals and takes no "
                    + "part in the limits or the runs analysis. A count indicator (K6, measure COUNT) has columns of its "
                    + "own: unit, period, indicator, count, one column per part (individual, group), in_use (false: "
                    + "not in use there, count empty), goal (the unit's goal for the period), cl, lcl, ucl (its C "
                    + "chart, c̄ ± 3√c̄), signals, organisation_level, provisional, catalog_version; counts of "
                    + "sessions are not suppressed.")
    @GetMapping(value = "/indicators/{id}/values.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv(@PathVariable String id, @RequestParam(defaultValue = "UNIT") OrgLevel level,
            @RequestParam(defaultValue = "MONTH") PeriodType period,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer catalogVersion) {
        if (to.isBefore(from)) {
            throw new InvalidInputException(FieldProblem.of("to", "indicator.export.periodReversed"));
        }
        if (!ReportPeriod.allowed(from.getYear())) {
            throw new InvalidInputException(FieldProblem.of("from", "indicator.period.tooEarly",
                    String.valueOf(ReportPeriod.FIRST_YEAR)));
        }
        if (!ReportPeriod.allowed(to.getYear()) || to.getYear() - from.getYear() >= IndicatorExportService.MAX_YEARS) {
            throw new InvalidInputException(FieldProblem.of("to", "indicator.export.tooLong",
                    IndicatorExportService.MAX_YEARS));
        }
        IndicatorDefinition definition = exports.definition(id, catalogVersion);
        String body;
        if (definition.isCount()) {
            body = IndicatorCsv.writeCounts(definition.breakdowns().stream().map(IndicatorDefinition.Breakdown::id)
                    .toList(), exports.countRows(definition, level, period, from, to, currentUser.current(),
                            catalogVersion));
        } else {
            body = IndicatorCsv.write(exports.rows(id, level, period, from, to, currentUser.current(),
                    catalogVersion));
        }
        String filename = "sammen-" + id.toLowerCase(Locale.ROOT) + "-" + level.name().toLowerCase(Locale.ROOT) + "-"
                + period.name().toLowerCase(Locale.ROOT)
                + "-" + from + "-" + to + ".csv";
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .body(body.getBytes(StandardCharsets.UTF_8));
    }
}
