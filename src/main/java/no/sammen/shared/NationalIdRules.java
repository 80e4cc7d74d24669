package no.sammen.shared;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * What makes eleven digits a Norwegian national id: a fødselsnummer or a D-number (day + 40) with a
 * real date of birth, whose century follows from the individual number, and both mod-11 check
 * digits. One definition for the patient module, which parses ids, and for the free-text guard and
 * the masking, which look for them in text.
 */
public final class NationalIdRules {

    private static final int[] WEIGHTS_1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] WEIGHTS_2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private NationalIdRules() {
    }

    /** Eleven ASCII digits with a date of birth and both check digits. */
    public static boolean isNationalId(String digits) {
        return digits != null && digits.length() == 11 && digits.chars().allMatch(c -> c >= '0' && c <= '9')
                && birthDate(digits) != null && checkDigitsHold(digits);
    }

    /** The date of birth of eleven ASCII digits, or null if they hold none. */
    public static LocalDate birthDate(String digits) {
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

    public static boolean checkDigitsHold(String digits) {
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
}
