package no.sammen.coursefact;

/**
 * Every course's facts are being computed again from the registrations ({@link CourseFactService#rebuild}),
 * published inside the rebuild's transaction: whatever is kept from the facts (the indicators' settled
 * counts, ADR 0033) is to be thrown away in the same transaction.
 */
public record CourseFactsRebuilt() {
}
