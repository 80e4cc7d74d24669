package no.sammen.competence;

import java.util.Set;

/** What a plan item asks of a staff member. Practice, certification and supervision are counted, never ticked. */
public enum ItemKind {
    E_LEARNING,
    WEB_GUIDE,
    INTERNAL_TEACHING,
    SIMULATION,
    COURSE,
    CERTIFICATION,
    SUPERVISION,
    PRACTICE;

    static final Set<ItemKind> COUNTED = Set.of(CERTIFICATION, SUPERVISION, PRACTICE);

    public boolean counted() {
        return COUNTED.contains(this);
    }
}
