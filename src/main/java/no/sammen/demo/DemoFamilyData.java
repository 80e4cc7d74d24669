package no.sammen.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The family and network registrations of one demo course, drawn so that they look like the seeds'
 * reality: each unit has its own level of practice, which rises after the unit's implementation
 * start, so that a run chart shows a shift. Not every course is complete; some have gaps, late
 * contacts and meetings that were not held, with realistic reasons.
 *
 * <p>Every registration keeps the rules the services enforce: its date lies inside the course and
 * not after today (a contact not after now), members it names belong to the course's network,
 * contacts and conversations with relatives name private members, a course marked «no relatives or
 * network» has no private members and no contacts. Something due in time is done before the end of a
 * course that ended early; on an active course it is done only if its day has come.
 */
final class DemoFamilyData {

    static final String MEMBER = """
            insert into network_member (id, course_id, relation, name, contact, closest_relative, created_at,
                version) values (?, ?, ?, ?, null, ?, ?, 0)""";
    static final String FAMILY = """
            insert into family_course (course_id, no_network, no_network_on, children_asked_on, children_count,
                children_needs, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, 0)""";
    static final String CHILD_AGE = "insert into family_child_age (family_course_id, age_index, age) values (?, ?, ?)";
    static final String CONSENT = """
            insert into member_consent (id, course_id, member_id, status, scope, given_on, withdrawn_on,
                created_at, version) values (?, ?, ?, ?, ?, ?, null, ?, 0)""";
    static final String CONTACT = """
            insert into relative_contact (id, course_id, contacted_at, channel, staff_name, created_at, version)
            values (?, ?, ?, ?, ?, ?, 0)""";
    static final String CONTACT_MEMBER =
            "insert into relative_contact_member (relative_contact_id, member_id) values (?, ?)";
    static final String CONVERSATION = """
            insert into basic_conversation (id, course_id, kind, held_on, staff, note, follow_up_on, created_at,
                updated_at, version) values (?, ?, ?, ?, ?, null, ?, ?, ?, 0)""";
    static final String PARTICIPANT =
            "insert into basic_conversation_participant (basic_conversation_id, member_id) values (?, ?)";
    static final String TOPIC = "insert into basic_conversation_topic (basic_conversation_id, topic) values (?, ?)";
    static final String CRISIS_PLAN = """
            insert into crisis_plan (id, course_id, warning_signs, patient_actions, relative_actions,
                other_contacts, made_with_other, made_on, revise_on, created_at, updated_at, version)
            values (?, ?, ?, ?, ?, null, null, ?, ?, ?, ?, 0)""";
    static final String CRISIS_PLAN_MEMBER = "insert into crisis_plan_member (crisis_plan_id, member_id) values (?, ?)";
    static final String INVITED_MEETING = """
            insert into network_meeting (id, course_id, invited, invited_on, not_invited_reason, not_invited_text,
                status, planned_on, held_on, place, place_text, not_held_reason, not_held_text, created_at,
                changed_at, version)
            values (?, ?, true, ?, null, null, ?, ?, ?, ?, null, ?, null, ?, ?, 0)""";
    static final String NOT_INVITED_MEETING = """
            insert into network_meeting (id, course_id, invited, invited_on, not_invited_reason, not_invited_text,
                status, planned_on, held_on, place, place_text, not_held_reason, not_held_text, created_at,
                changed_at, version)
            values (?, ?, false, null, ?, null, null, null, null, null, null, null, null, ?, ?, 0)""";
    static final String INVITEE = "insert into network_meeting_invitee (meeting_id, member_id) values (?, ?)";
    static final String ATTENDEE = "insert into network_meeting_attendee (meeting_id, member_id) values (?, ?)";

