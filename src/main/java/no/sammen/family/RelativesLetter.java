package no.sammen.family;

import java.util.List;

import no.sammen.shared.WrittenStandard;

/**
 * The letter to relatives (pårørendebrev) of a unit, in one written standard, ready to print. It
 * holds no patient data: only the unit's name and phone number are filled in.
 */
public record RelativesLetter(WrittenStandard standard, String unitName, String heading, String intro,
        String offerHeading, List<String> offers, String callHeading, String call, String confidentialityHeading,
        List<String> confidentiality, String closing) {

    public RelativesLetter {
        offers = List.copyOf(offers);
        confidentiality = List.copyOf(confidentiality);
    }
}
