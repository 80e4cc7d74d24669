package no.sammen.shared;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that finds national ids in free text. Free text that leaves the application (log
 * lines, audit details, error messages, journal phrases) is masked here, and every free-text field
 * that must not hold an id (names, contacts, consent scope, meeting texts, crisis plans, display
 * labels) is checked here, so that what counts as "an id in a text" is defined once.
 *
 * <p>Two things count:
 * <ul>
 * <li>eleven ASCII digits standing alone, perhaps split six and five by one space, whether or not
 * they are a valid id: a mistyped id still points at a person. A run written right after a plus
 * sign is a phone number with a country code ({@code +46701234567}) and does not count unless it is
 * a valid id;</li>
 * <li>a valid national id ({@link NationalIdRules}: date of birth and both check digits) however it
 * is written: with any Unicode decimal digits (full-width, Arabic-Indic …), split into groups by
 * up to three separators (spaces of any kind, hyphens and dashes, dots, slashes), or glued to a
 * word ({@code fnr07076230093x}). The digits of a candidate start and end at a group boundary, so
 * the last eight digits of a twelve-digit number are not taken for an id.</li>
 * </ul>
 * Both are looked for in the text as a reader sees it: invisible format characters (zero-width
 * spaces and the like) are left out, and in a word made of digits and the letters O, o, l and I the
 * letters are read as 0 and 1 ({@code 15O59O1OO23}); an underscore separates like a hyphen; and a
 * date of birth written with its four-digit year and followed by the personal number
 * ({@code 15.05.1990 10023}, {@code 15051990-10023}) counts when it is a valid id of that year.
 *
 * <p>Eleven digits that are not a valid id and are written with separators (a phone number with a
 * country code, an account number) are left alone: requiring the check digits keeps such false
 * positives to about one in two hundred and fifty.
 */
public final class NationalIdMasking {

    public static final String MASK = "***********";

    /** The message key of a field whose text holds a national id. */
    public static final String FIELD_ERROR = "registration.text.nationalId";

    /**
     * Eleven digits (six and five, perhaps with a space) standing alone, not inside a word or a UUID,
     * and not after the plus sign of a country code.
     */
    private static final Pattern ELEVEN_DIGITS = Pattern.compile("(?<![0-9A-Za-z+])\\d{6}\\s?\\d{5}(?![0-9A-Za-z])");

    /** Separators allowed between two groups of digits of one id, at most this many in a row. */
    private static final int MAX_SEPARATORS = 3;

