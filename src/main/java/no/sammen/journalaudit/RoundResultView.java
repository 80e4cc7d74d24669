package no.sammen.journalaudit;

import java.util.List;

/**
 * The results of one audit round, counted over its completed records: per item and in total the share of
 * applicable answers that are yes, K8 (records meeting the checklist's criteria of the records audited), and
 * the agreement of the audit with what Sammen had registered.
 *
 * @param meeting     K8's numerator: completed records that meet the criteria
 * @param audited     K8's denominator: completed records
 * @param yes         the yes answers of all items together
 * @param applicable  the answers of all items together that are yes or no
 * @param provisional true while a sampled record is not completed: kept out of chart limits and signals
 */
public record RoundResultView(RoundView round, long meeting, long audited, long yes, long applicable,
        List<ItemResult> items, List<Agreement> agreement, boolean provisional) {

    public RoundResultView {
        items = List.copyOf(items);
        agreement = List.copyOf(agreement);
    }

    /** One item's applicable yes answers of its applicable answers. */
    public record ItemResult(String itemId, long yes, long applicable) {
    }

    /**
     * For an item Sammen also registers: the records where the audit (yes or no) and Sammen agreed, of those
     * compared.
     */
    public record Agreement(String itemId, long agree, long compared) {
    }
}
