package no.sammen.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Synthetic registrations in bulk, for the indicator benchmark and its test: health trusts, clinics
 * and units of the four unit types, and treatment courses with what a unit registers about them
 * (the network map, "no relatives or network", contacts with relatives, the three basic
 * conversations, crisis plans, network meetings invited or not, held or not, and whom they invited,
 * shared decisions),
 * written straight into the tables with JDBC batch inserts.
 *
 * <p>Deterministic: the same {@link Settings} give the same rows, ids included. Each unit has its
 * own level of practice that rises after its implementation start, so that charts have something to
 * show; some registrations are late, some missing. Patients are random pseudonyms: no national id,
 * real or fictional, is ever made.
 *
 * <p>Besides the rows, each course's facts are kept as {@link CourseFacts}, from which
 * {@link ExpectedCounts} counts the indicators independently of the SQL.
 */
final class SyntheticData {

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");
    /** Courses written per transaction. */
    private static final int CHUNK = 2_000;

    private static final String[] UNIT_KINDS = {"INPATIENT", "OUTPATIENT", "AMBULATORY_ACUTE_TEAM", "OUTPATIENT",
        "DAY_REHABILITATION", "INPATIENT"};
    private static final String[] UNIT_KIND_NAMES = {"sengepost", "poliklinikk", "ambulant akutteam", "poliklinikk",
        "dagrehabilitering", "døgnenhet"};
    private static final String[] PSYCHOSIS_CODES = {"F20.0", "F20.0", "F20.1", "F20.3", "F21", "F22.0", "F23.1",
        "F23.9", "F25.0", "F25.1", "F28", "F29", "F29"};
    private static final String[] OTHER_CODES = {"F31.2", "F32.3", "F60.3", "F10.5", "F43.1", "F33.2"};
    private static final String[] PRIVATE = {"MOTHER", "FATHER", "SIBLING", "PARTNER", "FRIEND", "CHILD",
        "OTHER_FAMILY"};
    private static final String[] PUBLIC = {"GP", "NAV", "MUNICIPAL_MENTAL_HEALTH", "HOUSING", "SCHOOL_WORK"};
    private static final String[] PLACES = {"PATIENT_HOME", "UNIT", "UNIT", "MUNICIPALITY_OR_GP", "VIDEO", "PHONE"};
    private static final String[] NOT_HELD = {"NETWORK_DID_NOT_COME", "PATIENT_WITHDREW", "PATIENT_WITHDREW",
        "CANCELLED_BY_UNIT", "DISCHARGED_OR_TRANSFERRED", "OTHER"};
    private static final String[] NOT_INVITED = {"PATIENT_DECLINED", "PATIENT_DECLINED", "PATIENT_TOO_ILL",
        "DISCHARGED_BEFORE", "DISCHARGED_BEFORE", "NOT_RELEVANT", "OTHER"};
    private static final String[] KINDS = {"PATIENT", "RELATIVES", "BOTH"};
    private static final String[] TOPICS = {"CONFIDENTIALITY", "RELATIVE_EXPERIENCE", "WARNING_SIGNS", "CRISIS_PLAN",
        "TREATMENT_OFFER", "CHILDREN", "FOLLOW_UP"};

    /**
     * @param name       put in front of every trust, clinic and unit name, so that they are unique
     * @param trusts     health trusts, 1 or more
     * @param clinics    clinics, shared out over the trusts
     * @param units      units, shared out over the clinics
     * @param courses    treatment courses
     * @param firstStart the first start date a course may have
     * @param lastStart  the last start date a course may have
     * @param today      registrations are made before this day; courses end before it or not at all
     */
    record Settings(String name, int trusts, int clinics, int units, int courses, LocalDate firstStart,
            LocalDate lastStart, LocalDate today, long seed) {

        Settings {
            if (trusts < 1 || clinics < trusts || units < clinics || courses < 0 || lastStart.isBefore(firstStart)
                    || !today.isAfter(lastStart)) {
                throw new IllegalArgumentException("Inconsistent settings: " + this);
            }
        }
    }

