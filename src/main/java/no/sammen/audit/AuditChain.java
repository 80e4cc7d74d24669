package no.sammen.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links committed entries into one keyed chain, after they were written (ADR 0012), and walks the
 * chain to verify it. Only this class writes links or moves the head, always under the head's row
 * lock; the clinical work that writes entries never takes that lock.
 */
@Component
class AuditChain {

    /** Entries linked in one statement batch. */
    private static final int BATCH = 2000;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final AuditHashing hashing;
    private final AuditProperties properties;
    private final Clock clock;

    AuditChain(JdbcClient jdbc, NamedParameterJdbcTemplate batch, AuditHashing hashing, AuditProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.hashing = hashing;
        this.properties = properties;
        this.clock = clock;
    }

    /** The chain's end: how many links, and the last link's MAC. */
    record Head(long lastPos, String lastMac) {
    }

    /**
     * Links every committed entry that no link holds yet, in the order of their numbers, waiting for
     * another linker that holds the head. Returns how many were linked.
     */
    @Transactional
    public int link() {
        return linkUnder("select last_pos, last_mac, low_water_seq from audit_link_head where id = 1 for update");
    }

    /** As {@link #link()}, but does nothing when another linker holds the head just now. */
    @Transactional
    public int linkUnlessBusy() {
        return linkUnder(
                "select last_pos, last_mac, low_water_seq from audit_link_head where id = 1 for update skip locked");
    }

