package no.sammen.pef;

import java.util.Map;

import no.sammen.groupprogramme.GroupProgrammes;
import no.sammen.groupprogramme.Programme;
import no.sammen.patient.CourseSection;
import no.sammen.patient.CourseView;

import org.springframework.stereotype.Component;

/** PEF on the course page: the recruitment state in force and the course's PEF groups. */
@Component
class PefSection implements CourseSection {

    private final PefService pef;
    private final GroupProgrammes groups;

    PefSection(PefService pef, GroupProgrammes groups) {
        this.pef = pef;
        this.groups = groups;
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public String template() {
        return "pef/section";
    }

    @Override
    public String fragment() {
        return "pef";
    }

    @Override
    public Map<String, Object> model(CourseView course) {
        return Map.of("courseId", course.id(), "current", pef.current(course.id()),
                "groups", groups.groupsOfCourse(course.id()).stream()
                        .filter(g -> g.programme() == Programme.PEF).toList());
    }
}
