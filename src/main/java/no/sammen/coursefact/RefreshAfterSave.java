package no.sammen.coursefact;

import java.util.UUID;
import java.util.function.Function;

import org.springframework.data.relational.core.mapping.event.AfterSaveCallback;

/**
 * Keeps a contributor's facts current when one of its module's aggregates is saved, in the same
 * transaction: a module declares one small subclass per aggregate, as a bean in its own package,
 * naming the aggregate's course and the contributor whose facts it may change.
 *
 * @param <T> the aggregate whose saves change the facts
 */
public abstract class RefreshAfterSave<T> implements AfterSaveCallback<T> {

    private final CourseFactService facts;
    private final Class<? extends CourseFactContributor> contributor;
    private final Function<T, UUID> courseOf;

    protected RefreshAfterSave(CourseFactService facts, Class<? extends CourseFactContributor> contributor,
            Function<T, UUID> courseOf) {
        this.facts = facts;
        this.contributor = contributor;
        this.courseOf = courseOf;
    }

    @Override
    public T onAfterSave(T aggregate) {
        facts.refresh(courseOf.apply(aggregate), contributor);
        return aggregate;
    }
}
