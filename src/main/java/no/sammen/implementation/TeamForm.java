package no.sammen.implementation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The team form: one row per member, a few empty rows to add members with. */
public class TeamForm {

    static final int EMPTY_ROWS = 3;

    private long version = -1;
    private List<Row> members = new ArrayList<>();

    public static class Row {
        private UUID staffId;
        private TeamRole role;

        public UUID getStaffId() {
            return staffId;
        }

        public void setStaffId(UUID staffId) {
            this.staffId = staffId;
        }

        public TeamRole getRole() {
            return role;
        }

        public void setRole(TeamRole role) {
            this.role = role;
        }

        boolean empty() {
            return staffId == null && role == null;
        }
    }

    static TeamForm of(TeamView team) {
        TeamForm form = new TeamForm();
        form.version = team.version();
        team.members().forEach(m -> {
            Row row = new Row();
            row.staffId = m.staffId();
            row.role = m.role();
            form.members.add(row);
        });
        return form.withEmptyRows();
    }

    /** Drops the rows left empty, so that a problem's row number is the row shown. */
    TeamForm compact() {
        members.removeIf(r -> r == null || r.empty());
        return this;
    }

    TeamForm withEmptyRows() {
        for (int i = 0; i < EMPTY_ROWS; i++) {
            members.add(new Row());
        }
        return this;
    }

    List<ImprovementTeam.Member> members() {
        return members.stream().map(r -> new ImprovementTeam.Member(r.staffId, r.role)).toList();
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public List<Row> getMembers() {
        return members;
    }

    public void setMembers(List<Row> members) {
        this.members = members;
    }
}
