package no.sammen.family;

/** What a network member is to the patient. */
public enum Relation {
    MOTHER(Sphere.PRIVATE),
    FATHER(Sphere.PRIVATE),
    SIBLING(Sphere.PRIVATE),
    PARTNER(Sphere.PRIVATE),
    CHILD(Sphere.PRIVATE),
    OTHER_FAMILY(Sphere.PRIVATE),
    FRIEND(Sphere.PRIVATE),
    NEIGHBOUR(Sphere.PRIVATE),
    OTHER_PRIVATE(Sphere.PRIVATE),
    GP(Sphere.PUBLIC),
    MUNICIPAL_MENTAL_HEALTH(Sphere.PUBLIC),
    NAV(Sphere.PUBLIC),
    HOUSING(Sphere.PUBLIC),
    SCHOOL_WORK(Sphere.PUBLIC),
    CHILD_WELFARE(Sphere.PUBLIC),
    OTHER_SPECIALIST(Sphere.PUBLIC),
    OTHER_PUBLIC(Sphere.PUBLIC);

    private final Sphere sphere;

    Relation(Sphere sphere) {
        this.sphere = sphere;
    }

    public Sphere sphere() {
        return sphere;
    }

    /** Relatives in the sense of the law: the private network. */
    public boolean isRelative() {
        return sphere == Sphere.PRIVATE;
    }
}
