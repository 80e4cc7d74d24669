package no.sammen.spc;

/** The Anhøj runs analysis of one phase; the run and crossing figures are null when no point is useful. */
public record PartSummary(String part, int nUseful, Integer longestRun, Integer longestRunMax, Integer crossings,
        Integer crossingsMin, boolean runsSignal) {
}
