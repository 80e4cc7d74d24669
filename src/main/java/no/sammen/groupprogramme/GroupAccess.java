package no.sammen.groupprogramme;

import java.util.UUID;

import no.sammen.security.CurrentUser;
import no.sammen.security.CurrentUserService;
import no.sammen.security.Role;
import no.sammen.shared.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a unit's groups: staff who read courses see the groups of their units;
 * the unit's coordinators and leaders manage them; a group's own leaders also register its sessions.
 */
@Component
class GroupAccess {

    private final CurrentUserService users;

    GroupAccess(CurrentUserService users) {
        this.users = users;
    }

    CurrentUser me() {
        return users.current();
    }

    /** The acting user, if they may see the unit's groups; otherwise "not found". */
    CurrentUser reader(UUID unitId) {
        CurrentUser me = users.current();
        if (!me.mayReadCourses() || !me.belongsTo(unitId)) {
            throw new NotFoundException("unit");
        }
        return me;
    }

    static boolean mayManage(CurrentUser me, UUID unitId) {
        return me.belongsTo(unitId) && (me.hasRole(Role.COORDINATOR) || me.hasRole(Role.LEADER));
    }

    /** The acting user, if they manage the unit's groups; otherwise "access denied" (or "not found" elsewhere). */
    CurrentUser manager(UUID unitId) {
        CurrentUser me = reader(unitId);
        if (!mayManage(me, unitId)) {
            throw new AccessDeniedException("may not manage the unit's groups");
        }
        return me;
    }

    /** The acting user, if they may register the group's sessions: a manager, or one of its leaders. */
    CurrentUser sessionRegistrar(GroupView group) {
        CurrentUser me = reader(group.unitId());
        if (!mayManage(me, group.unitId()) && !(group.leaderIds().contains(me.id()) && me.mayWriteCourses())) {
            throw new AccessDeniedException("may not register the group's sessions");
        }
        return me;
    }
}
