package no.sammen.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * A module that tells a proportion whose population is not treatment courses (ADR 0038): audited records of a
 * journal audit (K8), staff of a unit (K9). As {@link CountContributor} tells a count, it gives numerator and
 * denominator per unit and month from its own tables, in one read per report; the indicator module never reads
 * those tables, and rolls the units' values up, suppresses them and charts them exactly as it does the
 * proportions counted from the course facts. The catalog entry says {@code measure: CONTRIBUTED} and names the
 * contributor ({@code countedBy}); both are checked at start-up against the contributors' beans.
 *
 * <p>Such a proportion has no placing date, window or exclusions of the catalog: what places a record or a
 * member of staff in a month, and who is left out, is the contributor's definition. It is not counted from the
 * course facts, so it takes no part in the settled-month counts (ADR 0033).
 */
public interface ProportionContributor {

    /** The name a catalog entry's {@code countedBy} gives, e.g. {@code journal_audit_records}. */
    String name();

    /**
     * Numerator and denominator per unit and month for the months from the one holding {@code from} to the one
     * holding {@code to}: one read for the whole organisation, never one per unit or month. Months without a
     * denominator may be left out.
     */
    List<Row> monthly(LocalDate from, LocalDate to);

    /**
     * One unit's numerator and denominator in one month.
     *
     * @param provisional the contributor's own reason the value may still change (e.g. an audit round with a
     *                    record not yet completed), beside the catalog's rule for a month not yet over
     */
    record Row(UUID unitId, YearMonth month, long numerator, long denominator, boolean provisional) {
    }
}
