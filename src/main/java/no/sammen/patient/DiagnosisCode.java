package no.sammen.patient;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ICD-10 code such as F20 or F20.0 (written F200 too). Psychosis means F20–F29, the population of
 * most indicators.
 */
record DiagnosisCode(String code) {

    private static final Pattern ICD10 = Pattern.compile("([A-Z])(\\d{2})(?:\\.?([0-9A-Z]{1,2}))?");

    /** Normalises to upper case with a dot, or returns null when the text is not an ICD-10 code. */
    static DiagnosisCode parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = ICD10.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        return new DiagnosisCode(m.group(1) + m.group(2) + (m.group(3) == null ? "" : "." + m.group(3)));
    }

    boolean isPsychosis() {
        int category = Integer.parseInt(code.substring(1, 3));
        return code.charAt(0) == 'F' && category >= 20 && category <= 29;
    }
}