    /**
     * What one course was given, as the indicators need it.
     *
     * @param firstContact       the Norwegian date of the first contact with relatives, or null
     * @param firstConversations the earliest date of each kind of basic conversation (PATIENT, RELATIVES,
     *                           BOTH), null where none
     * @param planMadeOn         when the crisis plan was made, or null for none
     * @param planHasSigns       whether its warning signs are filled in (not null and not blank)
     * @param offered            per measure of {@link #CHECKLIST}, the day it was offered (not taken back), or null
     * @param sharedDecisionOn   the day of the first shared decision, or null for none
     * @param pefOfferedOn       the day PEF was offered, or null
     * @param pefStartedOn       the day of the first PEF session attended, or null
     */
    record CourseFacts(int unit, LocalDate start, LocalDate end, boolean psychosis, boolean noNetwork,
            LocalDate firstContact, LocalDate[] firstConversations, LocalDate planMadeOn, boolean planHasSigns,
            boolean invited, boolean held, LocalDate[] offered, LocalDate sharedDecisionOn, LocalDate pefOfferedOn,
            LocalDate pefStartedOn) {
    }

    /** The checklist's measures the generator offers, in the order of {@link CourseFacts#offered()}. */
    static final String[] CHECKLIST = {"CBT_PSYCHOSIS", "MULTI_FAMILY_PSYCHOEDUCATION", "IPS"};

