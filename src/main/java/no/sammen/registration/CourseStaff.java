package no.sammen.registration;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import no.sammen.organisation.OrganisationService;
import no.sammen.organisation.StaffView;
import no.sammen.patient.CourseView;
import no.sammen.security.CurrentUserService;
import no.sammen.shared.FieldProblem;

import org.springframework.stereotype.Component;

/**
 * The staff member a registration of a course names as the one who did it (held a conversation, made
 * a contact, took part in a network meeting): one of the course's unit's staff, the acting user's own
 * staff member by default. The one rule for every module that names staff, so that what a staff member
 * did can be counted in their competence plan (ADR 0035); a free text beside it names people outside
 * Sammen.
 */
@Component
public class CourseStaff {

    /** The message of a staff member named who is not of the course's unit. */
    public static final String NOT_OF_UNIT = "registration.staffId.notOfUnit";

    private final OrganisationService organisation;
    private final CurrentUserService currentUsers;

    CourseStaff(OrganisationService organisation, CurrentUserService currentUsers) {
        this.organisation = organisation;
        this.currentUsers = currentUsers;
    }

    /** The staff of the course's unit, by name: the choices on a form. */
    public List<StaffView> choices(CourseView course) {
        return organisation.staff(course.unitId());
    }

    /** The acting user's staff member, if an administrator linked one and it is of the course's unit. */
    public Optional<StaffView> actingUsersMember(CourseView course) {
        return currentUsers.find().flatMap(me -> organisation.staffOfUser(me.id()))
                .filter(s -> s.unitId().equals(course.unitId()));
    }

    /**
     * The staff member named, checked against the course's unit: empty when none is named, and also when
     * one of another unit (or none that exists) is named, which is then a problem on {@code field}.
     */
    public Optional<StaffView> named(CourseView course, UUID staffId, String field, List<FieldProblem> problems) {
        if (staffId == null) {
            return Optional.empty();
        }
        Optional<StaffView> member = organisation.staffMember(staffId).filter(s -> s.unitId().equals(course.unitId()));
        if (member.isEmpty()) {
            problems.add(FieldProblem.of(field, NOT_OF_UNIT));
        }
        return member;
    }

    /** The names of these staff members, of whatever unit they are in now, by id. */
    public Map<UUID, String> names(Collection<UUID> staffIds) {
        Map<UUID, String> names = new LinkedHashMap<>();
        staffIds.stream().filter(java.util.Objects::nonNull).distinct()
                .forEach(id -> organisation.staffMember(id).ifPresent(s -> names.put(id, s.fullName())));
        return names;
    }
}