    /** The closest relative is one of these. */
    private static final String[] CLOSE = {"MOTHER", "FATHER", "SIBLING", "PARTNER"};
    private static final String[] PRIVATE = {"MOTHER", "FATHER", "SIBLING", "PARTNER", "FRIEND", "CHILD",
        "OTHER_FAMILY", "NEIGHBOUR"};
    private static final String[] PUBLIC = {"GP", "NAV", "MUNICIPAL_MENTAL_HEALTH", "HOUSING", "SCHOOL_WORK"};
    /** Fictional first names of relatives and friends. */
    private static final String[] PRIVATE_NAMES = {"Anne", "Bjørn", "Eva", "Geir", "Hilde", "Jan", "Liv", "Odd",
        "Randi", "Tor", "Unni", "Vidar", "Synnøve", "Knut", "Marit", "Arne"};
    private static final String[] PUBLIC_NAMES = {"Fastlege", "NAV-veileder", "Psykisk helsetjeneste i kommunen",
        "Boligkontoret", "Arbeidsgiver"};
    private static final String[] TOPICS = {"CONFIDENTIALITY", "RELATIVE_EXPERIENCE", "WARNING_SIGNS", "CRISIS_PLAN",
        "TREATMENT_OFFER", "CHILDREN", "FOLLOW_UP"};
    private static final String[] PLACES = {"PATIENT_HOME", "UNIT", "UNIT", "MUNICIPALITY_OR_GP", "VIDEO", "PHONE"};
    private static final String[] NOT_HELD = {"NETWORK_DID_NOT_COME", "PATIENT_WITHDREW", "PATIENT_WITHDREW",
        "CANCELLED_BY_UNIT"};
    private static final String[] NOT_INVITED = {"PATIENT_DECLINED", "PATIENT_DECLINED", "PATIENT_TOO_ILL",
        "NOT_RELEVANT"};
    private static final String[] WARNING_SIGNS = {"Sover dårlig, trekker seg unna, hører stemmer oftere",
        "Blir urolig og mistenksom, slutter å spise sammen med andre", "Slutter å ta medisiner, snakker fort",
        "Isolerer seg på rommet, mister interessen for trening", "Økt rusbruk, irritabel, tror at naboer følger med"};
    private static final String[] PATIENT_ACTIONS = {"Ringer posten, tar en pause, går tur",
        "Snakker med kontaktpersonen, bruker behovsmedisin som avtalt", "Ringer fastlegen eller akutteamet",
        "Legger seg tidlig, unngår rus, sier fra til mor"};
    private static final String[] RELATIVE_ACTIONS = {"Ringer enheten og blir hos pasienten",
        "Tar kontakt med akutteamet, kjører til legevakten ved behov", "Spør direkte hvordan det går, ringer posten",
        null};
    private static final String CONSENT_SCOPE = "Informasjon om innleggelse, behandlingsplan og utskrivning";
    private static final String PARTIAL_SCOPE = "Bare tidspunkt for avtaler og utskrivning";
    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    /**
     * One course to fill.
     *
     * @param end         null while the course is active
     * @param staff       the names of the unit's staff, who register
     * @param patientAge  the patient's age at the start, for their children's ages
     */
    record Course(UUID id, LocalDate start, LocalDate end, DemoUnitType type, DemoPractice practice,
            List<String> staff, int patientAge) {
    }

    private final DemoRows rows;
    private final Random random;
    private final LocalDate today;
    private final OffsetDateTime now;

    DemoFamilyData(DemoRows rows, Random random, OffsetDateTime now) {
        this.rows = rows;
        this.random = random;
        this.now = now.atZoneSameInstant(NORWAY).toOffsetDateTime().truncatedTo(ChronoUnit.MINUTES);
        this.today = this.now.toLocalDate();
    }

