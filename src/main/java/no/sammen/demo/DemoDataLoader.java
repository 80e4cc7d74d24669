package no.sammen.demo;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.sammen.coursefact.CourseFactService;
import no.sammen.patient.Pseudonymizer;
import no.sammen.survey.SurveyQuestionnaires;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with a fictional but realistic organisation, users and courses: a region's
 * volume (about 4,500 courses over 24 months), written with JDBC batches in one transaction.
 * It runs before any other start-up work, so that nothing else finds the database empty first.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnBooleanProperty("sammen.demo.enabled")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    static final String TRUST = "Helse Bergen HF";
    /** How many whole months before the current one courses start. */
    static final int MONTHS = 24;
    /**
     * The demo unit of the leader and the clinicians: a ward for psychosis mostly, whose implementation
     * started in the middle of the two years and whose practice rose from 20 % to 85 %, so that its
     * monthly run chart shows the shift.
     */
    static final String DEMO_UNIT = "Kronstad sengepost";
    /** The units whose relatives, patients and staff were surveyed (ADR 0036). */
    static final java.util.Set<String> SURVEY_UNITS = java.util.Set.of(DEMO_UNIT, "Kronstad poliklinikk",
            "Voss poliklinikk");

    /**
     * A unit of the demo.
     *
     * @param size           its intake relative to the average unit of its type
     * @param psychosisShare the share of its courses with a psychosis diagnosis, if not its type's
     */
    record UnitSpec(String name, DemoUnitType type, double size, Double psychosisShare) {

        UnitSpec(String name, DemoUnitType type, double size) {
            this(name, type, size, null);
        }

        double psychosis() {
            return psychosisShare == null ? type.psychosisShare : psychosisShare;
        }
    }

    /** The clinics and their units. */
    static final Map<String, List<UnitSpec>> CLINICS = clinics();

    private static Map<String, List<UnitSpec>> clinics() {
        Map<String, List<UnitSpec>> clinics = new LinkedHashMap<>();
        clinics.put("Kronstad DPS", List.of(new UnitSpec(DEMO_UNIT, DemoUnitType.INPATIENT, 1.1, 0.7),
                new UnitSpec("Kronstad poliklinikk", DemoUnitType.OUTPATIENT, 1.1),
                new UnitSpec("Kronstad ambulant akutteam", DemoUnitType.AMBULATORY_ACUTE_TEAM, 1.1)));
        clinics.put("Bjørgvin DPS", List.of(
                new UnitSpec("Bjørgvin sengepost psykose", DemoUnitType.INPATIENT, 1.0, 0.85),
                new UnitSpec("Bjørgvin poliklinikk", DemoUnitType.OUTPATIENT, 1.1)));
        clinics.put("Øyane DPS", List.of(new UnitSpec("Øyane poliklinikk", DemoUnitType.OUTPATIENT, 0.9),
                new UnitSpec("Øyane ambulant akutteam", DemoUnitType.AMBULATORY_ACUTE_TEAM, 0.9),
                new UnitSpec("Øyane dagrehabilitering", DemoUnitType.DAY_REHABILITATION, 1.0)));
        clinics.put("Betanien DPS", List.of(new UnitSpec("Betanien døgnenhet", DemoUnitType.INPATIENT, 1.0),
                new UnitSpec("Betanien poliklinikk", DemoUnitType.OUTPATIENT, 1.0)));
        clinics.put("Solli DPS", List.of(new UnitSpec("Solli døgnenhet", DemoUnitType.INPATIENT, 0.9),
                new UnitSpec("Solli poliklinikk", DemoUnitType.OUTPATIENT, 0.9),
                new UnitSpec("Solli dagrehabilitering", DemoUnitType.DAY_REHABILITATION, 1.0)));
        clinics.put("Voss DPS", List.of(new UnitSpec("Voss sengepost", DemoUnitType.INPATIENT, 0.9),
                new UnitSpec("Voss poliklinikk", DemoUnitType.OUTPATIENT, 0.9)));
        return Collections.unmodifiableMap(clinics);
    }

    private static final String[] FIRST = {"Ingrid", "Ola", "Kari", "Lars", "Sigrid", "Magnus", "Hanne", "Jonas",
        "Marte", "Eirik", "Silje", "Anders", "Tone", "Håkon", "Nina", "Per", "Ragnhild", "Sindre", "Astrid", "Trond",
        "Mona", "Espen", "Guro", "Bård"};
    private static final String[] LAST = {"Nilsen", "Berg", "Haugland", "Vik", "Eide", "Solheim", "Dale", "Myklebust",
        "Hatlevik", "Tveit", "Lunde", "Rasmussen", "Aase", "Bakke", "Fjeldstad", "Halvorsen", "Sæle", "Instebø"};
    private static final String[][] PROFESSIONS = {
        {"PSYCHIATRIST", "Overlege"}, {"PSYCHOLOGIST", "Psykologspesialist"}, {"NURSE", "Sykepleier"},
        {"MILIEU_THERAPIST", "Miljøterapeut"}, {"SOCIAL_WORKER", "Sosionom"}, {"NURSE", "Spesialsykepleier"},
        {"PSYCHOLOGIST", "Psykolog"}, {"NURSE", "Sykepleier"}, {"MILIEU_THERAPIST", "Miljøterapeut"},
    };
    private static final String[] PSYCHOSIS_CODES = {"F20.0", "F20.0", "F20.1", "F20.3", "F21", "F22.0", "F23.1",
        "F23.9", "F25.0", "F25.1", "F28", "F29", "F29"};
    private static final String[] OTHER_CODES = {"F31.2", "F32.3", "F60.3", "F10.5", "F43.1", "F33.2", "F41.1",
        "F32.2", "F40.1"};

    private static final String TRUST_ROW = "insert into health_trust (id, name, version) values (?, ?, 0)";
    private static final String CLINIC_ROW = "insert into clinic (id, trust_id, name, version) values (?, ?, ?, 0)";
    private static final String UNIT_ROW = """
            insert into org_unit (id, clinic_id, name, unit_type, phone, implementation_start, active, version)
            values (?, ?, ?, ?, ?, ?, true, 0)""";
    private static final String STAFF_ROW = """
            insert into staff (id, unit_id, full_name, profession, position, version) values (?, ?, ?, ?, ?, 0)""";
    private static final String USER_ROW = """
            insert into user_account (id, username, display_name, password_hash, enabled, version)
            values (?, ?, ?, ?, true, 0)""";
    private static final String ROLE_ROW = "insert into user_role (user_id, role) values (?, ?)";
    private static final String USER_UNIT_ROW = "insert into user_unit (user_id, unit_id) values (?, ?)";
    private static final String PATIENT_ROW = """
            insert into patient (id, trust_id, pseudonym, display_label, created_at, version)
            values (?, ?, ?, ?, ?, 0)""";
    private static final String COURSE_ROW = """
            insert into treatment_course (id, patient_id, unit_id, start_date, end_date, diagnosis_code, psychosis,
                legal_status, pathway, display_label, created_at, end_reason, end_recorded_on, end_reason_recorded_on,
                version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    /** The assessments of the medication-free courses, set up with the users on each load. */
    private DemoMedicationFree medicationFree;
    /** IMR at the units whose clinicians sign in, set up with the users on each load. */
    private DemoImr imr;
    private DemoPef pef;
    private final TransactionTemplate transaction;
    private final PasswordEncoder passwords;
    private final Pseudonymizer pseudonymizer;
    private final DemoProperties properties;
    private final Clock clock;
    private final CourseFactService courseFacts;
    private final SurveyQuestionnaires questionnaires;

    DemoDataLoader(JdbcClient jdbc, JdbcTemplate batches, TransactionTemplate transaction, PasswordEncoder passwords,
            Pseudonymizer pseudonymizer, DemoProperties properties, Clock clock, CourseFactService courseFacts,
            SurveyQuestionnaires questionnaires) {
        this.courseFacts = courseFacts;
        this.questionnaires = questionnaires;
        this.jdbc = jdbc;
        this.batches = batches;
        this.transaction = transaction;
        this.passwords = passwords;
        this.pseudonymizer = pseudonymizer;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long started = System.nanoTime();
        long processor = threads.getCurrentThreadCpuTime();
        boolean loaded = Boolean.TRUE.equals(transaction.execute(status -> {
            // Lock so that two instances (or test contexts) starting together load once.
            jdbc.sql("select id from audit_chain_head where id = 1 for update").query(Integer.class).single();
            if (jdbc.sql("select count(*) from health_trust").query(Long.class).single() > 0) {
                return false;
            }
            load();
            return true;
        }));
        if (loaded) {
            // The processor time is what the load itself costs; on a busy machine the elapsed time is longer.
            log.info("Demo data written and committed in {} ms ({} ms on the processor)",
                    (System.nanoTime() - started) / 1_000_000,
                    (threads.getCurrentThreadCpuTime() - processor) / 1_000_000);
        }
    }

    private void load() {
        Random random = new Random(2026);
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = LocalDate.now(clock);
        DemoRows rows = new DemoRows();
        UUID trust = DemoRows.id(random);
        rows.add(TRUST_ROW, trust, TRUST);
        Map<String, UUID> unitIds = new LinkedHashMap<>();
        List<DemoUnit> units = new ArrayList<>();
        for (Map.Entry<String, List<UnitSpec>> clinic : CLINICS.entrySet()) {
            UUID clinicId = DemoRows.id(random);
            rows.add(CLINIC_ROW, clinicId, trust, clinic.getKey());
            for (UnitSpec spec : clinic.getValue()) {
                UUID unitId = DemoRows.id(random);
                LocalDate implementation = today.minusMonths(spec.name().equals(DEMO_UNIT) ? 12 : 8 + random.nextInt(9))
                        .withDayOfMonth(1);
                rows.add(UNIT_ROW, unitId, clinicId, spec.name(), spec.type().name(),
                        "55 9" + (10 + units.size()) + " 00 00", implementation);
                List<String> staff = new ArrayList<>();
                for (int s = 0; s < spec.type().staff; s++) {
                    String[] profession = PROFESSIONS[s % PROFESSIONS.length];
                    String name = pick(FIRST, random) + " " + pick(LAST, random);
                    name = DemoCompetence.named(spec.name().equals(DEMO_UNIT), s, name);
                    rows.add(STAFF_ROW, DemoRows.id(random), unitId, name, profession[0], profession[1]);
                    staff.add(name);
                }
                unitIds.put(spec.name(), unitId);
                guidelineData(rows, now).offers(unitId, spec.name());
                DemoPractice practice = spec.name().equals(DEMO_UNIT)
                        ? new DemoPractice(implementation, 0.2, 0.85, random) : DemoPractice.drawn(implementation, random);
                units.add(new DemoUnit(unitId, spec, practice, staff, implementation));
            }
        }
        String hash = passwords.encode(properties.password());
        UUID clinician = user(rows, random, hash, "behandler", "Ingrid Haugland", "CLINICIAN",
                unitIds.get(DEMO_UNIT), unitIds.get("Kronstad poliklinikk"));
        UUID clinician2 = user(rows, random, hash, "behandler2", "Lars Tveit", "CLINICIAN", unitIds.get("Voss poliklinikk"));
        medicationFree = new DemoMedicationFree(rows, new DemoMedicationFree.Assessor(clinician, "Ingrid Haugland"),
                new DemoMedicationFree.Assessor(clinician2, "Lars Tveit"));
        UUID coordinator = user(rows, random, hash, "koordinator", "Silje Eide", "COORDINATOR", unitIds.get(DEMO_UNIT));
        // The IMR coordinator of the day rehabilitation units, who leads their IMR groups; drawn from numbers of
        // its own, so that the rest of the demo data stays as it was.
        UUID groupLeader = user(rows, new Random(0x1A6B0L), hash, "imrkoordinator", "Marit Lie", "COORDINATOR",
                unitIds.get("Øyane dagrehabilitering"), unitIds.get("Solli dagrehabilitering"));
        DemoImr.Therapist marit = new DemoImr.Therapist(groupLeader, "Marit Lie");
        imr = new DemoImr(rows, now, today, Map.of(
                DEMO_UNIT, List.of(new DemoImr.Therapist(clinician, "Ingrid Haugland"),
                        new DemoImr.Therapist(coordinator, "Silje Eide")),
                "Kronstad poliklinikk", List.of(new DemoImr.Therapist(clinician, "Ingrid Haugland")),
                "Voss poliklinikk", List.of(new DemoImr.Therapist(clinician2, "Lars Tveit"))),
                Map.of("Øyane dagrehabilitering", marit, "Solli dagrehabilitering", marit));
        for (DemoUnit unit : units) {
            imr.unit(unit.id(), unit.spec().name(), unit.implementation(), unit.spec().type() == DemoUnitType.INPATIENT);
        }
        UUID leader = user(rows, random, hash, "leder", "Per Solheim", "LEADER",
                unitIds.get(DEMO_UNIT), unitIds.get("Kronstad poliklinikk"));
        user(rows, random, hash, "analytiker", "Nina Lunde", "ANALYST");
        user(rows, random, hash, "admin", "Håkon Dale", "ADMIN");

        DemoFamilyData family = new DemoFamilyData(rows, random, now);
        Set<String> nationalIds = new HashSet<>();
        LocalDate first = firstDay(today);
        DemoSharedDecisions decisions = new DemoSharedDecisions(rows, first, today);
        pef = new DemoPef(rows, first, today, now);
        pef.unit(unitIds.get(DEMO_UNIT), coordinator);
        pef.unit(unitIds.get("Kronstad poliklinikk"), clinician);
        int courses = 0;
        int active = 0;
        for (YearMonth month = YearMonth.from(first); !month.isAfter(YearMonth.from(today)); month = month.plusMonths(1)) {
            LocalDate from = month.atDay(1);
            LocalDate to = today.isBefore(month.atEndOfMonth()) ? today : month.atEndOfMonth();
            int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
            // Fewer start in the summer holidays and at Christmas.
            double season = month.getMonth() == Month.JULY ? 0.8 : month.getMonth() == Month.DECEMBER ? 0.9 : 1.0;
            for (DemoUnit unit : units) {
                double mean = unit.spec().type().coursesPerMonth * unit.spec().size() * season * days
                        / month.lengthOfMonth();
                int count = DemoUnitType.poisson(mean, random);
                for (int i = 0; i < count; i++) {
                    LocalDate start = from.plusDays(random.nextInt(days));
                    boolean ended = course(rows, family, decisions, trust, unit, start, today, now, random,
                            nationalIds);
                    courses++;
                    active += ended ? 0 : 1;
                }
            }
        }
        pef.groups(Map.of(unitIds.get(DEMO_UNIT), List.of(coordinator, clinician),
                unitIds.get("Kronstad poliklinikk"), List.of(clinician)));
        imr.staff(unitIds, DEMO_UNIT, coordinator);
        imr.groups();
        int written = rows.write(batches);
        new DemoCompetence(jdbc, today).write(unitIds.get(DEMO_UNIT), Map.of("Ingrid Haugland", clinician,
                "Silje Eide", coordinator), leader);
        new DemoImplementation(jdbc, today, now, new Random(2037)).write(unitIds.get(DEMO_UNIT));
        // The rows above were written straight into the modules' tables: compute their facts from them.
        courseFacts.rebuildWithoutLog();
        // Journal audits draw their samples from the facts; their own random numbers leave the rest as it was.
        DemoJournalAudits audits = new DemoJournalAudits(jdbc, rows, new Random(2034));
        for (DemoUnit unit : units) {
            audits.unit(unit.id(), unit.implementation(), first, today, now);
        }
        // Experience surveys at a few units; their own random numbers too.
        DemoSurveys surveys = new DemoSurveys(rows, questionnaires, new Random(2036));
        for (DemoUnit unit : units) {
            if (SURVEY_UNITS.contains(unit.spec().name())) {
                surveys.unit(unit.id(), unit.implementation(), today, now, Math.min(1.2, unit.spec().size()));
            }
        }
        written += rows.write(batches);
        log.info("Demo data loaded: {} units, 7 users, {} courses ({} active), {} rows", units.size(), courses, active,
                written);
    }

    private DemoGuidelineData guidelineData(DemoRows rows, OffsetDateTime now) {
        return new DemoGuidelineData(rows, now, clock.getZone());
    }

    /** The first day on which a demo course starts. */
    static LocalDate firstDay(LocalDate today) {
        return YearMonth.from(today).minusMonths(MONTHS).atDay(1);
    }

    /** One unit as the demo fills it. */
    private record DemoUnit(UUID id, UnitSpec spec, DemoPractice practice, List<String> staff, LocalDate implementation) {
    }

    /** A patient and their course with its registrations; returns whether the course has ended. */
    private boolean course(DemoRows rows, DemoFamilyData family, DemoSharedDecisions decisions, UUID trust,
            DemoUnit unit, LocalDate start, LocalDate today, OffsetDateTime now, Random random,
            Set<String> nationalIds) {
        DemoUnitType type = unit.spec().type();
        int age = 18 + (int) (57 * Math.pow(random.nextDouble(), 1.6));
        LocalDate birth = start.minusYears(age).minusDays(random.nextInt(365));
        String nationalId;
        do {
            nationalId = nationalId(birth, random);
        } while (!nationalIds.add(nationalId));
        String label = pick(FIRST, random).charAt(0) + "." + pick(LAST, random).charAt(0) + ". " + birth.getYear();
        OffsetDateTime created = start.atTime(8 + random.nextInt(8), 0).atZone(clock.getZone()).toOffsetDateTime();
        if (created.isAfter(now)) {
            created = now;
        }
        UUID patient = DemoRows.id(random);
        rows.add(PATIENT_ROW, patient, trust, pseudonymizer.pseudonymOf(nationalId, today), label, created);
        boolean psychosis = random.nextDouble() < unit.spec().psychosis();
        String code = psychosis ? pick(PSYCHOSIS_CODES, random) : pick(OTHER_CODES, random);
        boolean compulsory = random.nextDouble() < type.compulsoryShare;
        boolean medicationFree = psychosis && !compulsory && type != DemoUnitType.AMBULATORY_ACUTE_TEAM
                && random.nextDouble() < 0.04;
        LocalDate end = start.plusDays(type.days(psychosis, random));
        if (end.isAfter(today)) {
            end = null;
        }
        UUID course = DemoRows.id(random);
        String endReason = end == null ? null : endReason(course, type);
        // The end and its reason registered on the end day or a day or two later, never after today.
        LocalDate recorded = end == null ? null
                : end.plusDays(Math.floorMod(course.getLeastSignificantBits(), 3)).isAfter(today) ? end
                : end.plusDays(Math.floorMod(course.getLeastSignificantBits(), 3));
        rows.add(COURSE_ROW, course, patient, unit.id(), start, end, code, psychosis,
                compulsory ? "COMPULSORY" : "VOLUNTARY", medicationFree ? "MEDICATION_FREE" : "ORDINARY", label,
                created, endReason, recorded, recorded);
        if (medicationFree) {
            this.medicationFree.course(course, unit.spec().name(), code, start, end, today, now);
        }
        List<UUID> relatives = family.course(new DemoFamilyData.Course(course, start, end, type, unit.practice(),
                unit.staff(), age));
        if (psychosis) {
            imr.course(course, unit.id(), unit.spec().name(), start, end, unit.implementation(),
                    type == DemoUnitType.INPATIENT);
        }
        if (psychosis && unit.spec().name().startsWith("Kronstad")) {
            LocalDate first = firstDay(today);
            double progress = Math.max(0, Math.min(1, ChronoUnit.DAYS.between(first, start)
                    / (double) Math.max(1, ChronoUnit.DAYS.between(first, today))));
            guidelineData(rows, now).checklist(course, unit.id(), start, end, medicationFree, progress, today);
            // Kronstad DPS, whose medication-free courses seed 003 describes, documents shared decisions.
            decisions.course(course, start, end, relatives, unit.staff());
        }
        if (psychosis && pef.runs(unit.id())) {
            pef.course(unit.id(), course, start, end, relatives);
        }
        return end != null;
    }

    /**
     * How an ended demo course ended (ADR 0021): mostly discharged as planned, some transferred (more
     * from an acute team), some broken off, a few deaths. Drawn from the course's id rather than the
     * shared random numbers, so that the rest of the demo data stays as it was.
     */
    static String endReason(UUID course, DemoUnitType type) {
        int r = Math.floorMod(course.getMostSignificantBits() ^ course.getLeastSignificantBits(), 1000);
        int transferred = type == DemoUnitType.AMBULATORY_ACUTE_TEAM ? 250 : 80;
        if (r < 12) {
            return "DIED";
        } else if (r < 12 + transferred) {
            return "TRANSFERRED";
        } else if (r < 12 + transferred + 110) {
            return "BROKE_OFF";
        } else if (r < 12 + transferred + 110 + 50) {
            return "OTHER";
        }
        return "DISCHARGED";
    }

    private static UUID user(DemoRows rows, Random random, String hash, String username, String name, String role,
            UUID... units) {
        UUID id = DemoRows.id(random);
        rows.add(USER_ROW, id, username, name, hash);
        rows.add(ROLE_ROW, id, role);
        for (UUID unit : units) {
            rows.add(USER_UNIT_ROW, id, unit);
        }
        return id;
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }

    /** A fictional but valid fødselsnummer for a birth date. */
    static String nationalId(LocalDate birth, Random random) {
        while (true) {
            int individual = birth.getYear() < 2000 ? random.nextInt(500) : 500 + random.nextInt(500);
            String nine = String.format("%02d%02d%02d%03d", birth.getDayOfMonth(), birth.getMonthValue(),
                    birth.getYear() % 100, individual);
            int k1 = check(nine, new int[] {3, 7, 6, 1, 8, 9, 4, 5, 2});
            if (k1 == 10) {
                continue;
            }
            int k2 = check(nine + k1, new int[] {5, 4, 3, 2, 7, 6, 5, 4, 3, 2});
            if (k2 == 10) {
                continue;
            }
            return nine + k1 + k2;
        }
    }

    private static int check(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * (digits.charAt(i) - '0');
        }
        int k = 11 - sum % 11;
        return k == 11 ? 0 : k;
    }
}
