package no.sammen.testsupport;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Fictional national ids and look-ups of the demo organisation, for integration tests. */
public final class TestData {

    public static final String PASSWORD = "sammen-demo-2026";

    private TestData() {
    }

    /** A valid fødselsnummer for a random date in the 1900s, unlikely to be used by another test. */
    public static String nationalId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            LocalDate birth = LocalDate.of(1930 + random.nextInt(70), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String nine = String.format("%02d%02d%02d%03d", birth.getDayOfMonth(), birth.getMonthValue(),
                    birth.getYear() % 100, random.nextInt(500));
            int k1 = check(nine, new int[] {3, 7, 6, 1, 8, 9, 4, 5, 2});
            int k2 = check(nine + k1, new int[] {5, 4, 3, 2, 7, 6, 5, 4, 3, 2});
            if (k1 < 10 && k2 < 10) {
                return nine + k1 + k2;
            }
        }
    }

    /** Swaps the last check digit, giving an id of the right shape that fails the mod-11 check. */
    public static String withWrongCheckDigit(String nationalId) {
        char last = nationalId.charAt(10);
        return nationalId.substring(0, 10) + (char) (last == '9' ? '0' : last + 1);
    }

    public static UUID unitId(JdbcClient jdbc, String name) {
        return jdbc.sql("select id from org_unit where name = ?").param(name).query(UUID.class).single();
    }

    /** Some course of the named unit. */
    public static UUID courseIn(JdbcClient jdbc, String unitName) {
        return jdbc.sql("""
                select c.id from treatment_course c join org_unit u on u.id = c.unit_id
                where u.name = ? order by c.start_date desc limit 1""")
                .param(unitName).query(UUID.class).single();
    }

    private static int check(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * (digits.charAt(i) - '0');
        }
        int k = 11 - sum % 11;
        return k == 11 ? 0 : k;
    }
}
