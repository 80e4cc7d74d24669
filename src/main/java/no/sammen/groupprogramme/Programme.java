package no.sammen.groupprogramme;

import java.util.List;

/** A structured programme run in groups: which kinds of group it has and whether it has phases. */
public enum Programme {
    PEF(List.of(GroupKind.SINGLE_FAMILY, GroupKind.MULTI_FAMILY), true),
    IMR(List.of(GroupKind.GROUP), false);

    private final List<GroupKind> kinds;
    private final boolean phased;

    Programme(List<GroupKind> kinds, boolean phased) {
        this.kinds = kinds;
        this.phased = phased;
    }

    public List<GroupKind> kinds() {
        return kinds;
    }

    /** Whether its groups go through phases (PEF: joining, workshop, problem solving). */
    public boolean phased() {
        return phased;
    }

    /** Whether its sessions work on modules of a curriculum, on a shift (IMR). */
    public boolean withModules() {
        return this == IMR;
    }

    /** Whether family members of the patients take part. */
    public boolean withFamilies() {
        return this == PEF;
    }
}
