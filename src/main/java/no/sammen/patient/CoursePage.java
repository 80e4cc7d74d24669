package no.sammen.patient;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the course page shows: the course and every module's section, read in one transaction, so
 * that the page takes one connection once (not one per section) and the course is read once for all
 * sections' access checks. The transaction ends before the page is rendered.
 */
@Service
class CoursePage {

    /** A section ready to render: where its fragment is and what it shows. */
    record RenderedSection(String template, String fragment, Map<String, Object> model) {
    }

    /** The course and its sections in page order. */
    record Shown(CourseView course, List<RenderedSection> sections) {
    }

    private final CourseService courses;
    private final List<CourseSection> sections;

    CoursePage(CourseService courses, List<CourseSection> sections) {
        this.courses = courses;
        this.sections = sections.stream().sorted(Comparator.comparingInt(CourseSection::order)).toList();
    }

    @Transactional
    Shown show(UUID id) {
        CourseView course = courses.get(id);
        return new Shown(course, sections.stream()
                .map(s -> new RenderedSection(s.template(), s.fragment(), s.model(course))).toList());
    }
}
