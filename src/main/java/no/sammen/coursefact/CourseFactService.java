package no.sammen.coursefact;

import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import no.sammen.audit.AuditAction;
import no.sammen.audit.AuditRecord;
import no.sammen.audit.AuditService;

import no.sammen.shared.ReadInTransaction;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ClassUtils;

/**
 * Keeps {@code course_fact} and reads it. The facts the contributors declare must be exactly the
 * columns of the table (checked at start-up, naming the fact or column at fault), so that a fact a
 * module forgot to declare, or declared twice, stops the application rather than counting wrong.
 */
@Service
public class CourseFactService {

    static final String TABLE = "course_fact";
    /** The cells whose facts changed since the indicators' settled counts were computed (ADR 0033). */
    static final String CHANGES = "course_fact_change";
    /** The facts that place a course in a cell: its unit, and the months (and days) of its start and end. */
    private static final Set<String> CELL_FACTS = Set.of("unit_id", CourseFact.START, "start_month", "end_date",
            "end_month");
    /**
     * Appends the cells of one course's row as it is now: (unit, start month) and, when ended, (unit, end month).
     * Insert-only, so that registrations share no lock here.
     */
    private static final String LOG_CELLS = "insert into " + CHANGES + " (unit_id, placed, cell_month, month_first)\n"
            + "select unit_id, 'START', start_month, start_date - cast(extract(day from start_date) as integer) + 1\n"
            + "from " + TABLE + " where course_id = :courseId and unit_id is not null and start_month is not null\n"
            + "union all\n"
            + "select unit_id, 'END', end_month, end_date - cast(extract(day from end_date) as integer) + 1\n"
            + "from " + TABLE + " where course_id = :courseId and unit_id is not null and end_month is not null";

    private final JdbcClient jdbc;
    private final AuditService audit;
    private final Map<String, CourseFact> facts;
    private final String courses;
    private final String assignments;
    /** Per contributor's class, the update of its own facts of one course. */
    private final Map<Class<?>, String> updates = new HashMap<>();
    /** Per contributor's class, the update of the days of the course of the day facts it keeps (all, for the start). */
    private final Map<Class<?>, String> dayUpdates = new HashMap<>();
    /** Every day fact's day of the course, as assignments from the facts themselves. */
    private final String days;
    private final String columns;
    private final List<String> dayColumnNames;
    /** The contributors that keep a fact placing the course in a cell: their refresh may move its cells. */
    private final Set<Class<?>> movingCells = new java.util.HashSet<>();
    private final ApplicationEventPublisher events;

    CourseFactService(JdbcClient jdbc, AuditService audit, List<CourseFactContributor> contributors,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        Map<String, CourseFact> declared = new LinkedHashMap<>();
        List<String> sources = new ArrayList<>();
        for (CourseFactContributor contributor : contributors) {
            for (CourseFact fact : contributor.facts()) {
                if (declared.putIfAbsent(fact.name(), fact) != null) {
                    throw new IllegalStateException("Course fact " + fact.name() + " is declared twice (again by "
                            + contributor.getClass().getSimpleName() + ")");
                }
            }
            contributor.courses().ifPresent(sources::add);
            if (contributor.facts().stream().anyMatch(f -> CELL_FACTS.contains(f.name()))) {
                movingCells.add(ClassUtils.getUserClass(contributor));
            }
            updates.put(ClassUtils.getUserClass(contributor), "update " + TABLE + " set\n    "
                    + contributor.facts().stream().map(f -> f.name() + " = " + f.expression())
                            .collect(Collectors.joining(",\n    ")) + "\nwhere course_id = :courseId");
        }
        for (CourseFactContributor contributor : contributors) {
            boolean keepsStart = contributor.facts().stream().anyMatch(f -> f.name().equals(CourseFact.START));
            String assignments = dayAssignments(keepsStart ? declared.values() : contributor.facts());
            if (!assignments.isEmpty()) {
                dayUpdates.put(ClassUtils.getUserClass(contributor),
                        "update " + TABLE + " set\n    " + assignments + "\nwhere course_id = :courseId");
            }
        }
        if (!declared.containsKey(CourseFact.START) || declared.get(CourseFact.START).type() != CourseFact.Type.DATE) {
            throw new IllegalStateException("No contributor declares the day fact " + CourseFact.START);
        }
        if (!declared.keySet().containsAll(CELL_FACTS)) {
            throw new IllegalStateException("The course facts must include " + new TreeSet<>(CELL_FACTS)
                    + ", which place a course in the indicators' cells");
        }
        if (sources.size() != 1) {
            throw new IllegalStateException("Exactly one course fact contributor must give the courses; "
                    + sources.size() + " do");
        }
        Set<String> table = columns(jdbc);
        table.remove("course_id");
        Set<String> expected = new TreeSet<>(declared.keySet());
        expected.addAll(dayColumns(declared.values()));
        Set<String> undeclared = new TreeSet<>(table);
        undeclared.removeAll(expected);
        Set<String> unknown = new TreeSet<>(expected);
        unknown.removeAll(table);
        if (!undeclared.isEmpty() || !unknown.isEmpty()) {
            throw new IllegalStateException("The course facts declared do not match the columns of " + TABLE
                    + ": no contributor declares " + undeclared + "; no column for " + unknown);
        }
        this.courses = sources.get(0);
        this.facts = java.util.Collections.unmodifiableMap(declared);
        this.assignments = declared.values().stream().map(f -> f.name() + " = " + f.expression())
                .collect(Collectors.joining(",\n    "));
        this.days = dayAssignments(declared.values());
        this.dayColumnNames = dayColumns(declared.values());
        List<String> all = new ArrayList<>(declared.keySet());
        all.addAll(dayColumns(declared.values()));
        this.columns = String.join(", ", all);
    }

