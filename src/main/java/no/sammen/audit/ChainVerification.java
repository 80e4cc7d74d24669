package no.sammen.audit;

import java.util.List;

/**
 * The result of checking the keyed chain of the audit log and, where an anchor file is configured,
 * the chain against the heads anchored outside the database.
 *
 * @param intact         whether every entry, every link, the head and every anchor hold
 * @param entriesChecked how many linked entries were checked
 * @param firstBrokenSeq the number of the first broken entry, or null if intact (see {@link #broken})
 * @param reason         how the first broken entry is broken, or null if intact
 * @param broken         the broken entries, in chain order, at most {@link #MAX_NAMED} of them
 * @param brokenCount    how many are broken in all
 * @param anchored       whether anchors outside the database were checked; without them, entries
 *                       removed from the end of the chain together with their links cannot be detected
 * @param anchorsChecked how many anchors were checked
 * @param lastAnchorPos  the position of the newest anchor, or null if none
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenSeq, String reason,
        List<Broken> broken, long brokenCount, boolean anchored, long anchorsChecked, Long lastAnchorPos) {

    /** How many broken entries are named at most. */
    public static final int MAX_NAMED = 1000;

    public ChainVerification {
        broken = List.copyOf(broken);
    }

    /**
     * One place where the chain does not hold.
     *
     * @param seq    the entry's number, or null when the break is not one entry's (a link, the head, an anchor)
     * @param pos    the position in the chain, or null for an entry that is in no link
     * @param reason {@code hash} (the entry was changed), {@code missing} (the entry was deleted),
     *               {@code link} (a link was changed, removed or inserted), {@code unlinked} (an entry
     *               that no link holds, older than the linking grace), {@code head} (the chain's head
     *               does not match its last link), {@code truncated} (an anchor is beyond the chain's
     *               end), {@code anchor} (the link at an anchor's position is not the anchored one)
     */
    public record Broken(Long seq, Long pos, String reason) {
    }
}