    /** The course's network and family registrations; returns its relatives on the network map. */
    List<UUID> course(Course course) {
        Span span = new Span(course.start(), course.end());
        double practice = course.practice().at(course.start());
        UUID id = course.id();
        boolean noNetwork = random.nextDouble() < 0.06;
        List<UUID> relatives = new ArrayList<>();
        List<UUID> network = new ArrayList<>();
        LocalDate mapped = span.inTime(random.nextInt(3));
        if (mapped == null) {
            mapped = course.start();
        }
        // Most courses have relatives on the map; a few have none yet, without having said so.
        int privateCount = noNetwork || random.nextDouble() < 0.08 ? 0 : 1 + random.nextInt(3);
        for (int i = 0; i < privateCount; i++) {
            String relation = i == 0 ? pick(CLOSE) : pick(PRIVATE);
            relatives.add(member(id, relation, pick(PRIVATE_NAMES), i == 0, mapped));
        }
        network.addAll(relatives);
        List<Integer> publicKinds = new ArrayList<>(List.of(0, 1, 2, 3, 4));
        Collections.shuffle(publicKinds, random);
        for (int k : publicKinds.subList(0, random.nextInt(3))) {
            network.add(member(id, PUBLIC[k], PUBLIC_NAMES[k], false, mapped));
        }
        String staff = course.staff().get(random.nextInt(course.staff().size()));

        family(id, noNetwork, span, practice, course.patientAge(), mapped);
        if (!relatives.isEmpty()) {
            consent(id, span, practice, relatives.get(0));
            contacts(id, span, practice, relatives, staff);
        }
        conversation(id, span, "PATIENT", List.of(), Math.min(0.97, practice * 1.15 + 0.1), staff);
        if (!relatives.isEmpty()) {
            conversation(id, span, "RELATIVES", List.of(relatives.get(0)), practice * 0.95, staff);
            conversation(id, span, "BOTH", List.of(relatives.get(0)), practice * 0.8, staff);
        }
        crisisPlan(id, span, course.type() == DemoUnitType.INPATIENT ? practice * 1.05 : practice, relatives);
        meetings(id, span, practice * course.type().meetingFactor, network);
        return relatives;
    }

    private UUID member(UUID course, String relation, String name, boolean closest, LocalDate on) {
        UUID id = DemoRows.id(random);
        rows.add(MEMBER, id, course, relation, name, closest, stamp(on));
        return id;
    }

    /** The course's family row: «no relatives or network» as marked, and whether the patient was asked about minor children. */
    private void family(UUID course, boolean noNetwork, Span span, double practice, int patientAge,
            LocalDate mapped) {
        LocalDate askedOn = random.nextDouble() < 0.15 + 0.75 * practice ? span.inTime(random.nextInt(5)) : null;
        int count = askedOn != null && patientAge >= 22 && random.nextDouble() < 0.25 ? 1 + random.nextInt(3) : 0;
        String needs = count == 0 ? null : random.nextDouble() < 0.5 ? "YES" : random.nextBoolean() ? "NOT_YET" : "NO";
        // «No relatives or network» is marked when the network is mapped; now and then weeks later, after
        // K1's window has closed, which then does not take the course out of K1 (ADR 0021).
        LocalDate markedOn = null;
        if (noNetwork) {
            LocalDate late = Math.floorMod(course.getLeastSignificantBits(), 8) == 0 ? span.onDay(10) : null;
            markedOn = late != null ? late : mapped;
        }
        LocalDate changed = askedOn == null ? mapped : askedOn;
        rows.add(FAMILY, course, noNetwork, markedOn, askedOn, askedOn == null ? null : count, needs,
                stamp(markedOn != null && markedOn.isAfter(changed) ? markedOn : changed));
        for (int i = 0; i < count; i++) {
            rows.add(CHILD_AGE, course, i, random.nextInt(Math.min(17, patientAge - 18) + 1));
        }
    }

    private void consent(UUID course, Span span, double practice, UUID relative) {
        if (random.nextDouble() >= 0.4 + 0.5 * practice) {
            return;
        }
        LocalDate givenOn = span.inTime(random.nextInt(6));
        if (givenOn == null) {
            return;
        }
        double answer = random.nextDouble();
        String status = answer < 0.75 ? "GIVEN" : answer < 0.9 ? "PARTIAL" : "NOT_GIVEN";
        String scope = switch (status) {
            case "GIVEN" -> CONSENT_SCOPE;
            case "PARTIAL" -> PARTIAL_SCOPE;
            default -> null;
        };
        rows.add(CONSENT, DemoRows.id(random), course, relative, status, scope, givenOn, stamp(givenOn));
    }

