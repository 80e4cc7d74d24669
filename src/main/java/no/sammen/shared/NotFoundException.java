package no.sammen.shared;

/**
 * An object that does not exist, or that the current user may not see. The two are deliberately
 * indistinguishable, so that a user of another unit learns nothing from an id.
 */
public class NotFoundException extends RuntimeException {

    private final String objectType;

    public NotFoundException(String objectType) {
        super(objectType + " not found");
        this.objectType = objectType;
    }

    /** What was not found, e.g. {@code course} or {@code network_member}; the error page names it. */
    public String objectType() {
        return objectType;
    }
}
