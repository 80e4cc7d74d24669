package no.sammen.imr;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import no.sammen.groupprogramme.Programme;
import no.sammen.groupprogramme.ProgrammeCurriculum;

import org.springframework.stereotype.Component;

/**
 * What the IMR groups of the shared group model take from IMR: the curriculum's modules for their
 * sessions, and the rule that a member is a course with an IMR course (ADR 0030).
 */
@Component
class ImrGroupCurriculum implements ProgrammeCurriculum {

    private final ImrCurriculum curriculum;
    private final ImrCourseRepository imrCourses;

    ImrGroupCurriculum(ImrCurriculum curriculum, ImrCourseRepository imrCourses) {
        this.curriculum = curriculum;
        this.imrCourses = imrCourses;
    }

    @Override
    public Programme programme() {
        return Programme.IMR;
    }

    @Override
    public List<Module> modules(Locale locale) {
        return curriculum.modules().stream().map(m -> new Module(m.id(), m.number(), m.name(locale))).toList();
    }

    @Override
    public boolean knows(String moduleId) {
        return curriculum.find(moduleId).isPresent();
    }

    @Override
    public Optional<String> whyNotMember(UUID courseId) {
        return imrCourses.findByCourseId(courseId).isPresent() ? Optional.empty()
                : Optional.of("imr.group.member.noImrCourse");
    }
}