    /** The first contact within three days as practice has it, otherwise perhaps late; now and then another. */
    private void contacts(UUID course, Span span, double practice, List<UUID> relatives, String staff) {
        LocalDate first;
        if (random.nextDouble() < practice) {
            double r = random.nextDouble();
            first = span.inTime(r < 0.4 ? 0 : r < 0.7 ? 1 : r < 0.9 ? 2 : 3);
        } else if (random.nextDouble() < 0.55) {
            first = span.onDay(4 + random.nextInt(25));
        } else {
            return;
        }
        if (first == null) {
            return;
        }
        if (first.isAfter(span.start.plusDays(3)) && Math.floorMod(course.getMostSignificantBits(), 3) == 0) {
            // Before a late first contact, now and then a letter handed to the patient on day 1: an attempt,
            // not a contact (ADR 0021). Drawn from the id, so that the other demo data stay as they were.
            LocalDate letterOn = span.onDay(1);
            if (letterOn != null) {
                OffsetDateTime at = letterOn.atTime(LocalTime.of(9, 0)).atZone(NORWAY).toOffsetDateTime();
                at = at.isAfter(now) ? now : at;
                UUID letter = new UUID(course.getMostSignificantBits() ^ 0x1e77e4L, course.getLeastSignificantBits());
                rows.add(CONTACT, letter, course, at, "LETTER", staff, at);
                rows.add(CONTACT_MEMBER, letter, relatives.get(0));
            }
        }
        contact(course, first, relatives.subList(0, random.nextDouble() < 0.2 ? relatives.size() : 1), staff);
        if (random.nextDouble() < 0.3) {
            LocalDate again = span.onDay((int) ChronoUnit.DAYS.between(span.start, first) + 7 + random.nextInt(50));
            if (again != null) {
                contact(course, again, List.of(relatives.get(random.nextInt(relatives.size()))), staff);
            }
        }
    }

    private void contact(UUID course, LocalDate on, List<UUID> members, String staff) {
        OffsetDateTime at = stamp(on);
        double r = random.nextDouble();
        UUID id = DemoRows.id(random);
        rows.add(CONTACT, id, course, at, r < 0.7 ? "PHONE" : r < 0.9 ? "MEETING" : "VIDEO", staff, at);
        for (UUID member : members) {
            rows.add(CONTACT_MEMBER, id, member);
        }
    }

    private void conversation(UUID course, Span span, String kind, List<UUID> participants, double chance,
            String staff) {
        LocalDate held;
        if (random.nextDouble() < chance) {
            // Mostly in the first weeks, all within the six weeks of the guideline.
            held = span.inTime(1 + random.nextInt(1 + random.nextInt(41)));
        } else if (random.nextDouble() < 0.4) {
            held = span.onDay(43 + random.nextInt(100));
        } else {
            return;
        }
        if (held == null) {
            return;
        }
        UUID id = DemoRows.id(random);
        LocalDate followUp = random.nextBoolean() ? held.plusDays(14) : null;
        rows.add(CONVERSATION, id, course, kind, held, staff, followUp, stamp(held), stamp(held));
        for (UUID member : participants) {
            rows.add(PARTICIPANT, id, member);
        }
        List<String> topics = new ArrayList<>(List.of(TOPICS));
        Collections.shuffle(topics, random);
        for (String topic : topics.subList(0, 2 + random.nextInt(3))) {
            rows.add(TOPIC, id, topic);
        }
    }

    private void crisisPlan(UUID course, Span span, double chance, List<UUID> relatives) {
        LocalDate made;
        if (random.nextDouble() < chance) {
            made = span.inTime(2 + random.nextInt(20));
        } else if (random.nextDouble() < 0.3) {
            made = span.onDay(25 + random.nextInt(60));
        } else {
            return;
        }
        if (made == null) {
            return;
        }
        UUID id = DemoRows.id(random);
        // Now and then a plan of actions only, without the warning signs that K3 asks for.
        String warningSigns = random.nextDouble() < 0.9 ? pick(WARNING_SIGNS) : null;
        rows.add(CRISIS_PLAN, id, course, warningSigns, pick(PATIENT_ACTIONS),
                relatives.isEmpty() ? null : pick(RELATIVE_ACTIONS), made, made.plusMonths(3), stamp(made),
                stamp(made));
        if (!relatives.isEmpty() && random.nextBoolean()) {
            rows.add(CRISIS_PLAN_MEMBER, id, relatives.get(0));
        }
    }

