package no.sammen.testsupport;

import java.util.List;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The organisation and users that integration tests log in as, made under the test profile instead of
 * the demo data: a trust, three clinics, their units and one user of each role. No courses: a test
 * registers the courses it reads. Editing the demo data therefore breaks no test.
 *
 * <p>On PostgreSQL in CI every test context shares one database, so the organisation is made once:
 * the first context to start locks a row and the others find the users there.
 */
@Component
@Profile("test")
class TestOrganisation implements ApplicationRunner {

    static final String TRUST = "Helse Bergen HF";

    /** Clinic, then its units as name and type. */
    private static final List<List<String>> CLINICS = List.of(
            List.of("Kronstad DPS", "Kronstad sengepost:INPATIENT", "Kronstad poliklinikk:OUTPATIENT",
                    "Kronstad ambulant akutteam:AMBULATORY_ACUTE_TEAM"),
            List.of("Solli DPS", "Solli døgnenhet:INPATIENT", "Solli poliklinikk:OUTPATIENT",
                    "Solli dagrehabilitering:DAY_REHABILITATION"),
            List.of("Voss DPS", "Voss sengepost:INPATIENT", "Voss poliklinikk:OUTPATIENT"));

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final PasswordEncoder passwords;

    TestOrganisation(JdbcClient jdbc, TransactionTemplate transaction, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.passwords = passwords;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("select id from audit_chain_head where id = 1 for update").query(Integer.class).single();
            if (jdbc.sql("select count(*) from user_account where username = 'behandler'").query(Long.class)
                    .single() == 0) {
                make();
            }
        });
    }

    private void make() {
        UUID trust = UUID.randomUUID();
        jdbc.sql("insert into health_trust (id, name, version) values (?, ?, 0)").params(trust, TRUST).update();
        int phone = 10;
        for (List<String> clinic : CLINICS) {
            UUID clinicId = UUID.randomUUID();
            jdbc.sql("insert into clinic (id, trust_id, name, version) values (?, ?, ?, 0)")
                    .params(clinicId, trust, clinic.get(0)).update();
            for (String unit : clinic.subList(1, clinic.size())) {
                String[] nameAndType = unit.split(":");
                UUID unitId = UUID.randomUUID();
                jdbc.sql("""
                        insert into org_unit (id, clinic_id, name, unit_type, phone, active, version)
                        values (?, ?, ?, ?, ?, true, 0)""")
                        .params(unitId, clinicId, nameAndType[0], nameAndType[1], "55 9" + phone++ + " 00 00")
                        .update();
                staff(unitId, "Overlege", "PSYCHIATRIST", "Kari Nilsen");
                staff(unitId, "Sykepleier", "NURSE", "Ola Berg");
            }
        }
        user("behandler", "Ingrid Haugland", "CLINICIAN", "Kronstad sengepost", "Kronstad poliklinikk");
        user("behandler2", "Lars Tveit", "CLINICIAN", "Voss poliklinikk");
        user("koordinator", "Silje Eide", "COORDINATOR", "Kronstad sengepost");
        user("leder", "Per Solheim", "LEADER", "Kronstad sengepost", "Kronstad poliklinikk");
        user("analytiker", "Nina Lunde", "ANALYST");
        user("admin", "Håkon Dale", "ADMIN");
    }

    private void staff(UUID unitId, String position, String profession, String name) {
        jdbc.sql("""
                insert into staff (id, unit_id, full_name, profession, position, version)
                values (?, ?, ?, ?, ?, 0)""").params(UUID.randomUUID(), unitId, name, profession, position).update();
    }

    private void user(String username, String name, String role, String... units) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into user_account (id, username, display_name, password_hash, enabled, version)
                values (?, ?, ?, ?, true, 0)""")
                .params(id, username, name, passwords.encode(TestData.PASSWORD)).update();
        jdbc.sql("insert into user_role (user_id, role) values (?, ?)").params(id, role).update();
        for (String unit : units) {
            jdbc.sql("insert into user_unit (user_id, unit_id) values (?, ?)").params(id, TestData.unitId(jdbc, unit))
                    .update();
        }
    }
}
