package no.sammen.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import no.sammen.security.CurrentUser;
import no.sammen.security.CurrentUserService;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;
import no.sammen.shared.NationalIdMasking;
import no.sammen.shared.PageOf;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Appends to, lists and verifies the audit log. There is deliberately no way to change an entry. */
@Service
public class AuditService {

    private static final String SYSTEM = "system";
    /** The object type of entries about the log itself. */
    public static final String LOG_OBJECT_TYPE = "audit_log";
    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 200;
    private static final Pattern PSEUDONYM = Pattern.compile("[0-9a-f]{64}");

    private final JdbcClient jdbc;
    private final CurrentUserService currentUsers;
    private final Clock clock;

    AuditService(JdbcClient jdbc, CurrentUserService currentUsers, Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /**
     * Appends an entry in the caller's transaction: if the caller's change is rolled back, so is its
     * entry, and if the entry cannot be written, the change is not stored either.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEntry record(AuditRecord record) {
        var head = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1 for update")
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        long seq = (Long) head[0] + 1;
        String previousHash = (String) head[1];
        CurrentUser user = currentUsers.find().orElse(null);
        AuditEntry unhashed = new AuditEntry(seq, clock.instant().truncatedTo(ChronoUnit.MICROS),
                user == null ? SYSTEM : user.username(), user == null ? "" : user.rolesText(), record.unitId(),
                record.patientKey(), record.action(), record.objectType(), record.objectId(),
                truncate(NationalIdMasking.mask(record.details()), 1000), previousHash, null);
        AuditEntry entry = withHash(unhashed, AuditHashing.hash(unhashed));
        jdbc.sql("""
                insert into audit_entry (seq, occurred_at, actor, actor_roles, unit_id, patient_key, action,
                    object_type, object_id, details, previous_hash, entry_hash)
                values (:seq, :at, :actor, :roles, :unit, :patient, :action, :type, :object, :details, :prev, :hash)
                """)
                .param("seq", entry.seq())
                .param("at", OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC))
                .param("actor", entry.actor())
                .param("roles", entry.actorRoles())
                .param("unit", entry.unitId())
                .param("patient", entry.patientKey())
                .param("action", entry.action().name())
                .param("type", entry.objectType())
                .param("object", entry.objectId())
                .param("details", entry.details())
                .param("prev", entry.previousHash())
                .param("hash", entry.entryHash())
                .update();
        jdbc.sql("update audit_chain_head set last_seq = :seq, last_hash = :hash where id = 1")
                .param("seq", seq).param("hash", entry.entryHash()).update();
        return entry;
    }

    /**
     * A page of the log for an administrator, newest first; looking at the log is itself written to
     * it, with the filters, and with the patient key when the search was for one patient.
     */
    @Transactional
    public PageOf<AuditEntry> review(AuditFilter filter, int page, int size) {
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw new InvalidInputException(FieldProblem.of("to", "audit.log.filter.toBeforeFrom"));
        }
        PageOf<AuditEntry> result = search(filter, Math.max(page, 0),
                size <= 0 ? DEFAULT_PAGE_SIZE : Math.min(size, MAX_PAGE_SIZE));
        String patientKey = filter.patientKey() == null ? null
                : filter.patientKey().strip().toLowerCase(Locale.ROOT);
        record(new AuditRecord(AuditAction.LIST, LOG_OBJECT_TYPE, null, null,
                patientKey != null && PSEUDONYM.matcher(patientKey).matches() ? patientKey : null,
                describe(filter, page)));
        return result;
    }

    /** Verifies the chain and writes the check and its result to the log. */
    @Transactional
    public ChainVerification verifyAndRecord() {
        ChainVerification result = verify();
        record(new AuditRecord(AuditAction.VERIFY, LOG_OBJECT_TYPE, null, null, null, result.intact()
                ? "intact, " + result.entriesChecked() + " entries checked"
                : "broken at seq " + result.firstBrokenSeq() + " (" + result.reason() + ")"));
        return result;
    }

