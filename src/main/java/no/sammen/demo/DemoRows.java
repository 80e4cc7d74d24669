package no.sammen.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows gathered per insert statement and written as JDBC batches, which makes thousands of courses a
 * matter of seconds. Statements are written in the order in which they were first used; since a row
 * is only ever added after the rows it references, parents are written before their children.
 */
final class DemoRows {

    private final Map<String, List<Object[]>> rows = new LinkedHashMap<>();

    /**
     * A random (version 4) UUID from the demo's seeded random rather than the secure one: the same
     * data on every load, and thousands of ids without drawing on the system's entropy.
     */
    static UUID id(Random random) {
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & ~(0xC000L << 48) | (0x8000L << 48);
        return new UUID(high, low);
    }

    void add(String sql, Object... values) {
        rows.computeIfAbsent(sql, s -> new ArrayList<>()).add(values);
    }

    /** Writes every row and forgets them; returns how many there were. */
    int write(JdbcTemplate jdbc) {
        int written = 0;
        for (Map.Entry<String, List<Object[]>> statement : rows.entrySet()) {
            jdbc.batchUpdate(statement.getKey(), statement.getValue());
            written += statement.getValue().size();
        }
        rows.clear();
        return written;
    }
}
