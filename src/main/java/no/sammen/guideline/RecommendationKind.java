package no.sammen.guideline;

/**
 * A principle says how all treatment is given (individual adaptation, user participation) and is not
 * offered on its own; a measure is something a course is offered, starts, declines or lacks.
 */
public enum RecommendationKind {
    PRINCIPLE,
    MEASURE
}
