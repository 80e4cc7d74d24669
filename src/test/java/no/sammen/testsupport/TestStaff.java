package no.sammen.testsupport;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A clinician of the test's own, who logs in with {@link TestData#PASSWORD} and whose account is linked
 * to a staff member of the same unit (as an administrator links them, ADR 0035), so that tests of
 * registrations that name staff never share a staff member.
 */
public record TestStaff(UUID userId, String username, UUID staffId, String fullName, UUID unitId) {

    /** A new clinician of the unit, linked to a new staff member of that profession. */
    public static TestStaff of(JdbcClient jdbc, PasswordEncoder passwords, String unitName, String profession) {
        UUID unit = TestData.unitId(jdbc, unitName);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String username = "ansatt-" + suffix;
        String fullName = "Ansatt " + suffix;
        UUID user = UUID.randomUUID();
        jdbc.sql("insert into user_account (id, username, display_name, password_hash, enabled, version) "
                + "values (?, ?, ?, ?, true, 0)").params(user, username, fullName, passwords.encode(TestData.PASSWORD))
                .update();
        jdbc.sql("insert into user_role (user_id, role) values (?, 'CLINICIAN')").param(user).update();
        jdbc.sql("insert into user_unit (user_id, unit_id) values (?, ?)").params(user, unit).update();
        UUID staff = UUID.randomUUID();
        jdbc.sql("insert into staff (id, unit_id, full_name, profession, position, user_id, version) "
                + "values (?, ?, ?, ?, 'Behandler', ?, 0)").params(staff, unit, fullName, profession, user).update();
        return new TestStaff(user, username, staff, fullName, unit);
    }

    /** A staff member of another unit, without an account. */
    public static UUID ofAnotherUnit(JdbcClient jdbc, String unitName) {
        return jdbc.sql("select id from staff where unit_id = ? order by id limit 1")
                .param(TestData.unitId(jdbc, unitName)).query(UUID.class).single();
    }
}