    /** The object types that occur in the log, for the filter. */
    @Transactional(readOnly = true)
    public List<String> objectTypes() {
        return jdbc.sql("select distinct object_type from audit_entry order by object_type").query(String.class)
                .list();
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public PageOf<AuditEntry> search(AuditFilter filter, int page, int size) {
        List<String> where = new ArrayList<>();
        var params = new java.util.HashMap<String, Object>();
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.add("actor = :actor");
            params.put("actor", filter.actor().strip());
        }
        if (filter.patientKey() != null && !filter.patientKey().isBlank()) {
            where.add("patient_key = :patient");
            params.put("patient", filter.patientKey().strip().toLowerCase(Locale.ROOT));
        }
        if (filter.action() != null) {
            where.add("action = :action");
            params.put("action", filter.action().name());
        }
        if (filter.objectType() != null && !filter.objectType().isBlank()) {
            where.add("object_type = :type");
            params.put("type", filter.objectType().strip());
        }
        if (filter.from() != null) {
            where.add("occurred_at >= :from");
            params.put("from", filter.from().atStartOfDay(clock.getZone()).toOffsetDateTime());
        }
        if (filter.upToSeq() != null) {
            where.add("seq <= :upTo");
            params.put("upTo", filter.upToSeq());
        }
        if (filter.to() != null) {
            where.add("occurred_at < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime());
        }
        String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        long total = jdbc.sql("select count(*) from audit_entry" + condition).params(params).query(Long.class)
                .single();
        List<AuditEntry> items = jdbc.sql("select * from audit_entry" + condition
                        + " order by seq desc limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query(AuditService::map).list();
        return new PageOf<>(items, page, size, total);
    }

    /**
     * Walks the chain in order and names the first entry whose stored hash, link to the entry before
     * it, or sequence number does not hold. The head is read first and only entries up to it are
     * walked, so that entries appended meanwhile are not taken for a break.
     */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        var head = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1")
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        long lastSeq = (Long) head[0];
        var state = new Object() {
            long checked;
            long expectedSeq = 1;
            String previousHash = AuditHashing.GENESIS;
            Long broken;
            String reason;
        };
        jdbc.sql("select * from audit_entry where seq <= :last order by seq").param("last", lastSeq).query(rs -> {
            if (state.broken != null) {
                return;
            }
            AuditEntry entry = map(rs, 0);
            state.checked++;
            if (entry.seq() != state.expectedSeq) {
                state.broken = state.expectedSeq;
                state.reason = "missing";
            } else if (!entry.previousHash().equals(state.previousHash)) {
                state.broken = entry.seq();
                state.reason = "link";
            } else if (!AuditHashing.hash(entry).equals(entry.entryHash())) {
                state.broken = entry.seq();
                state.reason = "hash";
            }
            state.expectedSeq = entry.seq() + 1;
            state.previousHash = entry.entryHash();
        });
        if (state.broken == null && state.expectedSeq - 1 != lastSeq) {
            state.broken = state.expectedSeq;
            state.reason = "missing";
        } else if (state.broken == null && !head[1].equals(state.previousHash)) {
            state.broken = lastSeq;
            state.reason = "link";
        }
        return new ChainVerification(state.broken == null, state.checked, state.broken, state.reason);
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        OffsetDateTime at = rs.getObject("occurred_at", OffsetDateTime.class);
        String unit = rs.getString("unit_id");
        return new AuditEntry(rs.getLong("seq"), at.toInstant(), rs.getString("actor"), rs.getString("actor_roles"),
                unit == null ? null : UUID.fromString(unit), rs.getString("patient_key"),
                AuditAction.valueOf(rs.getString("action")), rs.getString("object_type"), rs.getString("object_id"),
                rs.getString("details"), rs.getString("previous_hash"), rs.getString("entry_hash"));
    }

    private static String describe(AuditFilter filter, int page) {
        List<String> parts = new ArrayList<>();
        addIfSet(parts, "actor", filter.actor());
        addIfSet(parts, "patient", filter.patientKey());
        addIfSet(parts, "action", filter.action() == null ? null : filter.action().name());
        addIfSet(parts, "objectType", filter.objectType());
        addIfSet(parts, "from", filter.from() == null ? null : filter.from().toString());
        addIfSet(parts, "to", filter.to() == null ? null : filter.to().toString());
        return (parts.isEmpty() ? "no filter" : "filter: " + String.join(", ", parts)) + "; page " + page;
    }

    private static void addIfSet(List<String> parts, String name, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(name + "=" + value.strip());
        }
    }

    private static AuditEntry withHash(AuditEntry e, String hash) {
        return new AuditEntry(e.seq(), e.occurredAt(), e.actor(), e.actorRoles(), e.unitId(), e.patientKey(),
                e.action(), e.objectType(), e.objectId(), e.details(), e.previousHash(), hash);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    static Instant instant(OffsetDateTime t) {
        return t.toInstant();
    }
}
