package no.sammen.groupprogramme;

/** PEF has single-family and multi-family groups; IMR has groups. */
public enum GroupKind {
    SINGLE_FAMILY,
    MULTI_FAMILY,
    GROUP
}