    /** The day facts but the start: those with a day of the course beside them. */
    private static List<String> dayFacts(Collection<CourseFact> facts) {
        return facts.stream().filter(f -> f.type() == CourseFact.Type.DATE && !f.name().equals(CourseFact.START))
                .map(CourseFact::name).toList();
    }

    private static List<String> dayColumns(Collection<CourseFact> facts) {
        return dayFacts(facts).stream().map(CourseFact::dayOfCourse).toList();
    }

    /** Sets each day fact's day of the course from the row's own day and start (after they are set). */
    private static String dayAssignments(Collection<CourseFact> facts) {
        return dayFacts(facts).stream()
                .map(f -> CourseFact.dayOfCourse(f) + " = " + f + " - " + CourseFact.START)
                .collect(Collectors.joining(",\n    "));
    }

    private static Set<String> columns(JdbcClient jdbc) {
        return jdbc.sql("select * from " + TABLE + " where 1 = 0").query(rs -> {
            ResultSetMetaData meta = rs.getMetaData();
            Set<String> names = new TreeSet<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                names.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
            }
            return names;
        });
    }

    /** The facts every contributor declares, by name. */
    public Map<String, CourseFact> declared() {
        return facts;
    }

    /**
     * Computes the facts one contributor keeps of one course again from the registrations, in the
     * caller's transaction: a registration that changes a fact calls this before it commits, so facts
     * and registrations are never seen apart. A course without a row yet gets one with every fact.
     */
    @Transactional
    public void refresh(UUID courseId, Class<? extends CourseFactContributor> contributor) {
        String update = updates.get(contributor);
        if (update == null) {
            throw new IllegalArgumentException(contributor + " is not a course fact contributor");
        }
        forget(courseId);
        // The cells before the change; after it too, when the contributor may move the course to others.
        logCells(courseId);
        if (jdbc.sql(update).param("courseId", courseId).update() == 0) {
            refresh(courseId);
            return;
        }
        if (movingCells.contains(contributor)) {
            logCells(courseId);
        }
        String dayUpdate = dayUpdates.get(contributor);
        if (dayUpdate != null) {
            jdbc.sql(dayUpdate).param("courseId", courseId).update();
        }
    }

    /** {@link #refresh(UUID, Class)} of every contributor's facts: for a course whose row may be missing. */
    @Transactional
    public void refresh(UUID courseId) {
        String update = "update " + TABLE + " set\n    " + assignments + "\nwhere course_id = :courseId";
        forget(courseId);
        logCells(courseId);
        if (jdbc.sql(update).param("courseId", courseId).update() == 0) {
            jdbc.sql("insert into " + TABLE + " (course_id) values (:courseId)").param("courseId", courseId).update();
            jdbc.sql(update).param("courseId", courseId).update();
        }
        logCells(courseId);
        jdbc.sql("update " + TABLE + " set\n    " + days + "\nwhere course_id = :courseId").param("courseId", courseId)
                .update();
    }

    /**
     * Throws every fact away and computes them all again from the registrations, in one transaction:
     * readers see either the old facts or the new. Logged as a change by the acting user.
     *
     * @return the number of courses
     */
    @Transactional
    public int rebuild() {
        int count = rebuildWithoutLog();
        audit.record(new AuditRecord(AuditAction.UPDATE, TABLE, "all", null, null, "rebuilt " + count + " courses"));
        return count;
    }

    /** {@link #rebuild} without an audit entry: for loading data where there is no acting user. */
    @Transactional
    public int rebuildWithoutLog() {
        forget(null);
        // Every count kept from the facts is thrown away with them (in this transaction, by the listeners).
        jdbc.sql("delete from " + CHANGES).update();
        events.publishEvent(new CourseFactsRebuilt());
        jdbc.sql("delete from " + TABLE).update();
        // Each row written once, whole: the expressions read the course id from the alias course_fact.
        int count = jdbc.sql("insert into " + TABLE + " (course_id, " + String.join(", ", facts.keySet())
                + ")\nselect course_fact.course_id, "
                + facts.values().stream().map(CourseFact::expression).collect(Collectors.joining(",\n    "))
                + "\nfrom (" + courses + ") course_fact").update();
        jdbc.sql("update " + TABLE + " set\n    " + days).update();
        return count;
    }

    /**
     * Appends the course's cells as its row now places it (none without a row): called before a change of its
     * facts and, when the change may move it, after it, in the same transaction (ADR 0033).
     */
    private void logCells(UUID courseId) {
        jdbc.sql(LOG_CELLS).param("courseId", courseId).update();
    }

    /** The number of changed cells not yet taken into the indicators' settled counts: for operators. */
    @Transactional(readOnly = true)
    public long pendingChanges() {
        return jdbc.sql("select count(*) from " + CHANGES).query(Long.class).single();
    }

    /** Every course's facts as they are kept. */
    @Transactional(readOnly = true)
    public Map<UUID, CourseFactRow> kept() {
        return read("select course_id, " + columns + " from " + TABLE, Map.of());
    }

    /**
     * The facts of one course; empty when it has no row (a course saved before facts were kept, until a rebuild).
     * Inside one transaction a course's facts are read once, until they are refreshed: the course page's sections
     * each ask.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<CourseFactRow> of(UUID courseId) {
        return readInTransaction.get(courseId, id -> java.util.Optional.ofNullable(read("select course_id, " + columns
                + " from " + TABLE + " where course_id = :courseId", Map.of("courseId", id)).get(id)));
    }

    /** The facts read in the current transaction, by course. */
    private final ReadInTransaction<UUID, java.util.Optional<CourseFactRow>> readInTransaction =
            new ReadInTransaction<>();

    /** After a change of facts in this transaction, they are read again: one course's, or every course's (null). */
    private void forget(UUID courseId) {
        if (courseId == null) {
            readInTransaction.forgetAll();
        } else {
            readInTransaction.forget(courseId);
        }
    }

    /** The facts of the courses still going (no end date) in these units, in one query. */
    @Transactional(readOnly = true)
    public Map<UUID, CourseFactRow> activeInUnits(Collection<UUID> unitIds) {
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        return read("select course_id, " + columns + " from " + TABLE
                + " where unit_id in (:units) and end_date is null", Map.of("units", unitIds));
    }

    private Map<UUID, CourseFactRow> read(String sql, Map<String, ?> params) {
        Map<UUID, CourseFactRow> rows = new HashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            Map<String, Object> values = new HashMap<>();
            for (CourseFact fact : facts.values()) {
                values.put(fact.name(), switch (fact.type()) {
                    case DATE -> rs.getObject(fact.name(), java.time.LocalDate.class);
                    case FLAG -> rs.getBoolean(fact.name());
                    case TEXT -> rs.getString(fact.name());
                    case ID -> rs.getObject(fact.name(), UUID.class);
                    case MONTH -> (Integer) rs.getObject(fact.name());
                });
            }
            for (String day : dayColumnNames) {
                values.put(day, rs.getObject(day, Integer.class));
            }
            UUID id = rs.getObject("course_id", UUID.class);
            rows.put(id, new CourseFactRow(id, values));
        });
        return rows;
    }
}
