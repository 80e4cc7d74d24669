package no.sammen.patient;

import java.time.DateTimeException;
import java.time.LocalDate;

import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;

/**
 * A validated Norwegian national id: a fødselsnummer or a D-number (day + 40). Eleven digits, a real
 * date of birth whose century follows from the individual number, and both mod-11 check digits.
 * {@link #toString()} never shows the digits, so an id cannot leak into a log by accident.
 */
final class NationalId {

    private static final int[] WEIGHTS_1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] WEIGHTS_2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

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
        int day = Integer.parseInt(digits.substring(0, 2));
        int month = Integer.parseInt(digits.substring(2, 4));
        int year = Integer.parseInt(digits.substring(4, 6));
        int individual = Integer.parseInt(digits.substring(6, 9));
        if (day > 40) {
            day -= 40; // D-number
        }
        Integer century = null;
        if (individual <= 499) {
            century = 1900;
        } else if (individual <= 749 && year >= 54) {
            century = 1800;
        } else if (year <= 39) {
            century = 2000;
        } else if (individual >= 900) {
            century = 1900;
        }
        if (century == null) {
            return null;
        }
        try {
            return LocalDate.of(century + year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    static boolean checkDigitsHold(String digits) {
        int k1 = checkDigit(digits, WEIGHTS_1);
        int k2 = checkDigit(digits, WEIGHTS_2);
        return k1 == digits.charAt(9) - '0' && k2 == digits.charAt(10) - '0';
    }

    private static int checkDigit(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * (digits.charAt(i) - '0');
        }
        int k = 11 - sum % 11;
        return k == 11 ? 0 : k; // 10 can never match a single digit
    }

    @Override
    public String toString() {
        return "NationalId[***********]";
    }
}
