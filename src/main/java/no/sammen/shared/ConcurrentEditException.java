package no.sammen.shared;

/** Someone else saved the same object after it was opened; nothing was stored. */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String objectType) {
        super(objectType + " was changed by someone else");
    }
}