    /**
     * A network meeting if practice has one: invited in the first two weeks, then held, not held, or
     * still planned on an active course; long courses sometimes have a second. Otherwise, once the
     * question is due (the course ended or a month has passed), often a registered reason for not
     * inviting.
     */
    private void meetings(UUID course, Span span, double chance, List<UUID> network) {
        LocalDate invitedOn = !network.isEmpty() && random.nextDouble() < chance
                ? span.inTime(2 + random.nextInt(14)) : null;
        if (invitedOn != null) {
            boolean held = invitedMeeting(course, span, invitedOn, network);
            LocalDate again = span.onDay(90 + random.nextInt(90));
            if (held && again != null && random.nextDouble() < 0.4) {
                invitedMeeting(course, span, again, network);
            }
            return;
        }
        boolean due = span.end != null || span.start.plusDays(28).isBefore(today);
        if (due && random.nextDouble() < 0.25 + 0.5 * chance) {
            String reason = network.isEmpty() ? "NO_NETWORK"
                    : span.end != null && span.days() < 7 && random.nextBoolean() ? "DISCHARGED_BEFORE"
                    : pick(NOT_INVITED);
            LocalDate on = span.end != null ? span.end : today;
            rows.add(NOT_INVITED_MEETING, DemoRows.id(random), course, reason, stamp(on), stamp(on));
        }
    }

    /** Returns whether the meeting was held. */
    private boolean invitedMeeting(UUID course, Span span, LocalDate invitedOn, List<UUID> network) {
        LocalDate meetingDay = invitedOn.plusDays(3 + random.nextInt(12));
        String status;
        LocalDate plannedOn = null;
        LocalDate heldOn = null;
        String notHeld = null;
        if (span.end == null && meetingDay.isAfter(today)) {
            status = "PLANNED";
            plannedOn = meetingDay;
        } else if (random.nextDouble() < 0.78) {
            status = "HELD";
            heldOn = span.end != null && meetingDay.isAfter(span.end)
                    ? invitedOn.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(invitedOn, span.end) + 1))
                    : meetingDay;
        } else {
            status = "NOT_HELD";
            notHeld = span.end != null && meetingDay.isAfter(span.end) ? "DISCHARGED_OR_TRANSFERRED" : pick(NOT_HELD);
        }
        LocalDate changed = heldOn != null ? heldOn
                : notHeld != null ? (meetingDay.isAfter(span.last) ? span.last : meetingDay) : invitedOn;
        UUID id = DemoRows.id(random);
        rows.add(INVITED_MEETING, id, course, invitedOn, status, plannedOn, heldOn,
                heldOn == null ? null : pick(PLACES), notHeld, stamp(invitedOn), stamp(changed));
        List<UUID> invitees = new ArrayList<>(network);
        Collections.shuffle(invitees, random);
        invitees = invitees.subList(0, Math.min(invitees.size(), 1 + random.nextInt(3)));
        for (UUID member : invitees) {
            rows.add(INVITEE, id, member);
        }
        if (heldOn != null) {
            // Now and then one of several invited does not come.
            int absent = invitees.size() > 1 && random.nextDouble() < 0.3 ? 1 : 0;
            for (UUID member : invitees.subList(absent, invitees.size())) {
                rows.add(ATTENDEE, id, member);
            }
        }
        return heldOn != null;
    }

    /** A working-day time on the given day in Norwegian time, never after now. */
    private OffsetDateTime stamp(LocalDate day) {
        OffsetDateTime at = day.atTime(LocalTime.of(8 + random.nextInt(8), 15 * random.nextInt(4))).atZone(NORWAY)
                .toOffsetDateTime();
        return at.isAfter(now) ? now : at;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** The days of a course on which something can have been done. */
    private final class Span {

        final LocalDate start;
        final LocalDate end;
        final LocalDate last;

        Span(LocalDate start, LocalDate end) {
            this.start = start;
            this.end = end;
            this.last = end == null || end.isAfter(today) ? today : end;
        }

        long days() {
            return ChronoUnit.DAYS.between(start, last);
        }

        /** Day {@code day} of the course (day 0 is the start), or null when the course had ended or it is still to come. */
        LocalDate onDay(int day) {
            LocalDate date = start.plusDays(day);
            return date.isAfter(last) ? null : date;
        }

        /**
         * Something done in time: on day {@code day}, or, in a course that ended before it, on a day
         * before the end; null on an active course whose day has not come.
         */
        LocalDate inTime(int day) {
            LocalDate date = start.plusDays(day);
            if (!date.isAfter(last)) {
                return date;
            }
            return end == null ? null : start.plusDays(random.nextInt((int) days() + 1));
        }
    }
}
