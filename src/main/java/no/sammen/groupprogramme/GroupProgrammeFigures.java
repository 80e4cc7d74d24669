package no.sammen.groupprogramme;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import no.sammen.organisation.OrganisationService;
import no.sammen.security.CurrentUser;
import no.sammen.security.CurrentUserService;
import no.sammen.security.Role;
import no.sammen.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's group programme as figures for aggregate measures (the fidelity of PEF and IMR): its groups,
 * their sessions with attendance and its supervision sessions. For the unit's members who may read
 * courses, analysts and administrators, as the IMR counts are (ADR 0028). Members appear only as the ids
 * of their courses, so that the caller can count families and attendance; a caller shows counts, never
 * a course, and therefore writes nothing to the audit log.
 */
@Service
@Transactional(readOnly = true)
public class GroupProgrammeFigures {

    /** The groups of one programme at a unit, every session of them up to a day, and the unit's supervision. */
    public record Activity(List<GroupView> groups, List<SessionView> sessions, List<SupervisionView> supervisions) {

        public Activity {
            groups = List.copyOf(groups);
            sessions = List.copyOf(sessions);
            supervisions = List.copyOf(supervisions);
        }
    }

    private final ProgrammeGroupRepository groups;
    private final GroupSessionRepository sessions;
    private final SupervisionRepository supervisions;
    private final OrganisationService organisation;
    private final CurrentUserService users;

    GroupProgrammeFigures(ProgrammeGroupRepository groups, GroupSessionRepository sessions,
            SupervisionRepository supervisions, OrganisationService organisation, CurrentUserService users) {
        this.groups = groups;
        this.sessions = sessions;
        this.supervisions = supervisions;
        this.organisation = organisation;
        this.users = users;
    }

    /**
     * The unit's groups of the programme that started on or before {@code until}, their sessions held on
     * or before it (oldest first) and the programme's supervision sessions at the unit up to it.
     */
    public Activity activity(UUID unitId, Programme programme, LocalDate until) {
        requireAggregateReader(unitId);
        List<GroupView> shown = groups.findOfUnit(unitId, programme.name()).stream().map(ProgrammeGroup::toView)
                .filter(g -> !g.startsOn().isAfter(until)).toList();
        List<SessionView> held = shown.isEmpty() ? List.of()
                : sessions.findOfGroups(shown.stream().map(GroupView::id).toList()).stream().map(GroupSession::toView)
                        .filter(s -> !s.heldOn().isAfter(until)).toList();
        List<SupervisionView> supervised = supervisions.findByUnitIdOrderByHeldOnDesc(unitId).stream()
                .map(Supervision::toView).filter(s -> s.programme() == programme && !s.heldOn().isAfter(until))
                .toList();
        return new Activity(shown, held, supervised);
    }

    /** Aggregates of a unit: for its members who may read courses, analysts and administrators. */
    private void requireAggregateReader(UUID unitId) {
        CurrentUser me = users.current();
        if (organisation.unit(unitId).isEmpty() || !(me.hasRole(Role.ADMIN) || me.hasRole(Role.ANALYST)
                || me.mayReadCourses() && me.belongsTo(unitId))) {
            throw new NotFoundException("unit");
        }
    }
}
