package no.sammen.pef;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import no.sammen.groupprogramme.GroupView;
import no.sammen.groupprogramme.QualificationView;
import no.sammen.patient.CourseView;

/**
 * The PEF board (PEF-tavle) of a unit: running groups with their next session, families waiting
 * (accepted, in no group), the leaders with their groups and latest supervision, groups planned, and
 * the share of the unit's active psychosis courses in PEF.
 */
public record PefBoard(UUID unitId, String unitName, List<GroupRow> running, List<GroupRow> planned,
        List<CourseView> waiting, List<LeaderRow> leaders, int activePsychosis, int inPef) {

    /**
     * @param nextSession the first planned session from today, if one is registered
     * @param held        sessions held (with attendance)
     * @param members     members of the group, of all units
     */
    public record GroupRow(GroupView group, List<String> leaderNames, LocalDate nextSession, LocalDate lastSession,
            int held, int members) {
    }

    /** A trained PEF group leader (or supervisor) with the groups they lead and their latest supervision. */
    public record LeaderRow(QualificationView qualification, int groups, LocalDate lastSupervision) {
    }

    /** The share in PEF as a whole percentage, or null without active psychosis courses. */
    public Integer sharePercent() {
        return activePsychosis == 0 ? null : Math.round(100f * inPef / activePsychosis);
    }
}
