package no.sammen.implementation;

/**
 * The kind of workplace of participants from outside the organisation in Sammen, as seed 003 counts them
 * beside the DPS: a DPS outside Sammen, a hospital, a municipality, child and adolescent psychiatry (PBU), other.
 */
public enum Workplace {
    DPS,
    HOSPITAL,
    MUNICIPALITY,
    CHILD_AND_ADOLESCENT,
    OTHER
}
