package no.sammen.benchmark;

import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.sammen.SammenApplication;

import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A unit at shift change: many users at once against the real application over HTTP on the loopback
 * interface, on H2 or PostgreSQL. Run with {@code ./mvnw -B -q -Pload verify [-Dload.db=postgres]}.
 *
 * <ol>
 * <li>Starts the application with its demo data on a throwaway database and adds {@code load.activeCourses}
 * (2,500) active courses to one unit, so that its worklist is a big one.</li>
 * <li>Pages: {@code load.clients} (16) clients, each logged in through the login form with a session of
 * its own, for {@code load.seconds} (60) seconds: the course list, a course page, the unit worklist, and a
 * network member added through the form (a write) in about one request of ten.</li>
 * <li>API: as many clients for as long, each with a bearer token from {@code POST /api/v1/tokens}
 * (HTTP Basic on every call where the installation has no tokens): a course read, and a network member
 * added (a write) in about one request of ten.</li>
 * <li>The big unit's worklist alone, one client: the page (50 items) and the API answer with all open items.</li>
 * </ol>
 * Prints, per kind of request, the count, the throughput, p50, p99 and the maximum, and the errors
 * (any answer other than 2xx or a redirect, or no answer). Stops by itself; sends nothing anywhere but
 * the loopback interface.
 */
public final class LoadBenchmark {

