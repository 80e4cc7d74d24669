package no.sammen.indicator;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What lies behind K4 for the courses (all diagnoses) that ended between {@code from} and {@code to}.
 * Each count is a number of courses: a course with two meetings not held for the same reason counts
 * once under that reason, and a course can count under several reasons.
 *
 * @param unitId                the unit; null for the region
 * @param courses               the courses that ended (K4's denominator)
 * @param invited               courses with a meeting to which the network was invited (K4A)
 * @param held                  courses with a held meeting (K4B)
 * @param notInvitedReasons     courses per coded reason the network was not invited
 * @param notHeldReasons        courses per coded reason an invited meeting was not held
 * @param places                courses per place of a held meeting
 * @param privateNetworkInvited courses where someone of the private network (family, friends) was invited
 * @param publicNetworkInvited  courses where someone of the public network (GP, NAV …) was invited
 * @param unitTypes             the same three counts per unit type
 */
public record K4Breakdown(UUID unitId, LocalDate from, LocalDate to, long courses, long invited, long held,
        Map<String, Long> notInvitedReasons, Map<String, Long> notHeldReasons, Map<String, Long> places,
        long privateNetworkInvited, long publicNetworkInvited, List<UnitTypeCounts> unitTypes) {

    public K4Breakdown {
        notInvitedReasons = Map.copyOf(notInvitedReasons);
        notHeldReasons = Map.copyOf(notHeldReasons);
        places = Map.copyOf(places);
        unitTypes = List.copyOf(unitTypes);
    }

    public record UnitTypeCounts(String unitType, long courses, long invited, long held) {
    }
}
