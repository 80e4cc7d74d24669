package no.sammen.networkmeeting;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import no.sammen.family.Relation;
import no.sammen.family.Sphere;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts over the meetings of many courses that need each meeting's detail (reasons, places, whom
 * the invitation went to) rather than a course's facts: the breakdowns of the network meeting
 * indicator. The courses are those ending in a period, selected by their facts ({@code course_fact}).
 * Only numbers of courses come out; no person-level data.
 */
@Service
@Transactional(readOnly = true)
public class MeetingStatistics {

    /**
     * @param notInvitedReasons courses per reason for a registration not invited
     * @param notHeldReasons    courses per reason for an invited meeting not held
     * @param places            courses per place of a meeting held
     * @param privateInvited    courses with a meeting to which a member of the private network was invited
     * @param publicInvited     the same for the public network (services)
     */
    public record Breakdown(Map<String, Long> notInvitedReasons, Map<String, Long> notHeldReasons,
            Map<String, Long> places, long privateInvited, long publicInvited) {
    }

    private final JdbcClient jdbc;

    MeetingStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * For the courses of one unit, or of every unit when {@code unitId} is null, ending between
     * {@code from} and {@code to} and in the indicator's denominator: {@code counted} is the indicator
     * module's condition for that, over the facts as {@code course_fact f}.
     */
    public Breakdown ofCoursesEnded(UUID unitId, LocalDate from, LocalDate to, String counted) {
        String courses = endedBetween(unitId) + " and c.course_id in (select f.course_id from course_fact f where "
                + counted + ")";
        return new Breakdown(
                coursesBy("not_invited_reason", "m.invited = false", courses, unitId, from, to),
                coursesBy("not_held_reason", "m.status = '" + MeetingStatus.NOT_HELD.name() + "'", courses, unitId,
                        from, to),
                coursesBy("place", "m.status = '" + MeetingStatus.HELD.name() + "'", courses, unitId, from, to),
                invitedFrom(Sphere.PRIVATE, courses, unitId, from, to),
                invitedFrom(Sphere.PUBLIC, courses, unitId, from, to));
    }

    private Map<String, Long> coursesBy(String column, String meetingCondition, String courses, UUID unitId,
            LocalDate from, LocalDate to) {
        String sql = """
                select m.%1$s as reason, count(distinct c.course_id) as courses
                from course_fact c join network_meeting m on m.course_id = c.course_id
                where %2$s and %3$s and m.%1$s is not null
                group by m.%1$s
                order by m.%1$s""".formatted(column, courses, meetingCondition);
        Map<String, Long> result = new LinkedHashMap<>();
        bind(jdbc.sql(sql), unitId, from, to)
                .query((rs, n) -> Map.entry(rs.getString("reason"), rs.getLong("courses")))
                .list().forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    private long invitedFrom(Sphere sphere, String courses, UUID unitId, LocalDate from, LocalDate to) {
        String relations = Arrays.stream(Relation.values()).filter(r -> r.sphere() == sphere)
                .map(r -> "'" + r.name() + "'").collect(Collectors.joining(", "));
        String sql = """
                select count(*) from course_fact c
                where %s and c.meeting_invited = true and exists (select 1 from network_meeting m
                        join network_meeting_invitee i on i.meeting_id = m.id
                        join network_member n on n.id = i.member_id
                        where m.course_id = c.course_id and m.invited = true and n.relation in (%s))"""
                .formatted(courses, relations);
        return bind(jdbc.sql(sql), unitId, from, to).query(Long.class).single();
    }

    private static String endedBetween(UUID unitId) {
        return "c.end_date >= :from and c.end_date <= :to" + (unitId == null ? "" : " and c.unit_id = :unitId");
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, UUID unitId, LocalDate from,
            LocalDate to) {
        statement = statement.param("from", from).param("to", to);
        return unitId == null ? statement : statement.param("unitId", unitId);
    }
}
