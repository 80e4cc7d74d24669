package no.sammen.family;

/** Private network (family, friends, neighbours) or public (services the patient is in contact with). */
public enum Sphere {
    PRIVATE,
    PUBLIC
}
