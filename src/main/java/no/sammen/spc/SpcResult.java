package no.sammen.spc;

import java.util.List;

/** A computed chart: one point per subgroup in x order and one runs analysis per phase. */
public record SpcResult(SpcChart chart, List<ChartPoint> points, List<PartSummary> parts) {

    public SpcResult {
        points = List.copyOf(points);
        parts = List.copyOf(parts);
    }
}
