package no.sammen.patient;

import java.util.Map;

/**
 * A part of the course page contributed by another module (the network map, the conversations, the
 * worklist …). The patient module renders the sections it is given without knowing them, so that
 * the modules that build on courses depend on this one and never the other way round.
 */
public interface CourseSection {

    /** Place on the page, lowest first. */
    int order();

    /** The template that holds the fragment, e.g. {@code "family/sections"}. */
    String template();

    /** The fragment's name in that template, e.g. {@code "network"}. */
    String fragment();

    /**
     * What the fragment shows, read for the acting user; it sees it as {@code section}. The page
     * view itself is already audited; a section audits nothing more.
     */
    Map<String, Object> model(CourseView course);
}
