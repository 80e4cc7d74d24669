package no.sammen.spc;

import java.util.Arrays;
import java.util.Optional;

/** The chart types, named by the codes qicharts2 uses. */
public enum SpcChart {
    RUN("run"), I("i"), MR("mr"), XBAR("xbar"), S("s"), T("t"), P("p"), PP("pp"), C("c"), U("u"), UP("up"),
    G("g");

    private final String code;

    SpcChart(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<SpcChart> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }

    /** Proportion and rate charts: y is a count and n its denominator, which every row must give. */
    boolean needsDenominator() {
        return this == P || this == PP || this == U || this == UP;
    }

    boolean isProportion() {
        return this == P || this == PP;
    }

    /** Charts whose y is a count or a number of cases between events, which cannot be negative. */
    boolean countsOnly() {
        return needsDenominator() || this == C || this == G;
    }

    /** Charts whose subgroup value is y summed over n when n is given, and the mean of y otherwise. */
    boolean ratioWhenDenominatorGiven() {
        return this == RUN || this == I || this == MR || this == T || this == G;
    }
}
