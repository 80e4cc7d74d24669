package no.sammen.coursefact;

import java.util.Objects;

/**
 * One fact about a treatment course: a column of {@code course_fact} and the SQL expression that
 * computes it from the contributing module's own tables for the course {@code course_fact.course_id}.
 *
 * @param name       the column, e.g. {@code first_contact_on}; also the name the indicator catalog uses
 * @param type       what kind of value it holds
 * @param expression a scalar SQL expression (H2 and PostgreSQL) that may refer to {@code course_fact.course_id}
 */
public record CourseFact(String name, Type type, String expression) {

    public enum Type {
        /** A day, or null when it has not happened. */
        DATE,
        /** True or false, never null. */
        FLAG,
        /** A short code, or null. */
        TEXT,
        /** An id, e.g. of the unit. */
        ID,
        /** A calendar month as the number yyyymm, e.g. 202610, or null: a key to count by. */
        MONTH
    }

    /** The fact every other day is counted from: the course's start. */
    public static final String START = "start_date";

    /**
     * The column beside a day fact holding its day of the course: the days from the start to it (0 on the start
     * day, negative before it), null when the day is. Kept by {@link CourseFactService} for every day fact but the
     * start, so that "within N days of the start" is a comparison of two integers (ADR 0022).
     */
    public static String dayOfCourse(String dayFact) {
        return dayFact + "_day";
    }

    public CourseFact {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(expression, "expression");
        if (name == null || !name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("A course fact's name is a lower-case column name: " + name);
        }
    }

    public static CourseFact date(String name, String expression) {
        return new CourseFact(name, Type.DATE, expression);
    }

    public static CourseFact flag(String name, String expression) {
        return new CourseFact(name, Type.FLAG, expression);
    }

    public static CourseFact text(String name, String expression) {
        return new CourseFact(name, Type.TEXT, expression);
    }

    public static CourseFact month(String name, String expression) {
        return new CourseFact(name, Type.MONTH, expression);
    }

    public static CourseFact id(String name, String expression) {
        return new CourseFact(name, Type.ID, expression);
    }
}
