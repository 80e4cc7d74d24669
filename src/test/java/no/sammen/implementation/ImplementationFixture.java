package no.sammen.implementation;

import static no.sammen.testsupport.TestData.PASSWORD;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A unit of its own under Kronstad DPS for one test, with a leader who belongs to it alone and staff: a team,
 * a plan and events never meet another test's, on a shared database too.
 */
record ImplementationFixture(UUID unit, String leader, UUID nurse, UUID psychiatrist, String suffix) {

    static ImplementationFixture create(JdbcClient jdbc, PasswordEncoder passwords) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID clinic = jdbc.sql("select id from clinic where name = 'Kronstad DPS'").query(UUID.class).single();
        UUID unit = UUID.randomUUID();
        jdbc.sql("insert into org_unit (id, clinic_id, name, unit_type, phone, active, version) "
                + "values (?, ?, ?, 'INPATIENT', '55 90 00 00', true, 0)").params(unit, clinic, "Post " + suffix)
                .update();
        String leader = "impl-" + suffix;
        UUID user = UUID.randomUUID();
        jdbc.sql("insert into user_account (id, username, display_name, password_hash, enabled, version) "
                + "values (?, ?, ?, ?, true, 0)").params(user, leader, "Leder " + suffix, passwords.encode(PASSWORD))
                .update();
        jdbc.sql("insert into user_role (user_id, role) values (?, 'LEADER')").param(user).update();
        jdbc.sql("insert into user_unit (user_id, unit_id) values (?, ?)").params(user, unit).update();
        return new ImplementationFixture(unit, leader, staff(jdbc, unit, "Nina Sykepleier " + suffix, "NURSE",
                "Sykepleier"), staff(jdbc, unit, "Olav Overlege " + suffix, "PSYCHIATRIST", "Overlege"), suffix);
    }

    static UUID staff(JdbcClient jdbc, UUID unit, String name, String profession, String position) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into staff (id, unit_id, full_name, profession, position, version) values (?, ?, ?, ?, ?, 0)")
                .params(id, unit, name, profession, position).update();
        return id;
    }
}
