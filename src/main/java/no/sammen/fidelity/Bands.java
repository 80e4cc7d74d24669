package no.sammen.fidelity;

/**
 * How a share becomes a score of 1 to 5: the lowest percentage of each score from 2 to 5. The IMR scale's
 * shares use 20, 40, 70 and 90 %; the family psychoeducation scale's 33, 50, 65 and 80 %. PRACTICE is
 * the scale's description of a practice seen by an assessor, not a share.
 */
enum Bands {
    IMR_SHARE(20, 40, 70, 90),
    FPE_SHARE(33, 50, 65, 80),
    PRACTICE;

    private final int[] lowest;

    Bands(int... lowest) {
        this.lowest = lowest;
    }

    boolean share() {
        return lowest.length == 4;
    }

    /** The score of {@code met} of {@code of} (of &gt; 0): 1 plus the number of thresholds reached, exactly. */
    int score(long met, long of) {
        if (!share() || of <= 0) {
            throw new IllegalStateException(name() + " scores no share of " + of);
        }
        int score = 1;
        for (int percent : lowest) {
            if (met * 100 >= (long) percent * of) {
                score++;
            }
        }
        return score;
    }

    /** The lowest percentage of a score from 2 to 5, for the anchors' text. */
    int lowest(int score) {
        return lowest[score - 2];
    }
}
