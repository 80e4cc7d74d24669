package no.sammen.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The family and network registrations of one demo course, drawn so that they look like the seeds'
 * reality: each unit has its own level of practice, which rises after the unit's implementation
 * start, so that a run chart shows a shift. Not every course is complete; some have gaps, late
 * contacts and meetings that were not held, with realistic reasons.
 */
final class DemoFamilyData {

    private static final String[] PRIVATE = {"MOTHER", "FATHER", "SIBLING", "PARTNER", "FRIEND", "CHILD",
        "OTHER_FAMILY"};
    private static final String[] PUBLIC = {"GP", "NAV", "MUNICIPAL_MENTAL_HEALTH", "HOUSING", "SCHOOL_WORK"};
    /** Fictional first names of relatives and friends. */
    private static final String[] PRIVATE_NAMES = {"Anne", "Bjørn", "Eva", "Geir", "Hilde", "Jan", "Liv", "Odd",
        "Randi", "Tor", "Unni", "Vidar"};
    private static final String[] PUBLIC_NAMES = {"Fastlege", "NAV-veileder", "Psykisk helsetjeneste i kommunen",
        "Boligkontoret", "Arbeidsgiver"};
    private static final String[] TOPICS = {"CONFIDENTIALITY", "RELATIVE_EXPERIENCE", "WARNING_SIGNS", "CRISIS_PLAN",
        "TREATMENT_OFFER", "CHILDREN", "FOLLOW_UP"};
    private static final String[] PLACES = {"PATIENT_HOME", "UNIT", "UNIT", "MUNICIPALITY_OR_GP", "VIDEO", "PHONE"};
    private static final String[] NOT_HELD = {"NETWORK_DID_NOT_COME", "PATIENT_WITHDREW", "PATIENT_WITHDREW",
        "CANCELLED_BY_UNIT", "DISCHARGED_OR_TRANSFERRED"};
    private static final String[] NOT_INVITED = {"PATIENT_DECLINED", "PATIENT_DECLINED", "PATIENT_TOO_ILL",
        "DISCHARGED_BEFORE", "DISCHARGED_BEFORE", "NOT_RELEVANT"};
    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private final JdbcClient jdbc;
    private final Random random;
    private final LocalDate today;
    private final OffsetDateTime now;

