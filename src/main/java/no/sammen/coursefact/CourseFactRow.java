package no.sammen.coursefact;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** The facts of one course as read from {@code course_fact}, by fact name. */
public record CourseFactRow(UUID courseId, Map<String, Object> values) {

    public CourseFactRow {
        values = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(values));
    }

    public LocalDate date(String fact) {
        return (LocalDate) value(fact);
    }

    public boolean flag(String fact) {
        return Boolean.TRUE.equals(value(fact));
    }

    public String text(String fact) {
        return (String) value(fact);
    }

    private Object value(String fact) {
        if (!values.containsKey(fact)) {
            throw new IllegalArgumentException("No course fact " + fact + " (known: " + values.keySet() + ")");
        }
        return values.get(fact);
    }
}
