package no.sammen.family;

import java.util.UUID;

/** The «no relatives or network» state of a course was set or cleared. */
public record NoNetworkChanged(UUID courseId, boolean noNetwork) {
}