    DemoFamilyData(JdbcClient jdbc, Random random, LocalDate today, Instant now) {
        this.jdbc = jdbc;
        this.random = random;
        this.today = today;
        this.now = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    /**
     * @param practice the unit's level of practice for this course, between 0 and 1: the chance that
     *                 each expected registration was made in time
     */
    void course(UUID course, LocalDate start, LocalDate end, double practice, String staff) {
        LocalDate last = end == null || end.isAfter(today) ? today : end;
        boolean noNetwork = random.nextDouble() < 0.07;
        List<UUID> relatives = new ArrayList<>();
        List<UUID> publicMembers = new ArrayList<>();
        if (!noNetwork) {
            int privateCount = 1 + random.nextInt(3);
            for (int i = 0; i < privateCount; i++) {
                relatives.add(member(course, PRIVATE[i == 0 ? random.nextInt(4) : random.nextInt(PRIVATE.length)],
                        PRIVATE_NAMES[random.nextInt(PRIVATE_NAMES.length)], i == 0));
            }
        }
        int publicCount = random.nextInt(3);
        for (int i = 0; i < publicCount; i++) {
            int k = random.nextInt(PUBLIC.length);
            publicMembers.add(member(course, PUBLIC[k], PUBLIC_NAMES[k], false));
        }
        boolean asked = random.nextDouble() < practice;
        int children = asked && random.nextDouble() < 0.2 ? 1 + random.nextInt(2) : 0;
        jdbc.sql("""
                insert into family_course (course_id, no_network, children_asked_on, children_count, children_needs,
                    updated_at, version) values (?, ?, ?, ?, ?, ?, 0)""")
                .params(course, noNetwork, asked ? start.plusDays(random.nextInt(5)) : null, asked ? children : null,
                        children > 0 ? (random.nextBoolean() ? "YES" : "NOT_YET") : null, now)
                .update();
        if (!relatives.isEmpty() && random.nextDouble() < practice * 0.9) {
            jdbc.sql("""
                    insert into member_consent (id, course_id, member_id, status, scope, given_on, withdrawn_on,
                        created_at, version) values (?, ?, ?, ?, ?, ?, null, ?, 0)""")
                    .params(UUID.randomUUID(), course, relatives.get(0), random.nextInt(5) == 0 ? "PARTIAL" : "GIVEN",
                            "Informasjon om innleggelse, behandlingsplan og utskrivning", start, now)
                    .update();
        }
        if (!relatives.isEmpty()) {
            Integer contactDay = null;
            if (random.nextDouble() < practice) {
                contactDay = random.nextInt(4);
            } else if (random.nextDouble() < 0.5) {
                contactDay = 4 + random.nextInt(18);
            }
            if (contactDay != null && !start.plusDays(contactDay).isAfter(last)) {
                UUID contact = UUID.randomUUID();
                OffsetDateTime at = start.plusDays(contactDay).atTime(9 + random.nextInt(7), 15 * random.nextInt(4))
                        .atZone(NORWAY).toOffsetDateTime();
                jdbc.sql("""
                        insert into relative_contact (id, course_id, contacted_at, channel, staff_name, created_at,
                            version) values (?, ?, ?, ?, ?, ?, 0)""")
                        .params(contact, course, at, random.nextInt(5) == 0 ? "MEETING" : "PHONE", staff, now).update();
                jdbc.sql("insert into relative_contact_member (relative_contact_id, member_id) values (?, ?)")
                        .params(contact, relatives.get(0)).update();
            }
        }
        conversation(course, "PATIENT", List.of(), start, last, practice * 1.1, staff);
        if (!relatives.isEmpty()) {
            conversation(course, "RELATIVES", List.of(relatives.get(0)), start, last, practice * 0.9, staff);
            conversation(course, "BOTH", List.of(relatives.get(0)), start, last, practice * 0.75, staff);
        }
        if (random.nextDouble() < practice) {
            LocalDate made = start.plusDays(2 + random.nextInt(18));
            if (!made.isAfter(last)) {
                jdbc.sql("""
                        insert into crisis_plan (id, course_id, warning_signs, patient_actions, relative_actions,
                            other_contacts, made_with_other, made_on, revise_on, created_at, updated_at, version)
                        values (?, ?, ?, ?, ?, null, null, ?, ?, ?, ?, 0)""")
                        .params(UUID.randomUUID(), course, "Sover dårlig, trekker seg unna, hører stemmer oftere",
                                "Ringer posten, tar en pause, går tur", "Ringer enheten og blir hos pasienten",
                                made, made.plusMonths(3), now, now)
                        .update();
            }
        }
        meeting(course, start, end, last, practice, noNetwork, relatives, publicMembers);
    }

    private UUID member(UUID course, String relation, String name, boolean closest) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into network_member (id, course_id, relation, name, contact, closest_relative, created_at,
                    version) values (?, ?, ?, ?, null, ?, ?, 0)""")
                .params(id, course, relation, name, closest, now).update();
        return id;
    }

    private void conversation(UUID course, String kind, List<UUID> participants, LocalDate start, LocalDate last,
            double chance, String staff) {
        if (random.nextDouble() >= chance) {
            return;
        }
        LocalDate held = start.plusDays(1 + random.nextInt(40));
        if (held.isAfter(last)) {
            return;
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into basic_conversation (id, course_id, kind, held_on, staff, note, follow_up_on, created_at,
                    updated_at, version) values (?, ?, ?, ?, ?, null, ?, ?, ?, 0)""")
                .params(id, course, kind, held, staff, held.plusDays(14), now, now).update();
        for (UUID member : participants) {
            jdbc.sql("insert into basic_conversation_participant (basic_conversation_id, member_id) values (?, ?)")
                    .params(id, member).update();
        }
        int first = random.nextInt(TOPICS.length - 2);
        for (int t = first; t < first + 3; t++) {
            jdbc.sql("insert into basic_conversation_topic (basic_conversation_id, topic) values (?, ?)")
                    .params(id, TOPICS[t]).update();
        }
    }

    private void meeting(UUID course, LocalDate start, LocalDate end, LocalDate last, double practice,
            boolean noNetwork, List<UUID> relatives, List<UUID> publicMembers) {
        boolean due = end != null || start.plusDays(28).isBefore(today);
        if (!due) {
            return;
        }
        List<UUID> network = new ArrayList<>(relatives);
        network.addAll(publicMembers);
        if (!network.isEmpty() && random.nextDouble() < practice) {
            LocalDate invited = start.plusDays(2 + random.nextInt(14));
            if (invited.isAfter(last)) {
                return;
            }
            boolean held = random.nextDouble() < 0.75;
            LocalDate heldOn = invited.plusDays(3 + random.nextInt(12));
            if (held && heldOn.isAfter(last)) {
                held = false;
            }
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                    insert into network_meeting (id, course_id, invited, invited_on, not_invited_reason,
                        not_invited_text, status, planned_on, held_on, place, place_text, not_held_reason,
                        not_held_text, created_at, changed_at, version)
                    values (?, ?, true, ?, null, null, ?, null, ?, ?, null, ?, null, ?, ?, 0)""")
                    .params(id, course, invited, held ? "HELD" : "NOT_HELD", held ? heldOn : null,
                            held ? PLACES[random.nextInt(PLACES.length)] : null,
                            held ? null : NOT_HELD[random.nextInt(NOT_HELD.length)], now, now)
                    .update();
            for (UUID member : network.subList(0, Math.min(network.size(), 1 + random.nextInt(3)))) {
                jdbc.sql("insert into network_meeting_invitee (meeting_id, member_id) values (?, ?)")
                        .params(id, member).update();
                if (held) {
                    jdbc.sql("insert into network_meeting_attendee (meeting_id, member_id) values (?, ?)")
                            .params(id, member).update();
                }
            }
        } else if (random.nextDouble() < 0.2 + practice * 0.6) {
            String reason = noNetwork || network.isEmpty() ? "NO_NETWORK"
                    : NOT_INVITED[random.nextInt(NOT_INVITED.length)];
            jdbc.sql("""
                    insert into network_meeting (id, course_id, invited, invited_on, not_invited_reason,
                        not_invited_text, status, planned_on, held_on, place, place_text, not_held_reason,
                        not_held_text, created_at, changed_at, version)
                    values (?, ?, false, null, ?, null, null, null, null, null, null, null, null, ?, ?, 0)""")
                    .params(UUID.randomUUID(), course, reason, now, now).update();
        }
    }
}
