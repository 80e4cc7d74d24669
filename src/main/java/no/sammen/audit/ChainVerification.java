package no.sammen.audit;

/**
 * The result of checking the hash chain.
 *
 * @param firstBrokenSeq the sequence number of the first entry that does not match, or null if intact
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenSeq, String reason) {
}
