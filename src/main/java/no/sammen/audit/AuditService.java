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

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
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
    private final NamedParameterJdbcTemplate batch;
    private final CurrentUserService currentUsers;
    private final AuditHashing hashing;
    private final AuditChain chain;
    private final AuditAnchors anchors;
    private final AuditLinking linking;
    private final Clock clock;

    AuditService(JdbcClient jdbc, NamedParameterJdbcTemplate batch, CurrentUserService currentUsers,
            AuditHashing hashing, AuditChain chain, AuditAnchors anchors, AuditLinking linking, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.currentUsers = currentUsers;
        this.hashing = hashing;
        this.chain = chain;
        this.anchors = anchors;
        this.linking = linking;
        this.clock = clock;
    }

    /**
     * Appends an entry in the caller's transaction: if the caller's change is rolled back, so is its
     * entry, and if the entry cannot be written, the change is not stored either. No lock is taken:
     * the entry carries its own keyed hash and is linked into the chain after the commit (ADR 0012).
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEntry record(AuditRecord record) {
        return recordAll(List.of(record)).get(0);
    }

    /** Appends several entries in the caller's transaction, in one batch: e.g. each course of a list shown. */
    @Transactional(propagation = Propagation.REQUIRED)
    public List<AuditEntry> recordAll(List<AuditRecord> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        List<Long> seqs = records.size() == 1
                ? jdbc.sql("select nextval('audit_entry_seq')").query(Long.class).list()
                : jdbc.sql("""
                        with recursive n(i) as (select 1 union all select i + 1 from n where i < :count)
                        select nextval('audit_entry_seq') from n""").param("count", records.size())
                        .query(Long.class).list();
        CurrentUser user = currentUsers.find().orElse(null);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<AuditEntry> entries = new ArrayList<>(records.size());
        List<SqlParameterSource> rows = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            AuditRecord record = records.get(i);
            AuditEntry unhashed = new AuditEntry(seqs.get(i), now, user == null ? SYSTEM : user.username(),
                    user == null ? "" : user.rolesText(), record.unitId(), record.patientKey(), record.action(),
                    record.objectType(), record.objectId(), truncate(NationalIdMasking.mask(record.details()), 1000),
                    null, null);
            AuditEntry entry = withHash(unhashed, hashing.entryMac(unhashed));
            entries.add(entry);
            rows.add(new MapSqlParameterSource()
                    .addValue("seq", entry.seq())
                    .addValue("at", OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC))
                    .addValue("actor", entry.actor())
                    .addValue("roles", entry.actorRoles())
                    .addValue("unit", entry.unitId())
                    .addValue("patient", entry.patientKey())
                    .addValue("action", entry.action().name())
                    .addValue("type", entry.objectType())
                    .addValue("object", entry.objectId())
                    .addValue("details", entry.details())
                    .addValue("hash", entry.entryHash()));
        }
        batch.batchUpdate("""
                insert into audit_entry (seq, occurred_at, actor, actor_roles, unit_id, patient_key, action,
                    object_type, object_id, details, previous_hash, entry_hash)
                values (:seq, :at, :actor, :roles, :unit, :patient, :action, :type, :object, :details, null, :hash)
                """, rows.toArray(SqlParameterSource[]::new));
        linking.linkAfterCommit();
        return entries;
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
                ? "intact, " + result.entriesChecked() + " entries checked, " + result.anchorsChecked() + " anchors"
                : result.brokenCount() + " broken, the first at seq " + result.firstBrokenSeq() + " (" + result.reason()
                        + ")"));
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
     * Verifies the chain: every entry, every link, the head, and the heads anchored outside the
     * database; names every break found (ADR 0012).
     */
    @Transactional
    public ChainVerification verify() {
        return chain.verify(anchors.read(), anchors.configured());
    }

    /**
     * Writes the chain's head outside the database now, after linking what is pending, and writes
     * that it did to the log.
     */
    @Transactional
    public long anchorNow() {
        chain.link();
        AuditChain.Head head = chain.head();
        anchors.anchor(head, true);
        record(new AuditRecord(AuditAction.ANCHOR, LOG_OBJECT_TYPE, String.valueOf(head.lastPos()), null, null,
                anchors.configured() ? "anchored to the file and the log stream" : "anchored to the log stream"));
        return head.lastPos();
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        return AuditChain.entry(rs);
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
}
