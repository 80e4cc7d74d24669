package db.migration;

import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The audit log's keyed chain (ADR 0012): entries are numbered from a sequence and appended without
 * a lock; a separate, append-only table of links chains them afterwards in one order, each link keyed
 * with an HMAC. A Java migration only because the sequence must start after the entries already
 * stored, and H2 and PostgreSQL cannot both take that start value from a query in plain SQL.
 */
public class V10__audit_keyed_chain extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            long next;
            try (ResultSet rs = statement.executeQuery("select coalesce(max(seq), 0) + 1 from audit_entry")) {
                rs.next();
                next = rs.getLong(1);
            }
            // Entries written from now on carry their own keyed hash and no link to the one before.
            statement.execute("alter table audit_entry alter column previous_hash drop not null");
            statement.execute("create sequence audit_entry_seq start with " + next);
            statement.execute("""
                    create table audit_link (
                        pos          bigint      primary key,
                        entry_seq    bigint      not null unique,
                        previous_mac varchar(64) not null,
                        link_mac     varchar(64) not null
                    )""");
            statement.execute("""
                    create table audit_link_head (
                        id            integer     primary key,
                        last_pos      bigint      not null,
                        last_mac      varchar(64) not null,
                        low_water_seq bigint      not null
                    )""");
            statement.execute("insert into audit_link_head (id, last_pos, last_mac, low_water_seq) values (1, 0, '"
                    + "0".repeat(64) + "', 0)");
        }
    }
}
