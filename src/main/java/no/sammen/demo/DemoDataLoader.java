package no.sammen.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.sammen.coursefact.CourseFactService;
import no.sammen.patient.Pseudonymizer;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Fills an empty database with a fictional but realistic organisation, users and courses. */
@Component
@ConditionalOnBooleanProperty("sammen.demo.enabled")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    static final String TRUST = "Helse Bergen HF";

    /** Clinic, then its units as name and type. */
    private static final String[][] CLINICS = {
        {"Kronstad DPS", "Kronstad sengepost:INPATIENT", "Kronstad poliklinikk:OUTPATIENT",
            "Kronstad ambulant akutteam:AMBULATORY_ACUTE_TEAM"},
        {"Bjørgvin DPS", "Bjørgvin sengepost psykose:INPATIENT", "Bjørgvin poliklinikk:OUTPATIENT"},
        {"Øyane DPS", "Øyane poliklinikk:OUTPATIENT", "Øyane ambulant akutteam:AMBULATORY_ACUTE_TEAM",
            "Øyane dagrehabilitering:DAY_REHABILITATION"},
        {"Betanien DPS", "Betanien døgnenhet:INPATIENT", "Betanien poliklinikk:OUTPATIENT"},
        {"Solli DPS", "Solli døgnenhet:INPATIENT", "Solli poliklinikk:OUTPATIENT",
            "Solli dagrehabilitering:DAY_REHABILITATION"},
        {"Voss DPS", "Voss sengepost:INPATIENT", "Voss poliklinikk:OUTPATIENT"},
    };

    private static final String[] FIRST = {"Ingrid", "Ola", "Kari", "Lars", "Sigrid", "Magnus", "Hanne", "Jonas",
        "Marte", "Eirik", "Silje", "Anders", "Tone", "Håkon", "Nina", "Per", "Ragnhild", "Sindre"};
    private static final String[] LAST = {"Nilsen", "Berg", "Haugland", "Vik", "Eide", "Solheim", "Dale", "Myklebust",
        "Hatlevik", "Tveit", "Lunde", "Rasmussen", "Aase", "Bakke"};
    private static final String[][] PROFESSIONS = {
        {"PSYCHIATRIST", "Overlege"}, {"PSYCHOLOGIST", "Psykologspesialist"}, {"NURSE", "Sykepleier"},
        {"MILIEU_THERAPIST", "Miljøterapeut"}, {"SOCIAL_WORKER", "Sosionom"}, {"NURSE", "Spesialsykepleier"},
    };
    private static final String[] PSYCHOSIS_CODES = {"F20.0", "F20.0", "F20.1", "F20.3", "F21", "F22.0", "F23.1",
        "F23.9", "F25.0", "F25.1", "F28", "F29", "F29"};
    private static final String[] OTHER_CODES = {"F31.2", "F32.3", "F60.3", "F10.5", "F43.1", "F33.2"};

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final PasswordEncoder passwords;
    private final Pseudonymizer pseudonymizer;
    private final DemoProperties properties;
    private final Clock clock;
    private final CourseFactService courseFacts;

    DemoDataLoader(JdbcClient jdbc, TransactionTemplate transaction, PasswordEncoder passwords,
            Pseudonymizer pseudonymizer, DemoProperties properties, Clock clock, CourseFactService courseFacts) {
        this.courseFacts = courseFacts;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.passwords = passwords;
        this.pseudonymizer = pseudonymizer;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            // Lock so that two instances (or test contexts) starting together load once.
            jdbc.sql("select id from audit_chain_head where id = 1 for update").query(Integer.class).single();
            if (jdbc.sql("select count(*) from health_trust").query(Long.class).single() > 0) {
                return;
            }
            load();
        });
    }

    private void load() {
        Random random = new Random(2026);
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        UUID trust = UUID.randomUUID();
        jdbc.sql("insert into health_trust (id, name, version) values (?, ?, 0)").params(trust, TRUST).update();
        List<UUID> units = new ArrayList<>();
        List<String> unitNames = new ArrayList<>();
        List<LocalDate> implementationStarts = new ArrayList<>();
        List<Double> baselines = new ArrayList<>();
        for (String[] clinic : CLINICS) {
            UUID clinicId = UUID.randomUUID();
            jdbc.sql("insert into clinic (id, trust_id, name, version) values (?, ?, ?, 0)")
                    .params(clinicId, trust, clinic[0]).update();
            for (int i = 1; i < clinic.length; i++) {
                String[] unit = clinic[i].split(":");
                UUID unitId = UUID.randomUUID();
                LocalDate implementation = today.minusMonths(9 + random.nextInt(8)).withDayOfMonth(1);
                jdbc.sql("""
                        insert into org_unit (id, clinic_id, name, unit_type, phone, implementation_start, active,
                            version) values (?, ?, ?, ?, ?, ?, true, 0)""")
                        .params(unitId, clinicId, unit[0], unit[1], "55 9" + (10 + units.size()) + " 00 00",
                                implementation)
                        .update();
                units.add(unitId);
                unitNames.add(unit[0]);
                implementationStarts.add(implementation);
                baselines.add(0.2 + random.nextDouble() * 0.35);
                for (int s = 0; s < 4; s++) {
                    String[] profession = PROFESSIONS[random.nextInt(PROFESSIONS.length)];
                    jdbc.sql("""
                            insert into staff (id, unit_id, full_name, profession, position, version)
                            values (?, ?, ?, ?, ?, 0)""")
                            .params(UUID.randomUUID(), unitId,
                                    FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)],
                                    profession[0], profession[1])
                            .update();
                }
            }
        }
        UUID kronstadInpatient = units.get(unitNames.indexOf("Kronstad sengepost"));
        UUID kronstadOutpatient = units.get(unitNames.indexOf("Kronstad poliklinikk"));
        UUID vossOutpatient = units.get(unitNames.indexOf("Voss poliklinikk"));
        user("behandler", "Ingrid Haugland", "CLINICIAN", List.of(kronstadInpatient, kronstadOutpatient));
        user("behandler2", "Lars Tveit", "CLINICIAN", List.of(vossOutpatient));
        user("koordinator", "Silje Eide", "COORDINATOR", List.of(kronstadInpatient));
        user("leder", "Per Solheim", "LEADER", List.of(kronstadInpatient, kronstadOutpatient));
        user("analytiker", "Nina Lunde", "ANALYST", List.of());
        user("admin", "Håkon Dale", "ADMIN", List.of());

        DemoFamilyData family = new DemoFamilyData(jdbc, random, today, now);
        for (int i = 0; i < properties.courses(); i++) {
            // A third of the courses in Kronstad's two units, so that the demo clinician has plenty.
            UUID unit = i % 3 == 0 ? (i % 2 == 0 ? kronstadInpatient : kronstadOutpatient)
                    : units.get(random.nextInt(units.size()));
            LocalDate birth = LocalDate.of(1958 + random.nextInt(48), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String nationalId = nationalId(birth, random);
            String pseudonym = pseudonymizer.pseudonymOf(nationalId, today);
            String label = FIRST[random.nextInt(FIRST.length)].charAt(0) + "." + LAST[random.nextInt(LAST.length)]
                    .charAt(0) + ". " + birth.getYear();
            UUID patient = UUID.randomUUID();
            jdbc.sql("""
                    insert into patient (id, trust_id, pseudonym, display_label, created_at, version)
                    values (?, ?, ?, ?, ?, 0)""")
                    .params(patient, trust, pseudonym, label, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update();
            LocalDate start = today.minusDays(random.nextInt(730));
            boolean psychosis = random.nextInt(100) < 85;
            String code = psychosis ? PSYCHOSIS_CODES[random.nextInt(PSYCHOSIS_CODES.length)]
                    : OTHER_CODES[random.nextInt(OTHER_CODES.length)];
            boolean compulsory = random.nextInt(100) < 25;
            boolean medicationFree = psychosis && !compulsory && random.nextInt(100) < 6;
            LocalDate end = null;
            long days = today.toEpochDay() - start.toEpochDay();
            if (days > 30 && random.nextInt(100) < 55) {
                end = start.plusDays(14 + random.nextInt((int) Math.min(days - 14, 300)));
            }
            UUID course = UUID.randomUUID();
            jdbc.sql("""
                    insert into treatment_course (id, patient_id, unit_id, start_date, end_date, diagnosis_code,
                        psychosis, legal_status, pathway, created_at, version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                    .params(course, patient, unit, start, end, code, psychosis,
                            compulsory ? "COMPULSORY" : "VOLUNTARY", medicationFree ? "MEDICATION_FREE" : "ORDINARY",
                            OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                    .update();
            int u = units.indexOf(unit);
            // After the unit's implementation start its practice rises: the shift a run chart should show.
            double practice = baselines.get(u) + (start.isBefore(implementationStarts.get(u)) ? 0 : 0.35);
            family.course(course, start, end, Math.min(practice, 0.95),
                    FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)]);
        }
        // The rows above were written straight into the modules' tables: compute their facts from them.
        courseFacts.rebuildWithoutLog();
        log.info("Demo data loaded: {} units, 6 users, {} courses", units.size(), properties.courses());
    }

    private void user(String username, String name, String role, List<UUID> units) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into user_account (id, username, display_name, password_hash, enabled, version)
                values (?, ?, ?, ?, true, 0)""")
                .params(id, username, name, passwords.encode(properties.password())).update();
        jdbc.sql("insert into user_role (user_id, role) values (?, ?)").params(id, role).update();
        for (UUID unit : units) {
            jdbc.sql("insert into user_unit (user_id, unit_id) values (?, ?)").params(id, unit).update();
        }
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