    private NationalIdMasking() {
    }

    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        List<int[]> ids = spans(text);
        if (ids.isEmpty()) {
            return text;
        }
        StringBuilder result = new StringBuilder(text.length());
        int at = 0;
        for (int[] span : ids) {
            result.append(text, at, span[0]).append(MASK);
            at = span[1];
        }
        return result.append(text.substring(at)).toString();
    }

    /**
     * A request's address (path, perhaps with its query) as it may be shown in an error: an id in
     * it is masked whether it was sent plainly or percent-encoded ({@code 070762%2030093}).
     */
    public static String maskAddress(String rawAddress) {
        if (rawAddress == null) {
            return null;
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(rawAddress.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return mask(rawAddress);
        }
        String masked = mask(decoded);
        if (masked.equals(decoded)) {
            return mask(rawAddress);
        }
        StringBuilder encoded = new StringBuilder();
        for (byte b : masked.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~/!$&'()*+,;=:@?".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }

    /** Whether the text holds a national id in any of the forms above: the guard of free-text fields. */
    public static boolean containsNationalIdLike(String text) {
        return text != null && !spans(text).isEmpty();
    }

    /**
     * The spans (start inclusive, end exclusive) of the text that hold an id in any of the forms above,
     * in order and not overlapping. Both kinds are looked for in the text as a reader sees it
     * ({@link #asRead}), and their spans mapped back to the text as written.
     */
    private static List<int[]> spans(String text) {
        Read read = asRead(text);
        List<int[]> found = new ArrayList<>();
        Matcher plain = ELEVEN_DIGITS.matcher(read.text());
        while (plain.find()) {
            found.add(new int[] {plain.start(), plain.end()});
        }
        found.addAll(writtenIds(read.text()));
        if (found.isEmpty()) {
            return found;
        }
        found.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] span : found) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span[0] < last[1]) {
                last[1] = Math.max(last[1], span[1]);
            } else {
                merged.add(span.clone());
            }
        }
        for (int[] span : merged) {
            span[0] = read.origin()[span[0]];
            span[1] = read.origin()[span[1] - 1] + 1;
        }
        return merged;
    }

    /**
     * The text as a reader sees it, each of its chars with the index of the char it came from:
     * invisible format characters (Unicode category Cf: zero-width spaces and joiners, soft hyphens,
     * direction marks, tags) left out, and in a word of digits and the letters O, o, l and I only
     * ({@code 15O59O1OO23}) those letters read as the digits they look like. A word without a digit
     * ({@code Ola}, {@code I}) is left as it is.
     */
    static Read asRead(String text) {
        StringBuilder read = new StringBuilder(text.length());
        int[] origin = new int[text.length()];
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int size = Character.charCount(cp);
            if (Character.getType(cp) != Character.FORMAT) {
                for (int k = 0; k < size; k++) {
                    origin[read.length()] = i + k;
                    read.append(text.charAt(i + k));
                }
            }
            i += size;
        }
        int start = 0;
        while (start < read.length()) {
            int end = start;
            boolean digit = false;
            boolean other = false;
            while (end < read.length() && Character.isLetterOrDigit(read.charAt(end))) {
                char c = read.charAt(end);
                if (Character.isDigit(c)) {
                    digit = true;
                } else if (LOOKS_LIKE_A_DIGIT.indexOf(c) < 0) {
                    other = true;
                }
                end++;
            }
            if (digit && !other) {
                for (int k = start; k < end; k++) {
                    char c = read.charAt(k);
                    if (LOOKS_LIKE_A_DIGIT.indexOf(c) >= 0) {
                        read.setCharAt(k, c == 'O' || c == 'o' ? '0' : '1');
                    }
                }
            }
            start = Math.max(end, start + 1);
        }
        return new Read(read.toString(), origin);
    }

    /** Letters written for the digits they look like: O and o for zero, l and I for one. */
    private static final String LOOKS_LIKE_A_DIGIT = "OolI";

    /** A text as read, and for each of its chars the index of the char of the written text. */
    record Read(String text, int[] origin) {
    }

    /** The spans (start inclusive, end exclusive) of valid national ids written in any way, in order. */
    static List<int[]> writtenIds(String text) {
        List<int[]> found = new ArrayList<>();
        List<Group> chain = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (Character.digit(cp, 10) < 0) {
                i += Character.charCount(cp);
                continue;
            }
            Group group = readGroup(text, i);
            chain.add(group);
            int next = skipSeparators(text, group.end());
            if (next < 0) {
                collect(chain, found);
                chain.clear();
                i = group.end();
            } else {
                i = next;
            }
        }
        collect(chain, found);
        return found;
    }

    /** A run of decimal digits from {@code start}, as ASCII digits. */
    private static Group readGroup(String text, int start) {
        StringBuilder digits = new StringBuilder();
        int i = start;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int digit = Character.digit(cp, 10);
            if (digit < 0 || !Character.isDigit(cp)) {
                break;
            }
            digits.append((char) ('0' + digit));
            i += Character.charCount(cp);
        }
        return new Group(start, i, digits.toString());
    }

    /** Where the next group of the same number starts, or -1 if no digit follows a few separators. */
    private static int skipSeparators(String text, int from) {
        int i = from;
        int count = 0;
        while (i < text.length() && count < MAX_SEPARATORS && isSeparator(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
            count++;
        }
        if (count == 0 || i >= text.length() || !Character.isDigit(text.codePointAt(i))) {
            return -1;
        }
        return i;
    }

    private static boolean isSeparator(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || cp == '-' || cp == '.' || cp == '/' || cp == '_'
                || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 // hyphens, dashes, minus
                || cp == 0xFE63 || cp == 0xFF0D || cp == 0xFF0E || cp == 0xFF0F; // their full-width forms
    }

    /**
     * Every run of whole groups of the chain that holds exactly eleven digits forming a valid id, or
     * thirteen digits that are a date of birth with its four-digit year ({@code 15.05.1990},
     * {@code 15051990}) and then the five digits of the personal number, which with the year cut to
     * its last two digits form a valid id of that year.
     */
    private static void collect(List<Group> chain, List<int[]> found) {
        int coveredUpTo = -1;
        for (int first = 0; first < chain.size(); first++) {
            if (chain.get(first).start() < coveredUpTo) {
                continue;
            }
            StringBuilder digits = new StringBuilder();
            for (int last = first; last < chain.size() && digits.length() < 13; last++) {
                digits.append(chain.get(last).digits());
                if (digits.length() == 11 && NationalIdRules.isNationalId(digits.toString())
                        || digits.length() == 13 && isBirthDateWithYearAndPersonalNumber(digits.toString())) {
                    found.add(new int[] {chain.get(first).start(), chain.get(last).end()});
                    coveredUpTo = chain.get(last).end();
                    break;
                }
            }
        }
    }

    /** Thirteen digits ddmmyyyy and five more, whose id (ddmmyy and the five) is valid and born in yyyy. */
    private static boolean isBirthDateWithYearAndPersonalNumber(String digits) {
        String id = digits.substring(0, 4) + digits.substring(6);
        if (!NationalIdRules.isNationalId(id)) {
            return false;
        }
        java.time.LocalDate born = NationalIdRules.birthDate(id);
        return born != null && born.getYear() == Integer.parseInt(digits.substring(4, 8));
    }

    private record Group(int start, int end, String digits) {
    }
}
