package no.sammen.coursefact;

import java.util.List;
import java.util.Optional;

/**
 * What a module that registers things about treatment courses contributes to their facts: a Spring
 * bean in the module's own package. The module also calls {@link CourseFactService#refresh} whenever
 * it writes a registration that changes one of its facts, in the same transaction (an entity callback
 * on its aggregate does so without touching its services).
 */
public interface CourseFactContributor {

    /** The facts this module keeps, each a column of {@code course_fact} that no other module declares. */
    List<CourseFact> facts();

    /**
     * For the one module that owns the courses: an SQL query of the ids of every course as the column
     * {@code course_id}, from which a rebuild makes one row each. Every other contributor leaves it empty.
     */
    default Optional<String> courses() {
        return Optional.empty();
    }
}
