package no.sammen.fidelity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a rule made of one item for a unit and half-year: a score of 1 to 5, or none when there is too
 * little data; always the data behind it, as named figures and a message ({@code fidelity.basis.<key>})
 * that says them in words, the figures as its arguments in their order.
 */
record ItemScore(String itemId, Integer score, String basisKey, Map<String, Object> figures) {

    ItemScore {
        figures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        if (score != null && (score < 1 || score > 5)) {
            throw new IllegalArgumentException("score " + score);
        }
    }

    static ItemScore scored(String itemId, int score, String basisKey, Map<String, Object> figures) {
        return new ItemScore(itemId, score, basisKey, figures);
    }

    static ItemScore tooLittle(String itemId, String basisKey, Map<String, Object> figures) {
        return new ItemScore(itemId, null, basisKey, figures);
    }

    public boolean tooLittleData() {
        return score == null;
    }

    public Object[] basisArguments() {
        return List.copyOf(figures.values()).toArray();
    }

    static Map<String, Object> figures(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    /** The share in whole percent, for the words. */
    static long percent(long met, long of) {
        return of == 0 ? 0 : Math.round(100.0 * met / of);
    }
}
