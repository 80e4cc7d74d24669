package no.sammen.survey;

import java.util.List;

/** The kinds of a survey item, each with the answers it takes (free text takes text). */
public enum ItemKind {
    /** One of the item's own options. */
    SINGLE_CHOICE,
    /** 1 to 5, with the two ends labelled. */
    SCALE,
    /** Yes, no or don't know. */
    YES_NO_DONT_KNOW,
    /** A short text. */
    FREE_TEXT;

    static final List<String> SCALE_VALUES = List.of("1", "2", "3", "4", "5");
    static final List<String> YES_NO_DONT_KNOW_VALUES = List.of("YES", "NO", "DONT_KNOW");
}
