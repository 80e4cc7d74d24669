package no.sammen.spc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Statistical process control", description = "Run and control charts of any series, computed as "
        + "qicharts2 computes them, with the Anhøj rules for runs. Nothing is stored.")
class SpcApiController {

    record PointRequest(Object x, Double y, Double n, String part, Boolean exclude) {
    }

    record ChartRequest(String chart, Integer freeze, Boolean screenedMovingRanges, List<PointRequest> points) {
    }

    record PointResponse(Object x, Double y, Double n, Double value, Double cl, Double lcl, Double ucl,
            boolean sigmaSignal, boolean runsSignal, String part, boolean baseline, boolean included) {
    }

    record ChartResponse(String chart, List<PointResponse> points, List<PartSummary> parts) {
    }

    @Operation(summary = "Chart a series: one point per x in x order with centre line, limits and signals, "
            + "and a runs analysis per part")
    @PostMapping("/spc")
    ChartResponse chart(@RequestBody ChartRequest request) {
        List<PointRequest> points = request.points() == null ? List.of() : request.points();
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            PointRequest point = points.get(i);
            observations.add(point == null ? null : new Observation(key(point.x(), i), point.y(), point.n(),
                    point.part(), Boolean.TRUE.equals(point.exclude())));
        }
        SpcResult result = SpcEngine.compute(request.chart(), observations, request.freeze(),
                !Boolean.FALSE.equals(request.screenedMovingRanges()));
        return new ChartResponse(result.chart().code(), result.points().stream()
                .map(p -> new PointResponse(x(p.x()), p.y(), p.n(), p.value(), p.cl(), p.lcl(), p.ucl(),
                        p.sigmaSignal(), p.runsSignal(), p.part(), p.baseline(), p.included()))
                .toList(), result.parts());
    }

    private static SubgroupKey key(Object x, int index) {
        if (x == null) {
            return null;
        }
        try {
            if (x instanceof Number number) {
                return new SubgroupKey.Number(new BigDecimal(number.toString()));
            }
            if (x instanceof String text) {
                return new SubgroupKey.Date(LocalDate.parse(text));
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            // falls through to the problem below
        }
        throw new InvalidInputException(FieldProblem.of("points[" + index + "].x", "spc.x.invalid"));
    }

    private static Object x(SubgroupKey key) {
        if (key instanceof SubgroupKey.Date date) {
            return date.value().toString();
        }
        BigDecimal number = ((SubgroupKey.Number) key).value();
        return number.scale() <= 0 ? number.toBigInteger() : number;
    }
}
