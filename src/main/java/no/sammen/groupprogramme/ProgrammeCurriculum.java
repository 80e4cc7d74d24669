package no.sammen.groupprogramme;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * What a programme with a curriculum (IMR) tells the group model, which does not know it: the modules
 * a group session may work on, and whether a course may join one of its groups. The programme's module
 * implements it, so that it depends on this module and never the other way round (as the course
 * page's sections, ADR 0007).
 */
public interface ProgrammeCurriculum {

    Programme programme();

    /** The modules in the curriculum's order, named in the locale's language. */
    List<Module> modules(Locale locale);

    /** Whether a module id is in the curriculum. */
    boolean knows(String moduleId);

    /** The message key of why a course may not join a group of the programme, or empty when it may. */
    Optional<String> whyNotMember(UUID courseId);

    /** A module: its id, its number in the curriculum and its name. */
    record Module(String id, int number, String name) {
    }
}
