package no.sammen.family;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A registration of the patient's consent to share information with one member of the network.
 *
 * @param scope   what may be shared, in words; required when the consent is partial
 * @param givenOn the day the patient gave this answer
 */
public record ConsentDetails(UUID memberId, ConsentStatus status, String scope, LocalDate givenOn) {
}
