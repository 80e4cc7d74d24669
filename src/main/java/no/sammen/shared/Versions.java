package no.sammen.shared;

/** The version a client read, which a change through the API must send back (optimistic locking). */
public final class Versions {

    private Versions() {
    }

    /** The version, or a field problem on {@code version} when the client sent none. */
    public static long required(Long version) {
        if (version == null) {
            throw new InvalidInputException(FieldProblem.of("version", "validation.version.required"));
        }
        return version;
    }
}
