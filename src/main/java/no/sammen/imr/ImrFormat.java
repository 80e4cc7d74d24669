package no.sammen.imr;

/** How IMR is given: to one user, or in a group (registered with the group programme's sessions). */
public enum ImrFormat {
    INDIVIDUAL,
    GROUP
}
