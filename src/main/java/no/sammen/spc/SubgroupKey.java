package no.sammen.spc;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The x of an observation: a date or a number. Observations with equal keys form one subgroup. */
public sealed interface SubgroupKey extends Comparable<SubgroupKey> {

    record Date(LocalDate value) implements SubgroupKey {

        @Override
        public int compareTo(SubgroupKey other) {
            return value.compareTo(((Date) other).value);
        }
    }

    /** Kept without trailing zeros so that 2 and 2.0 are the same subgroup. */
    record Number(BigDecimal value) implements SubgroupKey {

        public Number {
            value = value.stripTrailingZeros();
        }

        @Override
        public int compareTo(SubgroupKey other) {
            return value.compareTo(((Number) other).value);
        }
    }
}
