package no.sammen.groupprogramme;

/** The phases of a PEF group: joining sessions with each family, the education workshop, problem solving. */
public enum GroupPhase {
    JOINING,
    WORKSHOP,
    PROBLEM_SOLVING
}