    /**
     * @param trustIds the trusts made, in order of name
     * @param unitIds  the units made; {@link CourseFacts#unit()} indexes this list
     * @param rows     rows written per table, in the order written
     * @param millis   how long writing took
     */
    record Result(List<UUID> trustIds, List<UUID> clinicIds, List<UUID> unitIds, List<CourseFacts> courses,
            Map<String, Long> rows, long millis) {

        long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final DataSource dataSource;
    private final TransactionTemplate transaction;

    SyntheticData(DataSource dataSource, PlatformTransactionManager transactions) {
        this.dataSource = dataSource;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Writes the organisation and the courses; joins the caller's transaction if there is one. */
    Result generate(Settings settings) {
        long started = System.nanoTime();
        Generation generation = new Generation(settings);
        transaction.executeWithoutResult(status -> generation.organisation());
        for (int from = 0; from < settings.courses(); from += CHUNK) {
            int to = Math.min(settings.courses(), from + CHUNK);
            transaction.executeWithoutResult(status -> generation.courses(to));
        }
        return new Result(generation.trusts, generation.clinics, generation.units, generation.facts,
                generation.rowCounts(), (System.nanoTime() - started) / 1_000_000);
    }

    /** The state of one generation: the random stream, the organisation made, and the pending rows. */
    private final class Generation {

        final Settings settings;
        final Random random;
        /** Shared decisions draw from numbers of their own, so that everything else stays as it was. */
        final Random decisions;
        final OffsetDateTime now;
        final List<UUID> trusts = new ArrayList<>();
        final List<UUID> clinics = new ArrayList<>();
        final List<UUID> units = new ArrayList<>();
        final List<UUID> unitTrust = new ArrayList<>();
        final List<Double> unitWeight = new ArrayList<>();
        final List<Double> unitBaseline = new ArrayList<>();
        final List<LocalDate> unitImplementation = new ArrayList<>();
        final Map<UUID, List<UUID>> patientsOfTrust = new LinkedHashMap<>();
        final List<CourseFacts> facts = new ArrayList<>();
        final Map<String, Batch> batches = new LinkedHashMap<>();
        long[] organisationRows = new long[3];
        double totalWeight;
        int made;

        Generation(Settings settings) {
            this.settings = settings;
            this.random = new Random(settings.seed());
            this.decisions = new Random(settings.seed() + 25);
            this.now = settings.today().atStartOfDay(NORWAY).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
            // In the order of the foreign keys: a batch is written after the ones it refers to.
            batch("patient", "insert into patient (id, trust_id, pseudonym, display_label, created_at, version)"
                    + " values (?, ?, ?, ?, ?, 0)", Types.OTHER, Types.OTHER, Types.VARCHAR, Types.VARCHAR,
                    Types.TIMESTAMP_WITH_TIMEZONE);
            batch("treatment_course", "insert into treatment_course (id, patient_id, unit_id, start_date, end_date,"
                    + " diagnosis_code, psychosis, legal_status, pathway, created_at, version)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", Types.OTHER, Types.OTHER, Types.OTHER, Types.DATE,
                    Types.DATE, Types.VARCHAR, Types.BOOLEAN, Types.VARCHAR, Types.VARCHAR,
                    Types.TIMESTAMP_WITH_TIMEZONE);
            batch("family_course", "insert into family_course (course_id, no_network, no_network_on,"
                    + " children_asked_on, children_count, children_needs, updated_at, version)"
                    + " values (?, ?, ?, ?, ?, ?, ?, 0)",
                    Types.OTHER, Types.BOOLEAN, Types.DATE, Types.DATE, Types.INTEGER, Types.VARCHAR,
                    Types.TIMESTAMP_WITH_TIMEZONE);
            batch("network_member", "insert into network_member (id, course_id, relation, name, contact,"
                    + " closest_relative, created_at, version) values (?, ?, ?, ?, null, ?, ?, 0)", Types.OTHER,
                    Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN, Types.TIMESTAMP_WITH_TIMEZONE);
            batch("relative_contact", "insert into relative_contact (id, course_id, contacted_at, channel,"
                    + " staff_name, created_at, version) values (?, ?, ?, ?, ?, ?, 0)", Types.OTHER, Types.OTHER,
                    Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE);
            batch("relative_contact_member", "insert into relative_contact_member (relative_contact_id, member_id)"
                    + " values (?, ?)", Types.OTHER, Types.OTHER);
            batch("basic_conversation", "insert into basic_conversation (id, course_id, kind, held_on, staff, note,"
                    + " follow_up_on, created_at, updated_at, version) values (?, ?, ?, ?, ?, null, ?, ?, ?, 0)",
                    Types.OTHER, Types.OTHER, Types.VARCHAR, Types.DATE, Types.VARCHAR, Types.DATE,
                    Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE);
            batch("basic_conversation_participant", "insert into basic_conversation_participant"
                    + " (basic_conversation_id, member_id) values (?, ?)", Types.OTHER, Types.OTHER);
            batch("basic_conversation_topic", "insert into basic_conversation_topic (basic_conversation_id, topic)"
                    + " values (?, ?)", Types.OTHER, Types.VARCHAR);
            batch("crisis_plan", "insert into crisis_plan (id, course_id, warning_signs, patient_actions,"
                    + " relative_actions, other_contacts, made_with_other, made_on, revise_on, created_at, updated_at,"
                    + " version) values (?, ?, ?, ?, ?, null, null, ?, ?, ?, ?, 0)", Types.OTHER, Types.OTHER,
                    Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.DATE,
                    Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE);
            batch("network_meeting", "insert into network_meeting (id, course_id, invited, invited_on,"
                    + " not_invited_reason, not_invited_text, status, planned_on, held_on, place, place_text,"
                    + " not_held_reason, not_held_text, created_at, changed_at, version)"
                    + " values (?, ?, ?, ?, ?, null, ?, ?, ?, ?, null, ?, null, ?, ?, 0)", Types.OTHER, Types.OTHER,
                    Types.BOOLEAN, Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.DATE, Types.VARCHAR,
                    Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE);
            batch("shared_decision", "insert into shared_decision (id, course_id, decided_on, question, what_matters,"
                    + " decision_aid_used, decision, revisit_on, created_at, changed_at, version)"
                    + " values (?, ?, ?, 'TREATMENT', 'Syntetisk', false, 'Syntetisk', ?, ?, ?, 0)", Types.OTHER,
                    Types.OTHER, Types.DATE, Types.DATE, Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE);
            batch("shared_decision_option", "insert into shared_decision_option (decision_id, position,"
                    + " recommendation_id, option_text) values (?, ?, ?, null)", Types.OTHER, Types.INTEGER,
                    Types.VARCHAR);
            batch("network_meeting_invitee", "insert into network_meeting_invitee (meeting_id, member_id)"
                    + " values (?, ?)", Types.OTHER, Types.OTHER);
            batch("network_meeting_attendee", "insert into network_meeting_attendee (meeting_id, member_id)"
                    + " values (?, ?)", Types.OTHER, Types.OTHER);
            batch("guideline_checklist_entry", "insert into guideline_checklist_entry (id, course_id, unit_id,"
                    + " recommendation_id, catalog_version, sequence, state, state_on, reason, recorded_at, version)"
                    + " values (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, 0)", Types.OTHER, Types.OTHER, Types.OTHER,
                    Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.DATE, Types.VARCHAR,
                    Types.TIMESTAMP_WITH_TIMEZONE);
            batch("programme_group", "insert into programme_group (id, unit_id, programme, kind, name, starts_on, phase,"
                    + " status, created_at, changed_at, version) values (?, ?, 'PEF', 'MULTI_FAMILY', 'Syntetisk', ?,"
                    + " 'PROBLEM_SOLVING', 'RUNNING', ?, ?, 0)", Types.OTHER, Types.OTHER, Types.DATE,
                    Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE);
            batch("pef_recruitment", "insert into pef_recruitment (id, course_id, state, state_on, by_name, recorded_at,"
                    + " version) values (?, ?, 'OFFERED', ?, 'Syntetisk', ?, 0)", Types.OTHER, Types.OTHER, Types.DATE,
                    Types.TIMESTAMP_WITH_TIMEZONE);
            batch("programme_session", "insert into programme_session (id, group_id, held_on, created_at, changed_at,"
                    + " version) values (?, ?, ?, ?, ?, 0)", Types.OTHER, Types.OTHER, Types.DATE,
                    Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE);
            batch("programme_session_patient", "insert into programme_session_patient (session_id, course_id)"
                    + " values (?, ?)", Types.OTHER, Types.OTHER);
        }

        /** A PEF group per unit, made when the unit's first course takes part (ADR 0026). */
        private final java.util.Map<Integer, UUID> pefGroups = new java.util.HashMap<>();

        private void batch(String table, String sql, int... types) {
            batches.put(table, new Batch(table, sql, types));
        }

        private void add(String table, Object... values) {
            batches.get(table).rows.add(values);
        }

        void organisation() {
            int daysBack = (int) (settings.lastStart().toEpochDay() - settings.firstStart().toEpochDay());
            List<UUID> clinicTrust = new ArrayList<>();
            List<Object[]> trustRows = new ArrayList<>();
            List<Object[]> clinicRows = new ArrayList<>();
            List<Object[]> unitRows = new ArrayList<>();
            for (int t = 0; t < settings.trusts(); t++) {
                UUID id = uuid();
                trusts.add(id);
                trustRows.add(new Object[] {id, settings.name() + " HF " + (t + 1)});
            }
            for (int c = 0; c < settings.clinics(); c++) {
                UUID id = uuid();
                UUID trust = trusts.get(c % settings.trusts());
                clinics.add(id);
                clinicTrust.add(trust);
                clinicRows.add(new Object[] {id, trust, settings.name() + " DPS " + (c + 1)});
            }
            for (int u = 0; u < settings.units(); u++) {
                UUID id = uuid();
                int clinic = u % settings.clinics();
                int kind = (u / settings.clinics()) % UNIT_KINDS.length;
                LocalDate implementation = settings.firstStart().plusDays(daysBack / 4 + random.nextInt(daysBack / 2
                        + 1)).withDayOfMonth(1);
                units.add(id);
                unitTrust.add(clinicTrust.get(clinic));
                unitWeight.add(0.4 + random.nextDouble() * 1.6);
                unitBaseline.add(0.25 + random.nextDouble() * 0.35);
                unitImplementation.add(implementation);
                unitRows.add(new Object[] {id, clinics.get(clinic),
                    settings.name() + " DPS " + (clinic + 1) + " " + UNIT_KIND_NAMES[kind] + " " + (u + 1),
                    UNIT_KINDS[kind], "55 00 " + String.format("%02d", u % 100) + " 00", implementation});
            }
            totalWeight = unitWeight.stream().mapToDouble(Double::doubleValue).sum();
            trusts.forEach(t -> patientsOfTrust.put(t, new ArrayList<>()));
            withConnection(connection -> {
                new Batch("health_trust", "insert into health_trust (id, name, version) values (?, ?, 0)",
                        Types.OTHER, Types.VARCHAR).write(connection, trustRows);
                new Batch("clinic", "insert into clinic (id, trust_id, name, version) values (?, ?, ?, 0)",
                        Types.OTHER, Types.OTHER, Types.VARCHAR).write(connection, clinicRows);
                new Batch("org_unit", "insert into org_unit (id, clinic_id, name, unit_type, phone,"
                        + " implementation_start, active, version) values (?, ?, ?, ?, ?, ?, true, 0)",
                        Types.OTHER, Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE)
                        .write(connection, unitRows);
            });
            organisationRows = new long[] {trustRows.size(), clinicRows.size(), unitRows.size()};
        }

        /** Makes courses up to number {@code until} (exclusive) and writes them. */
        void courses(int until) {
            while (made < until) {
                course();
                made++;
            }
            withConnection(connection -> {
                for (Batch batch : batches.values()) {
                    batch.flush(connection);
                }
            });
        }

        private void course() {
            LocalDate today = settings.today();
            LocalDate yesterday = today.minusDays(1);
            int unit = pickUnit();
            UUID trust = unitTrust.get(unit);
            int span = (int) (settings.lastStart().toEpochDay() - settings.firstStart().toEpochDay());
            LocalDate start = settings.firstStart().plusDays(random.nextInt(span + 1));
            // About one in eight courses belongs to a patient seen before in the same trust.
            List<UUID> knownPatients = patientsOfTrust.get(trust);
            UUID patient;
            if (!knownPatients.isEmpty() && random.nextInt(8) == 0) {
                patient = knownPatients.get(random.nextInt(knownPatients.size()));
            } else {
                patient = uuid();
                knownPatients.add(patient);
                add("patient", patient, trust, pseudonym(), "S.D. " + (1950 + random.nextInt(56)),
                        atNoon(start));
            }
            boolean psychosis = random.nextInt(100) < 75;
            long duration = 3 + Math.round(Math.exp(Math.log(45) + 0.9 * random.nextGaussian()));
            LocalDate end = start.plusDays(Math.min(duration, 1_000));
            if (!end.isBefore(today)) {
                end = null;
            }
            boolean compulsory = random.nextInt(100) < 25;
            UUID course = uuid();
            add("treatment_course", course, patient, units.get(unit), start, end,
                    psychosis ? PSYCHOSIS_CODES[random.nextInt(PSYCHOSIS_CODES.length)]
                            : OTHER_CODES[random.nextInt(OTHER_CODES.length)],
                    psychosis, compulsory ? "COMPULSORY" : "VOLUNTARY",
                    psychosis && !compulsory && random.nextInt(100) < 6 ? "MEDICATION_FREE" : "ORDINARY",
                    atNoon(start));

            // The unit's practice, rising after its implementation start.
            double practice = Math.min(0.95, unitBaseline.get(unit)
                    + (start.isBefore(unitImplementation.get(unit)) ? 0 : 0.3));
            LocalDate last = end == null ? yesterday : end;

            boolean noNetwork = random.nextDouble() < 0.07;
            List<UUID> relatives = new ArrayList<>();
            List<UUID> publicMembers = new ArrayList<>();
            if (!noNetwork) {
                int count = 1 + random.nextInt(3);
                for (int i = 0; i < count; i++) {
                    relatives.add(member(course, PRIVATE[i == 0 ? random.nextInt(4) : random.nextInt(PRIVATE.length)],
                            i == 0));
                }
            }
            int publicCount = random.nextInt(3);
            for (int i = 0; i < publicCount; i++) {
                publicMembers.add(member(course, PUBLIC[random.nextInt(PUBLIC.length)], false));
            }
            if (noNetwork || random.nextDouble() < 0.6) {
                boolean asked = random.nextDouble() < practice;
                int children = asked && random.nextDouble() < 0.2 ? 1 + random.nextInt(2) : 0;
                // «No relatives or network» marked on the start day, inside every window (ADR 0021).
                add("family_course", course, noNetwork, noNetwork ? start : null,
                        asked ? min(start.plusDays(random.nextInt(5)), yesterday)
                        : null, asked ? children : null, children > 0 ? "YES" : null, now);
            }

            LocalDate firstContact = null;
            if (!relatives.isEmpty()) {
                // In time (by day 3) as often as the unit's practice, otherwise later or not at all.
                int firstDay = random.nextDouble() < practice ? random.nextInt(4)
                        : random.nextBoolean() ? 4 + random.nextInt(20) : -1;
                int contacts = firstDay < 0 ? 0 : random.nextInt(6) == 0 ? 2 : 1;
                for (int i = 0; i < contacts; i++) {
                    LocalDate day = start.plusDays(i == 0 ? firstDay : firstDay + 1 + random.nextInt(30));
                    if (day.isAfter(last)) {
                        break;
                    }
                    // Norwegian office hours, so that the Norwegian date is the date drawn here.
                    OffsetDateTime at = day.atTime(8 + random.nextInt(8), 15 * random.nextInt(4)).atZone(NORWAY)
                            .toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
                    UUID contact = uuid();
                    add("relative_contact", contact, course, at, random.nextInt(5) == 0 ? "MEETING" : "PHONE",
                            "Syntetisk behandler", now);
                    add("relative_contact_member", contact, relatives.get(0));
                    firstContact = firstContact == null ? day : firstContact;
                }
            }

            LocalDate[] firstConversations = new LocalDate[3];
            double[] chances = {practice * 1.1, practice * 0.9, practice * 0.75};
            for (int k = 0; k < KINDS.length; k++) {
                if (k > 0 && relatives.isEmpty() || random.nextDouble() >= chances[k]) {
                    continue;
                }
                int times = random.nextInt(10) == 0 ? 2 : 1;
                for (int i = 0; i < times; i++) {
                    LocalDate held = start.plusDays(1 + random.nextInt(55));
                    if (held.isAfter(last)) {
                        continue;
                    }
                    UUID id = uuid();
                    add("basic_conversation", id, course, KINDS[k], held, "Syntetisk behandler", held.plusDays(14),
                            now, now);
                    if (k > 0) {
                        add("basic_conversation_participant", id, relatives.get(0));
                    }
                    int topic = random.nextInt(TOPICS.length - 1);
                    add("basic_conversation_topic", id, TOPICS[topic]);
                    add("basic_conversation_topic", id, TOPICS[topic + 1]);
                    if (firstConversations[k] == null || held.isBefore(firstConversations[k])) {
                        firstConversations[k] = held;
                    }
                }
            }

            LocalDate planMadeOn = null;
            boolean planHasSigns = false;
            if (random.nextDouble() < practice) {
                LocalDate made = start.plusDays(2 + random.nextInt(40));
                if (!made.isAfter(yesterday)) {
                    int signs = random.nextInt(100);
                    String warningSigns = signs < 85 ? "Sover dårlig, trekker seg unna" : signs < 93 ? null : "  ";
                    add("crisis_plan", uuid(), course, warningSigns, "Ringer posten, går tur",
                            relatives.isEmpty() ? null : "Ringer enheten", made, made.plusMonths(3), now, now);
                    planMadeOn = made;
                    planHasSigns = warningSigns != null && !warningSigns.isBlank();
                }
            }

            boolean invited = false;
            boolean held = false;
            boolean due = end != null || start.plusDays(28).isBefore(today);
            List<UUID> network = new ArrayList<>(relatives);
            network.addAll(publicMembers);
            if (due && !network.isEmpty() && random.nextDouble() < practice) {
                int meetings = random.nextInt(12) == 0 ? 2 : 1;
                for (int i = 0; i < meetings; i++) {
                    LocalDate invitedOn = start.plusDays(2 + random.nextInt(14) + 20 * i);
                    if (invitedOn.isAfter(last)) {
                        break;
                    }
                    LocalDate heldOn = invitedOn.plusDays(3 + random.nextInt(12));
                    int outcome = random.nextInt(100);
                    String status = heldOn.isAfter(yesterday) ? "PLANNED"
                            : outcome < 72 ? "HELD" : outcome < 94 ? "NOT_HELD" : "PLANNED";
                    UUID id = uuid();
                    add("network_meeting", id, course, true, invitedOn, null, status,
                            "HELD".equals(status) ? null : heldOn, "HELD".equals(status) ? heldOn : null,
                            "HELD".equals(status) ? PLACES[random.nextInt(PLACES.length)] : null,
                            "NOT_HELD".equals(status) ? NOT_HELD[random.nextInt(NOT_HELD.length)] : null, now, now);
                    int invitees = Math.min(network.size(), 1 + random.nextInt(3));
                    for (UUID member : network.subList(0, invitees)) {
                        add("network_meeting_invitee", id, member);
                        if ("HELD".equals(status)) {
                            add("network_meeting_attendee", id, member);
                        }
                    }
                    invited = true;
                    held |= "HELD".equals(status);
                }
            } else if (due && random.nextDouble() < 0.2 + practice * 0.6) {
                String reason = network.isEmpty() ? "NO_NETWORK" : NOT_INVITED[random.nextInt(NOT_INVITED.length)];
                add("network_meeting", uuid(), course, false, null, reason, null, null, null, null, null, now, now);
            }

            // The guideline checklist (ADR 0024), from numbers of its own so that the rest stays as it was:
            // CBT, a family group and IPS offered, declined or started as often as the unit's practice, now and
            // then taken back by a later «not relevant».
            LocalDate[] offered = new LocalDate[CHECKLIST.length];
            Random checklist = new Random(course.getLeastSignificantBits());
            for (int r = 0; psychosis && r < CHECKLIST.length; r++) {
                if (checklist.nextDouble() >= practice) {
                    continue;
                }
                LocalDate day = start.plusDays(checklist.nextInt(120));
                if (day.isAfter(last)) {
                    continue;
                }
                add("guideline_checklist_entry", new UUID(checklist.nextLong(), checklist.nextLong()), course,
                        units.get(unit), CHECKLIST[r], 1,
                        checklist.nextInt(4) == 0 ? "DECLINED" : "OFFERED", day, null, now);
                if (checklist.nextInt(6) == 0) {
                    add("guideline_checklist_entry", new UUID(checklist.nextLong(), checklist.nextLong()), course,
                            units.get(unit), CHECKLIST[r], 2,
                            "NOT_RELEVANT", null, "Syntetisk", now);
                } else {
                    offered[r] = day;
                }
            }

            LocalDate sharedDecisionOn = null;
            if (decisions.nextDouble() < practice) {
                LocalDate decided = start.plusDays(decisions.nextInt(45));
                if (!decided.isAfter(last)) {
                    UUID id = uuid();
                    add("shared_decision", id, course, decided,
                            decisions.nextBoolean() ? decided.plusDays(30 + decisions.nextInt(60)) : null, now, now);
                    add("shared_decision_option", id, 0, "CBT_PSYCHOSIS");
                    add("shared_decision_option", id, 1, "ANTIPSYCHOTIC_MEDICATION");
                    sharedDecisionOn = decided;
                }
            }

            // PEF (K5): drawn from numbers of the course's own, so that the rest stays as it was.
            Random pef = new Random(course.getMostSignificantBits());
            LocalDate pefOfferedOn = null;
            LocalDate pefStartedOn = null;
            if (psychosis && pef.nextDouble() < practice) {
                LocalDate offeredOn = start.plusDays(pef.nextInt(60));
                if (!offeredOn.isAfter(last)) {
                    add("pef_recruitment", uuid(), course, offeredOn, now);
                    pefOfferedOn = offeredOn;
                    LocalDate heldOn = offeredOn.plusDays(14 + pef.nextInt(30));
                    if (pef.nextBoolean() && !heldOn.isAfter(last)) {
                        UUID group = pefGroups.computeIfAbsent(unit, u -> {
                            UUID id = uuid();
                            add("programme_group", id, units.get(u), settings.firstStart(), now, now);
                            return id;
                        });
                        UUID session = uuid();
                        add("programme_session", session, group, heldOn, now, now);
                        add("programme_session_patient", session, course);
                        pefStartedOn = heldOn;
                    }
                }
            }

            facts.add(new CourseFacts(unit, start, end, psychosis, noNetwork, firstContact, firstConversations,
                    planMadeOn, planHasSigns, invited, held, offered, sharedDecisionOn, pefOfferedOn, pefStartedOn));
        }

        private UUID member(UUID course, String relation, boolean closest) {
            UUID id = uuid();
            add("network_member", id, course, relation, "Syntetisk " + relation.toLowerCase(), closest, now);
            return id;
        }

        private int pickUnit() {
            double x = random.nextDouble() * totalWeight;
            for (int u = 0; u < unitWeight.size(); u++) {
                x -= unitWeight.get(u);
                if (x < 0) {
                    return u;
                }
            }
            return unitWeight.size() - 1;
        }

        /** A random 256-bit value in hex, shaped like a stored pseudonym but the HMAC of nothing. */
        private String pseudonym() {
            StringBuilder hex = new StringBuilder(64);
            for (int i = 0; i < 4; i++) {
                hex.append(String.format("%016x", random.nextLong()));
            }
            return hex.toString();
        }

        /** A version 4 UUID from the seeded random stream. */
        private UUID uuid() {
            long high = random.nextLong() & ~0xF000L | 0x4000L;
            long low = random.nextLong() & ~(0xC000_0000_0000_0000L) | 0x8000_0000_0000_0000L;
            return new UUID(high, low);
        }

        private OffsetDateTime atNoon(LocalDate day) {
            return day.atTime(12, 0).atZone(NORWAY).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        }

        Map<String, Long> rowCounts() {
            Map<String, Long> rows = new LinkedHashMap<>();
            rows.put("health_trust", organisationRows[0]);
            rows.put("clinic", organisationRows[1]);
            rows.put("org_unit", organisationRows[2]);
            batches.forEach((table, batch) -> rows.put(table, batch.written));
            return rows;
        }

        private void withConnection(SqlWork work) {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                work.run(connection);
            } catch (SQLException e) {
                throw new IllegalStateException("Writing synthetic data failed", e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private interface SqlWork {
        void run(Connection connection) throws SQLException;
    }

    /** Pending rows of one insert statement, written as one JDBC batch. */
    private static final class Batch {

        final String table;
        final String sql;
        final int[] types;
        final List<Object[]> rows = new ArrayList<>();
        long written;

        Batch(String table, String sql, int... types) {
            this.table = table;
            this.sql = sql;
            this.types = types;
        }

        void flush(Connection connection) throws SQLException {
            write(connection, rows);
            rows.clear();
        }

        void write(Connection connection, List<Object[]> values) throws SQLException {
            if (values.isEmpty()) {
                return;
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (Object[] row : values) {
                    if (row.length != types.length) {
                        throw new IllegalStateException(table + ": " + Arrays.toString(row));
                    }
                    for (int i = 0; i < row.length; i++) {
                        if (row[i] == null) {
                            statement.setNull(i + 1, types[i]);
                        } else {
                            statement.setObject(i + 1, row[i]);
                        }
                    }
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            written += values.size();
        }
    }
}
