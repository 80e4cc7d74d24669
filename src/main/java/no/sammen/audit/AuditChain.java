package no.sammen.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.RowCallbackHandler;
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

    /** How often a background pass looks at the whole window above the low-water mark. */
    static final Duration FULL_PASS_EVERY = Duration.ofMinutes(1);

    /** Skipped numbers remembered at most; beyond it, the next full pass finds them. */
    private static final int MAX_HOLES = 10_000;

    /** Numbers skipped by a pass, waiting for their transaction to commit: number → when first missed. */
    private final Map<Long, Long> holes = new ConcurrentHashMap<>();

    private volatile long lastFullPass = System.nanoTime() - FULL_PASS_EVERY.toNanos() - 1;

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
     * another linker that holds the head. Returns how many were linked. Always a full pass.
     */
    @Transactional
    public int link() {
        return linkUnder("select last_pos, last_mac, low_water_seq from audit_link_head where id = 1 for update", true);
    }

    /**
     * As {@link #link()}, but does nothing when another linker holds the head just now, and looks at
     * the whole window above the low-water mark only now and then ({@link #FULL_PASS_EVERY}): in between
     * it links the entries above the highest one linked, and the numbers it saw skipped before.
     */
    @Transactional
    public int linkUnlessBusy() {
        boolean full = System.nanoTime() - lastFullPass > FULL_PASS_EVERY.toNanos();
        return linkUnder(
                "select last_pos, last_mac, low_water_seq from audit_link_head where id = 1 for update skip locked",
                full);
    }

    /**
     * Entry numbers are taken when an entry is written, and transactions commit in any order: an entry
     * numbered below the highest one linked may commit later, and a number whose transaction rolled back
     * never appears. The pass that links past such a number remembers it (with when it was first seen
     * missing); later passes look those numbers up by key. The full pass catches whatever this instance
     * did not see (another instance's numbers, a restart).
     */
    private int linkUnder(String headQuery, boolean full) {
        List<Object[]> rows = jdbc.sql(headQuery)
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3)}).list();
        if (rows.isEmpty()) {
            return 0;
        }
        Chain chain = new Chain((Long) rows.get(0)[0], (String) rows.get(0)[1]);
        long lowWater = (Long) rows.get(0)[2];
        long passStarted = System.nanoTime();
        if (full) {
            // Entries below the low-water mark are all linked (or were never committed); the window above
            // it is looked at whole.
            List<Object[]> pending;
            do {
                pending = jdbc.sql("""
                        select e.seq, e.entry_hash from audit_entry e
                        where e.seq > :low and not exists (select 1 from audit_link l where l.entry_seq = e.seq)
                        order by e.seq limit :batch""")
                        .param("low", lowWater).param("batch", BATCH)
                        .query(AuditChain::pendingEntry).list();
                chain.append(pending);
            } while (pending.size() == BATCH);
            rememberHolesAbove(lowWater, passStarted);
        } else {
            if (!holes.isEmpty()) {
                List<Long> waiting = new ArrayList<>(holes.keySet());
                chain.append(jdbc.sql("""
                        select e.seq, e.entry_hash from audit_entry e
                        where e.seq in (:seqs) and not exists (select 1 from audit_link l where l.entry_seq = e.seq)
                        order by e.seq""")
                        .param("seqs", waiting)
                        .query(AuditChain::pendingEntry).list());
                chain.linkedSeqs().forEach(holes::remove);
                long givenUp = passStarted - properties.linkGrace().toNanos();
                holes.values().removeIf(firstMissed -> firstMissed < givenUp);
            }
            long highest = jdbc.sql("select coalesce(max(entry_seq), 0) from audit_link").query(Long.class).single();
            List<Object[]> pending;
            do {
                pending = jdbc.sql("""
                        select e.seq, e.entry_hash from audit_entry e where e.seq > :highest
                        order by e.seq limit :batch""")
                        .param("highest", highest).param("batch", BATCH)
                        .query(AuditChain::pendingEntry).list();
                for (Object[] entry : pending) {
                    long seq = (Long) entry[0];
                    for (long missing = highest + 1; missing < seq && holes.size() < MAX_HOLES; missing++) {
                        holes.putIfAbsent(missing, passStarted);
                    }
                    highest = seq;
                }
                chain.append(pending);
            } while (pending.size() == BATCH);
        }
        long newLowWater = lowWater;
        if (full) {
            // An entry numbered below one written longer ago than the grace is committed by now, or never
            // will be: the mark may pass it.
            Long settled = jdbc.sql("select max(seq) from audit_entry where seq > :low and occurred_at < :cutoff")
                    .param("low", lowWater)
                    .param("cutoff", OffsetDateTime.ofInstant(clock.instant().minus(properties.linkGrace()),
                            ZoneOffset.UTC))
                    .query(Long.class).optional().orElse(null);
            newLowWater = settled == null ? lowWater : settled;
            lastFullPass = passStarted;
        }
        if (chain.linked() > 0 || newLowWater != lowWater) {
            jdbc.sql("update audit_link_head set last_pos = :pos, last_mac = :mac, low_water_seq = :low where id = 1")
                    .param("pos", chain.pos).param("mac", chain.mac).param("low", newLowWater).update();
        }
        return chain.linked();
    }

    /**
     * After a full pass: every number above the low-water mark and below the highest one linked that no
     * link holds is still missing (not committed yet, or rolled back); remembered, keeping when each was
     * first missed.
     */
    private void rememberHolesAbove(long lowWater, long passStarted) {
        Map<Long, Long> missing = new HashMap<>();
        long[] expected = {lowWater + 1};
        jdbc.sql("select entry_seq from audit_link where entry_seq > :low order by entry_seq")
                .param("low", lowWater)
                .query((RowCallbackHandler) rs -> {
                    long seq = rs.getLong(1);
                    for (long n = expected[0]; n < seq && missing.size() < MAX_HOLES; n++) {
                        missing.put(n, holes.getOrDefault(n, passStarted));
                    }
                    expected[0] = seq + 1;
                });
        holes.clear();
        holes.putAll(missing);
    }

    private static Object[] pendingEntry(ResultSet rs, int row) throws SQLException {
        return new Object[] {rs.getLong(1), rs.getString(2)};
    }

    /** The chain's end while a pass appends links to it. */
    private final class Chain {

        private long pos;
        private String mac;
        private final List<Long> linkedSeqs = new ArrayList<>();

        Chain(long pos, String mac) {
            this.pos = pos;
            this.mac = mac;
        }

        void append(List<Object[]> entries) {
            List<SqlParameterSource> links = new ArrayList<>(entries.size());
            for (Object[] entry : entries) {
                pos++;
                String linkMac = hashing.linkMac(pos, (Long) entry[0], (String) entry[1], mac);
                links.add(new MapSqlParameterSource().addValue("pos", pos).addValue("seq", entry[0])
                        .addValue("prev", mac).addValue("mac", linkMac));
                mac = linkMac;
                linkedSeqs.add((Long) entry[0]);
            }
            if (!links.isEmpty()) {
                batch.batchUpdate("insert into audit_link (pos, entry_seq, previous_mac, link_mac) "
                        + "values (:pos, :seq, :prev, :mac)", links.toArray(SqlParameterSource[]::new));
            }
        }

        List<Long> linkedSeqs() {
            return linkedSeqs;
        }

        int linked() {
            return linkedSeqs.size();
        }
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