    private static final String PASSWORD = "sammen-demo-2026";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String db = System.getProperty("load.db", "h2").trim().toLowerCase(Locale.ROOT);
        int clients = Integer.getInteger("load.clients", 16);
        int seconds = Integer.getInteger("load.seconds", 60);
        int activeCourses = Integer.getInteger("load.activeCourses", 2500);
        IndicatorBenchmark.Database database = switch (db) {
            case "h2" -> IndicatorBenchmark.Database.h2();
            case "postgres", "postgresql" -> IndicatorBenchmark.Database.postgres(
                    System.getProperty("load.postgres.url", "jdbc:postgresql://127.0.0.1:5432/postgres"),
                    System.getProperty("load.postgres.user", "postgres"),
                    System.getProperty("load.postgres.password", ""), false);
            default -> throw new IllegalArgumentException("load.db must be h2 or postgres, not " + db);
        };
        boolean ok;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SammenApplication.class)
                .profiles("benchmark")
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run("--spring.datasource.url=" + database.url, "--spring.datasource.username=" + database.user,
                        "--spring.datasource.password=" + database.password, "--sammen.demo.enabled=true")) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            String base = "http://127.0.0.1:" + port;
            JdbcClient jdbc = JdbcClient.create(context.getBean(JdbcTemplate.class));
            UUID unit = jdbc.sql("select id from org_unit where name = 'Kronstad sengepost'").query(UUID.class)
                    .single();
            long generated = addActiveCourses(jdbc, unit, activeCourses);
            // Written straight into the tables: compute their facts as a registration would have.
            context.getBean(no.sammen.coursefact.CourseFactService.class).rebuildWithoutLog();
            // Courses marked "no relatives or network" rightly refuse a new member: not among those written to.
            List<UUID> courses = jdbc.sql("""
                    select id from treatment_course where unit_id = ? and end_date is null
                    and id not in (select course_id from family_course where no_network = true)""")
                    .param(unit).query(UUID.class).list();
            print("Sammen load benchmark on %s, %d clients for %d s per phase, against %s", database.description,
                    clients, seconds, base);
            print("data: %d active courses in Kronstad sengepost (%d added), the demo data besides", courses.size(),
                    generated);
            printLoad();

            Results pages = run(clients, seconds, base, courses, (client, b) -> login(client, b, "behandler"),
                    LoadBenchmark::pageClient);
            pages.print("pages");
            Results api = run(clients, seconds, base, courses,
                    (client, b) -> bearerOrBasic(client, b, "koordinator"), LoadBenchmark::apiClient);
            api.print("API");
            Results worklist = run(1, Math.min(seconds, 20), base, List.of(unit), (client, b) -> login(client, b,
                    "behandler"), (client, b, c, csrf, deadline, r) -> {
                String auth = basic("behandler");
                while (System.nanoTime() < deadline) {
                    r.time("GET /worklist?unit= (page of 50, " + courses.size() + " active courses)", () -> client.send(
                            get(b + "/worklist?unit=" + c.get(0)), HttpResponse.BodyHandlers.discarding()));
                    r.time("GET /api/v1/worklist?unitId= (all open items)", () -> client.send(
                            HttpRequest.newBuilder(URI.create(b + "/api/v1/worklist?unitId=" + c.get(0)))
                                    .header("Authorization", auth).GET().build(),
                            HttpResponse.BodyHandlers.discarding()));
                }
            });
            worklist.print("one unit's worklist, one client");
            printLoad();
            ok = pages.errors() == 0 && api.errors() == 0 && worklist.errors() == 0;
            print(ok ? "errors: none" : "errors: some requests failed (above)");
        } finally {
            database.drop();
        }
        System.exit(ok ? 0 : 1);
    }

    /** How a client signs in before the clock starts: the credential its work then uses. */
    interface SignIn {
        String signIn(HttpClient client, String base) throws Exception;
    }

    /** One client's work until the deadline, with the credential it signed in with. */
    interface Client {
        void work(HttpClient client, String base, List<UUID> courses, String credential, long deadline,
                Results results) throws Exception;
    }

    /**
     * Every client signs in first (a password check each, BCrypt, about 0.1 s of processor time); the
     * clock starts when all have, so the figures are of the steady work and not of 16 password checks at
     * once. How long the sign-ins took is printed beside them.
     */
    private static Results run(int clients, int seconds, String base, List<UUID> courses, SignIn signIn,
            Client work) throws Exception {
        Results results = new Results(seconds);
        ExecutorService executor = Executors.newFixedThreadPool(clients);
        CountDownLatch signedIn = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        AtomicLong deadline = new AtomicLong();
        long signInStarted = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            running.add(executor.submit(() -> {
                HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
                String credential;
                try {
                    credential = signIn.signIn(client, base);
                } finally {
                    signedIn.countDown();
                }
                go.await();
                work.work(client, base, courses, credential, deadline.get(), results);
                return null;
            }));
        }
        signedIn.await();
        results.signedIn(clients, (System.nanoTime() - signInStarted) / 1_000_000);
        deadline.set(System.nanoTime() + Duration.ofSeconds(seconds).toNanos());
        go.countDown();
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (java.util.concurrent.ExecutionException e) {
                results.failure("client stopped: " + e.getCause());
            }
        }
        executor.shutdownNow();
        return results;
    }

    /** A clinician in the browser: logs in with the form, then lists, opens, looks at the worklist, writes. */
    private static void pageClient(HttpClient client, String base, List<UUID> courses, String csrf, long deadline,
            Results r) throws Exception {
        Random random = new Random(Thread.currentThread().getId());
        while (System.nanoTime() < deadline) {
            UUID course = courses.get(random.nextInt(courses.size()));
            int pick = random.nextInt(10);
            if (pick < 3) {
                r.time("GET /courses (list page)", () -> client.send(get(base + "/courses"),
                        HttpResponse.BodyHandlers.discarding()));
            } else if (pick < 7) {
                r.time("GET /courses/{id} (course page)", () -> client.send(get(base + "/courses/" + course),
                        HttpResponse.BodyHandlers.discarding()));
            } else if (pick < 9) {
                r.time("GET /worklist (unit worklist page)", () -> client.send(get(base + "/worklist?page="
                        + random.nextInt(5)), HttpResponse.BodyHandlers.discarding()));
            } else {
                String form = "relation=FRIEND&name=" + enc("Venn " + random.nextInt(1000)) + "&contact=&_csrf="
                        + enc(csrf);
                r.time("POST /courses/{id}/network/members (form write)", () -> client.send(HttpRequest.newBuilder(
                                URI.create(base + "/courses/" + course + "/network/members"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                        HttpResponse.BodyHandlers.discarding()));
            }
        }
    }

    /** A script: one token, then course reads and now and then a write. */
    private static void apiClient(HttpClient client, String base, List<UUID> courses, String auth, long deadline,
            Results r) throws Exception {
        Random random = new Random(Thread.currentThread().getId() * 31);
        while (System.nanoTime() < deadline) {
            UUID course = courses.get(random.nextInt(courses.size()));
            if (random.nextInt(10) < 9) {
                r.time("GET /api/v1/courses/{id} (course read)", () -> client.send(HttpRequest.newBuilder(
                        URI.create(base + "/api/v1/courses/" + course)).header("Authorization", auth)
                        .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.discarding()));
            } else {
                String json = "{\"relation\":\"NEIGHBOUR\",\"name\":\"Nabo " + random.nextInt(1000)
                        + "\",\"contact\":\"\",\"closestRelative\":false}";
                r.time("POST /api/v1/courses/{id}/network/members (write)", () -> client.send(HttpRequest.newBuilder(
                                URI.create(base + "/api/v1/courses/" + course + "/network/members"))
                        .header("Authorization", auth).header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                        HttpResponse.BodyHandlers.discarding()));
            }
        }
    }

    private static String login(HttpClient client, String base, String username) throws Exception {
        String page = client.send(get(base + "/login"), HttpResponse.BodyHandlers.ofString()).body();
        String form = "username=" + username + "&password=" + PASSWORD + "&_csrf=" + enc(csrf(page));
        HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error") || location.contains("locked")) {
            throw new IllegalStateException("login as " + username + " failed: " + answer.statusCode() + " " + location);
        }
        return csrf(client.send(get(base + "/courses"), HttpResponse.BodyHandlers.ofString()).body());
    }

    private static String bearerOrBasic(HttpClient client, String base, String username) throws Exception {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
                .header("Authorization", basic(username)).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = TOKEN.matcher(answer.body());
        if (answer.statusCode() == 201 && token.find()) {
            return "Bearer " + token.group(1);
        }
        print("note: no bearer token (%d); the API clients use HTTP Basic on every call", answer.statusCode());
        return basic(username);
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token in the page");
        }
        return m.group(1);
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).GET().build();
    }

    private static String basic(String username) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((username + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /**
     * Adds active courses with pseudonymous patients to one unit, some with a contact with relatives
     * and a conversation, as a busy unit has them. Returns how many were added.
     */
    private static long addActiveCourses(JdbcClient jdbc, UUID unit, int count) {
        UUID trust = jdbc.sql("""
                select c.trust_id from org_unit u join clinic c on c.id = u.clinic_id where u.id = ?""")
                .param(unit).query(UUID.class).single();
        Random random = new Random(2026);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        LocalDate today = LocalDate.now();
        List<Object[]> patients = new ArrayList<>();
        List<Object[]> courses = new ArrayList<>();
        List<Object[]> contacts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID patient = UUID.randomUUID();
            UUID course = UUID.randomUUID();
            byte[] pseudonym = new byte[32];
            random.nextBytes(pseudonym);
            LocalDate start = today.minusDays(random.nextInt(120));
            patients.add(new Object[] {patient, trust, HexFormat.of().formatHex(pseudonym), "L.B. " + (1950 + i % 50),
                now});
            courses.add(new Object[] {course, patient, unit, start, "F20.0", true, "VOLUNTARY", "ORDINARY", now});
            if (random.nextInt(3) > 0) {
                contacts.add(new Object[] {UUID.randomUUID(), course,
                    start.plusDays(random.nextInt(6)).atTime(10, 0).atOffset(ZoneOffset.UTC), "PHONE", now});
            }
        }
        jdbcBatch(jdbc, "insert into patient (id, trust_id, pseudonym, display_label, created_at, version) "
                + "values (?, ?, ?, ?, ?, 0)", patients);
        jdbcBatch(jdbc, "insert into treatment_course (id, patient_id, unit_id, start_date, diagnosis_code, psychosis, "
                + "legal_status, pathway, created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", courses);
        jdbcBatch(jdbc, "insert into relative_contact (id, course_id, contacted_at, channel, staff_name, created_at, "
                + "version) values (?, ?, ?, ?, 'Lasttest', ?, 0)", contacts);
        return count;
    }

    private static void jdbcBatch(JdbcClient jdbc, String sql, List<Object[]> rows) {
        for (Object[] row : rows) {
            jdbc.sql(sql).params(row).update();
        }
    }

    /** Other work on the machine skews the figures; say how busy it was. */
    private static void printLoad() {
        print("system load average (1 min): %.2f on %d processors",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    private static void print(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
        System.out.flush();
    }

    /** The latencies of each kind of request, and the failures. */
    static final class Results {

        interface Call {
            HttpResponse<?> send() throws Exception;
        }

        private final int seconds;
        private final Map<String, List<Long>> micros = new ConcurrentHashMap<>();
        private final List<String> failures = new CopyOnWriteArrayList<>();
        private final AtomicLong errors = new AtomicLong();

        Results(int seconds) {
            this.seconds = seconds;
        }

        void time(String kind, Call call) {
            long started = System.nanoTime();
            try {
                HttpResponse<?> answer = call.send();
                int status = answer.statusCode();
                if (status >= 400) {
                    failure(kind + " answered " + status);
                }
            } catch (Exception e) {
                failure(kind + " failed: " + e);
            } finally {
                micros.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>()))
                        .add((System.nanoTime() - started) / 1000);
            }
        }

        private long clients;
        private long signInMillis;

        void signedIn(int clients, long millis) {
            this.clients = clients;
            this.signInMillis = millis;
        }

        void failure(String what) {
            errors.incrementAndGet();
            if (failures.size() < 10) {
                failures.add(what);
            }
        }

        long errors() {
            return errors.get();
        }

        void print(String phase) {
            long total = micros.values().stream().mapToLong(List::size).sum();
            LoadBenchmark.print("%n== %s: %d requests in %d s, %.1f requests/s, %d errors", phase, total, seconds,
                    total / (double) seconds, errors.get());
            LoadBenchmark.print("(before the clock: %d clients signed in at once in %d ms)", clients, signInMillis);
            LoadBenchmark.print("%-58s %8s %9s %9s %9s %9s", "request", "count", "req/s", "p50 ms", "p99 ms", "max ms");
            List<Long> all = new ArrayList<>();
            micros.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                List<Long> sorted = new ArrayList<>(e.getValue());
                Collections.sort(sorted);
                all.addAll(sorted);
                LoadBenchmark.print("%-58s %8d %9.1f %9.1f %9.1f %9.1f", e.getKey(), sorted.size(),
                        sorted.size() / (double) seconds, percentile(sorted, 50), percentile(sorted, 99),
                        sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1000.0);
            });
            Collections.sort(all);
            LoadBenchmark.print("%-58s %8d %9.1f %9.1f %9.1f %9.1f", "all", all.size(), all.size() / (double) seconds,
                    percentile(all, 50), percentile(all, 99), all.isEmpty() ? 0 : all.get(all.size() - 1) / 1000.0);
            failures.forEach(f -> LoadBenchmark.print("  error: %s", f));
        }

        private static double percentile(List<Long> sorted, int p) {
            if (sorted.isEmpty()) {
                return 0;
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1000.0;
        }
    }
}