    private int linkUnder(String headQuery) {
        List<Object[]> rows = jdbc.sql(headQuery)
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3)}).list();
        if (rows.isEmpty()) {
            return 0;
        }
        long pos = (Long) rows.get(0)[0];
        String mac = (String) rows.get(0)[1];
        long lowWater = (Long) rows.get(0)[2];
        int linked = 0;
        List<Object[]> pending;
        do {
            // Entries below the low-water mark are all linked (or were never committed); only the
            // few above it are looked at.
            pending = jdbc.sql("""
                    select e.seq, e.entry_hash from audit_entry e
                    where e.seq > :low and not exists (select 1 from audit_link l where l.entry_seq = e.seq)
                    order by e.seq limit :batch""")
                    .param("low", lowWater).param("batch", BATCH)
                    .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)}).list();
            List<SqlParameterSource> links = new ArrayList<>(pending.size());
            for (Object[] entry : pending) {
                pos++;
                String linkMac = hashing.linkMac(pos, (Long) entry[0], (String) entry[1], mac);
                links.add(new MapSqlParameterSource().addValue("pos", pos).addValue("seq", entry[0])
                        .addValue("prev", mac).addValue("mac", linkMac));
                mac = linkMac;
            }
            if (!links.isEmpty()) {
                batch.batchUpdate("insert into audit_link (pos, entry_seq, previous_mac, link_mac) "
                        + "values (:pos, :seq, :prev, :mac)", links.toArray(SqlParameterSource[]::new));
                linked += links.size();
            }
        } while (pending.size() == BATCH);
        // An entry numbered below one written longer ago than the grace is committed by now, or never
        // will be: the mark may pass it.
        Long settled = jdbc.sql("select max(seq) from audit_entry where seq > :low and occurred_at < :cutoff")
                .param("low", lowWater)
                .param("cutoff", OffsetDateTime.ofInstant(clock.instant().minus(properties.linkGrace()), ZoneOffset.UTC))
                .query(Long.class).optional().orElse(null);
        long newLowWater = settled == null ? lowWater : settled;
        if (linked > 0 || newLowWater != lowWater) {
            jdbc.sql("update audit_link_head set last_pos = :pos, last_mac = :mac, low_water_seq = :low where id = 1")
                    .param("pos", pos).param("mac", mac).param("low", newLowWater).update();
        }
        return linked;
    }

    /** The chain's end as committed now. */
    @Transactional(readOnly = true)
    public Head head() {
        return jdbc.sql("select last_pos, last_mac from audit_link_head where id = 1")
                .query((rs, i) -> new Head(rs.getLong(1), rs.getString(2))).single();
    }

    /**
     * Walks the chain from the start to the head: every link must follow the one before it at the
     * next position with a MAC that holds, and every entry it holds must exist with the hash it was
     * written with. Then every entry older than the grace must be held by a link, and every anchor
     * must be a link of the chain. Links the pending entries first, so a verification right after a
     * change covers it.
     */
    @Transactional
    public ChainVerification verify(List<AuditAnchors.Anchor> anchors, boolean anchored) {
        link();
        Head head = head();
        var state = new Object() {
            long checked;
            long expectedPos = 1;
            String previousMac = AuditHashing.GENESIS;
            final List<ChainVerification.Broken> broken = new ArrayList<>();
            long brokenCount;
            final java.util.Map<Long, String> macAt = new java.util.HashMap<>();

            void report(Long seq, Long pos, String reason) {
                brokenCount++;
                if (broken.size() < ChainVerification.MAX_NAMED) {
                    broken.add(new ChainVerification.Broken(seq, pos, reason));
                }
            }
        };
        java.util.Set<Long> anchorPositions = new java.util.HashSet<>();
        anchors.forEach(a -> anchorPositions.add(a.pos()));
        jdbc.sql("""
                select l.pos, l.entry_seq, l.previous_mac, l.link_mac, e.seq as seq, e.occurred_at, e.actor,
                    e.actor_roles, e.unit_id, e.patient_key, e.action, e.object_type, e.object_id, e.details,
                    e.previous_hash, e.entry_hash
                from audit_link l left join audit_entry e on e.seq = l.entry_seq
                where l.pos <= :last order by l.pos""").param("last", head.lastPos()).query(rs -> {
            long pos = rs.getLong("pos");
            long seq = rs.getLong("entry_seq");
            String storedHash = rs.getString("entry_hash");
            String linkMac = rs.getString("link_mac");
            state.checked++;
            if (pos != state.expectedPos || !rs.getString("previous_mac").equals(state.previousMac)
                    || !hashing.linkMac(pos, seq, storedHash == null ? "" : storedHash, state.previousMac)
                            .equals(linkMac)) {
                if (storedHash == null) {
                    state.report(seq, pos, "missing");
                } else {
                    state.report(seq, pos, "link");
                }
            } else if (storedHash == null) {
                state.report(seq, pos, "missing");
            } else if (!hashing.expectedHash(entry(rs)).equals(storedHash)) {
                state.report(seq, pos, "hash");
            }
            if (anchorPositions.contains(pos)) {
                state.macAt.put(pos, linkMac);
            }
            state.expectedPos = pos + 1;
            state.previousMac = linkMac;
        });
        if (state.expectedPos - 1 != head.lastPos() || !state.previousMac.equals(head.lastMac())) {
            state.report(null, head.lastPos(), "head");
        }
        Long lastAnchor = null;
        for (AuditAnchors.Anchor anchor : anchors) {
            lastAnchor = lastAnchor == null ? anchor.pos() : Math.max(lastAnchor, anchor.pos());
            if (anchor.pos() > head.lastPos()) {
                state.report(null, anchor.pos(), "truncated");
            } else if (anchor.pos() > 0 && !anchor.mac().equals(state.macAt.get(anchor.pos()))) {
                state.report(null, anchor.pos(), "anchor");
            }
        }
        jdbc.sql("""
                select e.seq from audit_entry e
                where e.occurred_at < :cutoff and not exists (select 1 from audit_link l where l.entry_seq = e.seq)
                order by e.seq""")
                .param("cutoff", OffsetDateTime.ofInstant(clock.instant().minus(properties.linkGrace()), ZoneOffset.UTC))
                .query(Long.class).list()
                .forEach(seq -> state.report(seq, null, "unlinked"));
        ChainVerification.Broken first = state.broken.isEmpty() ? null : state.broken.get(0);
        return new ChainVerification(state.brokenCount == 0, state.checked, first == null ? null : first.seq(),
                first == null ? null : first.reason(), state.broken, state.brokenCount, anchored, anchors.size(),
                lastAnchor);
    }

    static AuditEntry entry(ResultSet rs) throws SQLException {
        OffsetDateTime at = rs.getObject("occurred_at", OffsetDateTime.class);
        String unit = rs.getString("unit_id");
        return new AuditEntry(rs.getLong("seq"), at.toInstant(), rs.getString("actor"), rs.getString("actor_roles"),
                unit == null ? null : UUID.fromString(unit), rs.getString("patient_key"),
                AuditAction.valueOf(rs.getString("action")), rs.getString("object_type"), rs.getString("object_id"),
                rs.getString("details"), rs.getString("previous_hash"), rs.getString("entry_hash"));
    }
}
