package no.sammen.patient;

import java.time.LocalDate;

import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;
import no.sammen.shared.NationalIdRules;

/**
 * A validated Norwegian national id: a fødselsnummer or a D-number (day + 40). Eleven digits, a real
 * date of birth whose century follows from the individual number, and both mod-11 check digits
 * ({@link NationalIdRules}).
 * {@link #toString()} never shows the digits, so an id cannot leak into a log by accident.
 */
final class NationalId {

    private final String digits;

    private NationalId(String digits) {
        this.digits = digits;
    }

    /** Validates; the rejection names {@code field} and never repeats the input. */
    static NationalId parse(String input, String field, LocalDate today) {
        if (input == null || input.isBlank()) {
            throw new InvalidInputException(FieldProblem.of(field, "patient.nationalId.required"));
        }
        String digits = input.replaceAll("[\\s.-]", "");
        if (!digits.matches("\\d{11}")) {
            throw new InvalidInputException(FieldProblem.of(field, "patient.nationalId.format"));
        }
        LocalDate birth = birthDate(digits);
        if (birth == null || birth.isAfter(today)) {
            throw new InvalidInputException(FieldProblem.of(field, "patient.nationalId.date"));
        }
        if (!checkDigitsHold(digits)) {
            throw new InvalidInputException(FieldProblem.of(field, "patient.nationalId.checksum"));
        }
        return new NationalId(digits);
    }

    String digits() {
        return digits;
    }

    static LocalDate birthDate(String digits) {
        return NationalIdRules.birthDate(digits);
    }

    static boolean checkDigitsHold(String digits) {
        return NationalIdRules.checkDigitsHold(digits);
    }

    @Override
    public String toString() {
        return "NationalId[***********]";
    }
}
