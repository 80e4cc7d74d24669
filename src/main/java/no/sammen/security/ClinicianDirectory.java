package no.sammen.security;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users who may be made responsible for a course (ADR 0019): enabled accounts with the role
 * CLINICIAN or COORDINATOR, each with the units they belong to. Read in one statement.
 */
@Service
@Transactional(readOnly = true)
public class ClinicianDirectory {

    private final JdbcClient jdbc;

    ClinicianDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The clinicians belonging to at least one of these units, by name; each with all their units. */
    public List<ClinicianView> inUnits(Collection<UUID> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> names = new LinkedHashMap<>();
        Map<UUID, Set<UUID>> units = new LinkedHashMap<>();
        jdbc.sql("""
                select a.id, a.display_name, u.unit_id from user_account a
                join user_unit u on u.user_id = a.id
                where a.enabled = true
                  and exists (select 1 from user_role r where r.user_id = a.id and r.role in ('CLINICIAN', 'COORDINATOR'))
                  and exists (select 1 from user_unit m where m.user_id = a.id and m.unit_id in (:units))
                order by a.display_name, a.id""")
                .param("units", unitIds)
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    names.put(id, rs.getString("display_name"));
                    units.computeIfAbsent(id, k -> new java.util.HashSet<>()).add(rs.getObject("unit_id", UUID.class));
                });
        return names.entrySet().stream()
                .map(e -> new ClinicianView(e.getKey(), e.getValue(), units.get(e.getKey()))).toList();
    }

    /** Whether the user may be responsible for a course of this unit. */
    public boolean mayBeResponsible(UUID userId, UUID unitId) {
        return inUnits(Set.of(unitId)).stream().anyMatch(c -> c.id().equals(userId));
    }
}
