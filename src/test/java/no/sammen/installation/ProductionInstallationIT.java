package no.sammen.installation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.security.SecureRandom;

import no.sammen.SammenApplication;
import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The README's "Installing for production", walked over real HTTP: the application starts under the
 * production profile ({@code postgres}) on an empty database, with its settings given as a server
 * would get them and no demo data. The first administrator comes from the bootstrap settings, logs
 * in through the login form, creates a health trust, a clinic, a unit and a clinician in that unit,
 * and logs out; the clinician logs in and registers a treatment course in the unit.
 *
 * <p>The database is the one the other integration tests use, but empty: on H2 an in-memory
 * database of its own; on PostgreSQL (when CI sets {@code SPRING_DATASOURCE_URL}) a throwaway schema
 * in that database, created here and dropped afterwards, selected with {@code currentSchema}.
 */
class ProductionInstallationIT {

    private static final String ADMIN = "forste-admin";
    private static final String ADMIN_PASSWORD = "et-langt-forste-passord";
    private static final String CLINICIAN = "behandler-ny";
    private static final String CLINICIAN_PASSWORD = "behandlerens-eget-passord";
    private static final String TRUST = "Helse Test HF";
    private static final String CLINIC = "Testby DPS";
    private static final String UNIT = "Testby poliklinikk";
    private static final String UUID_PATTERN = "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})";

    private static EmptyDatabase database;
    private static ConfigurableApplicationContext application;
    private static Path anchorDirectory;
    private static String base;

    @BeforeAll
    static void startOnAnEmptyDatabase() throws Exception {
        database = EmptyDatabase.create();
        anchorDirectory = Files.createTempDirectory("sammen-anchor");
        String anchorFile = anchorDirectory.resolve("audit-anchor.log").toString();
        String auditKey = secret();
        List<String> args = new ArrayList<>(List.of(
                "--spring.profiles.active=postgres",
                "--server.port=0",
                "--SAMMEN_DB_URL=" + database.url,
                "--SAMMEN_DB_USER=" + database.user,
                "--SAMMEN_DB_PASSWORD=" + database.password,
                // CI points every test at its database through SPRING_DATASOURCE_*, and the environment
                // outranks the profile's file; command-line arguments outrank the environment.
                "--spring.datasource.url=" + database.url,
                "--spring.datasource.username=" + database.user,
                "--spring.datasource.password=" + database.password,
                "--SAMMEN_PSEUDONYM_KEY=" + secret(),
                "--SAMMEN_BOOTSTRAP_ADMIN_USERNAME=" + ADMIN,
                "--SAMMEN_BOOTSTRAP_ADMIN_PASSWORD=" + ADMIN_PASSWORD,
                // The audit log's key and anchor, for a production profile that asks for them; unused
                // settings are ignored.
                "--SAMMEN_AUDIT_KEY=" + auditKey,
                "--sammen.audit.hmac-key=" + auditKey,
                "--SAMMEN_AUDIT_ANCHOR_FILE=" + anchorFile,
                "--sammen.audit.anchor.file=" + anchorFile,
                "--spring.main.banner-mode=off"));
        application = SpringApplication.run(SammenApplication.class, args.toArray(String[]::new));
        base = "http://localhost:" + application.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stopAndDropTheDatabase() throws Exception {
        try {
            if (application != null) {
                application.close();
            }
        } finally {
            if (database != null) {
                database.drop();
            }
            if (anchorDirectory != null) {
                try (var files = Files.walk(anchorDirectory)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    @Test
    void fromAnEmptyDatabaseToAClinicianWhoRegistersACourse() throws Exception {
        assertThat(application.getEnvironment().getActiveProfiles()).containsExactly("postgres");
        // Nothing but the schema and the bootstrap administrator: no demo data.
        assertThat(database.count("health_trust")).isZero();
        assertThat(database.count("clinic")).isZero();
        assertThat(database.count("org_unit")).isZero();
        assertThat(database.count("treatment_course")).isZero();
        assertThat(database.count("user_account")).isOne();

        Browser admin = new Browser();
        admin.logIn(ADMIN, ADMIN_PASSWORD);
        assertThat(admin.get("/").statusOrRedirect()).isEqualTo("redirect:/admin/users");
        String home = admin.get("/admin/users").body();
        assertThat(home).contains("href=\"/admin/organisation\"", "href=\"/admin/units\"", "href=\"/admin/users\"");

        String overview = admin.get("/admin/organisation").body();
        assertThat(overview).contains("id=\"no-trusts\"", "href=\"/admin/trusts/new\"");
        assertThat(admin.get("/admin/units").body()).contains("id=\"no-clinics\"");

        admin.submit("/admin/trusts/new", "/admin/trusts/new", Map.of("name", TRUST))
                .redirectsTo("/admin/organisation");
        overview = admin.get("/admin/organisation").body();
        String trustId = find(overview, "id=\"trust-" + UUID_PATTERN + "-name\">" + TRUST + "<");

        admin.submit("/admin/clinics/new?trustId=" + trustId, "/admin/clinics/new",
                Map.of("trustId", trustId, "name", CLINIC)).redirectsTo("/admin/organisation");
        overview = admin.get("/admin/organisation").body();
        String clinicId = find(overview, "id=\"clinic-" + UUID_PATTERN + "\">\\s*<th scope=\"row\">" + CLINIC + "<");

        String unitForm = admin.get("/admin/units/new?clinicId=" + clinicId).body();
        assertThat(unitForm).contains("value=\"" + clinicId + "\" selected=\"selected\">" + CLINIC + " (" + TRUST + ")");
        admin.submit("/admin/units/new?clinicId=" + clinicId, "/admin/units/new", Map.of(
                "clinicId", clinicId, "name", UNIT, "type", "OUTPATIENT", "phone", "", "active", "true",
                "_active", "on")).redirectsTo("/admin/units");
        String unitId = find(admin.get("/admin/units").body(),
                "href=\"/admin/units/" + UUID_PATTERN + "/edit\"[^>]*aria-label=\"[^\"]*" + UNIT + "\"");

        String userForm = admin.get("/admin/users/new").body();
        assertThat(userForm).contains("value=\"" + unitId + "\"", UNIT);
        admin.submit("/admin/users/new", "/admin/users/new", Map.of(
                "username", CLINICIAN, "displayName", "Nina Behandler", "password", CLINICIAN_PASSWORD,
                "roles", "CLINICIAN", "unitIds", unitId)).redirectsTo("/admin/users");
        admin.logOut("/admin/users");
        assertThat(admin.get("/admin/organisation").statusOrRedirect()).isEqualTo("redirect:/login");

        Browser clinician = new Browser();
        clinician.logIn(CLINICIAN, CLINICIAN_PASSWORD);
        String courseForm = clinician.get("/courses/new").body();
        assertThat(courseForm).contains("value=\"" + unitId + "\"", UNIT);
        String label = "N.T. 1971";
        Response registered = clinician.submit("/courses/new", "/courses", Map.of(
                "nationalId", TestData.nationalId(), "displayLabel", label, "unitId", unitId,
                "startDate", LocalDate.now(ZoneId.of("Europe/Oslo")).minusDays(1).toString(),
                "diagnosisCode", "F20.0", "legalStatus", "VOLUNTARY", "pathway", "ORDINARY"));
        String courseId = find(registered.location(), "/courses/" + UUID_PATTERN + "$");
        String coursePage = clinician.get("/courses/" + courseId).body();
        assertThat(coursePage).contains(label, UNIT);
        assertThat(clinician.get("/admin/organisation").status).isEqualTo(403);

        assertThat(database.count("health_trust")).isOne();
        assertThat(database.count("clinic")).isOne();
        assertThat(database.count("org_unit")).isOne();
        assertThat(database.count("user_account")).isEqualTo(2);
        assertThat(database.count("treatment_course")).isOne();
        assertThat(database.auditedObjectTypes()).contains("user_account", "health_trust", "clinic", "org_unit",
                "treatment_course");
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("%s in the page", regex).isTrue();
        return m.group(1);
    }

    private static String secret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    record Response(int status, Map<String, List<String>> headers, String body) {

        String location() {
            return headers.getOrDefault("location", List.of("")).get(0).replaceFirst("^https?://[^/]+", "");
        }

        Response redirectsTo(String path) {
            assertThat(status).as("status of a form post; body: %s", body).isEqualTo(302);
            assertThat(location()).isEqualTo(path);
            return this;
        }

        String statusOrRedirect() {
            return status == 302 ? "redirect:" + location() : Integer.toString(status);
        }
    }

    /**
     * A user's browser: keeps its own cookies (whatever their Secure flag, since this runs on plain
     * HTTP on the loopback), follows no redirects, and posts forms with the CSRF token of the page
     * they are on.
     */
    static final class Browser {

        private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        private final Map<String, String> cookies = new LinkedHashMap<>();

        Response get(String path) throws IOException, InterruptedException {
            return send(request(path).GET().build());
        }

        /** Opens {@code page}, fills in the form that posts to {@code action}, and sends it. */
        Response submit(String page, String action, Map<String, String> fields) throws IOException, InterruptedException {
            Response form = get(page);
            assertThat(form.status()).as("GET %s", page).isEqualTo(200);
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("_csrf", csrfToken(form.body(), action));
            StringBuilder body = new StringBuilder();
            all.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(encode(k)).append('=').append(encode(v)));
            return send(request(action).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
        }

        void logIn(String username, String password) throws IOException, InterruptedException {
            Response answer = submit("/login", "/login", Map.of("username", username, "password", password));
            assertThat(answer.status()).isEqualTo(302);
            assertThat(answer.location()).as("after logging in as %s", username).isEqualTo("/");
        }

        /** Logs out with the button in the header of {@code page}. */
        void logOut(String page) throws IOException, InterruptedException {
            submit(page, "/logout", Map.of()).redirectsTo("/login?logout");
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
            if (!cookies.isEmpty()) {
                List<String> pairs = new ArrayList<>();
                cookies.forEach((k, v) -> pairs.add(k + "=" + v));
                builder.header("Cookie", String.join("; ", pairs));
            }
            return builder;
        }

        private Response send(HttpRequest request) throws IOException, InterruptedException {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            for (String setCookie : response.headers().allValues("set-cookie")) {
                String pair = setCookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq).strip();
                String value = pair.substring(eq + 1).strip();
                if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return new Response(response.statusCode(), response.headers().map(), response.body());
        }

        private static String csrfToken(String page, String action) {
            Matcher form = Pattern.compile("<form[^>]*action=\"" + Pattern.quote(action) + "\"[^>]*>(.*?)</form>",
                    Pattern.DOTALL).matcher(page);
            assertThat(form.find()).as("a form posting to %s", action).isTrue();
            Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.group(1));
            assertThat(token.find()).as("the CSRF token of the form posting to %s", action).isTrue();
            return token.group(1);
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }

    /** An empty database of the kind the other integration tests use, and a way to look into it. */
    static final class EmptyDatabase {

        final String url;
        final String user;
        final String password;
        private final String adminUrl;
        private final String schema;

        private EmptyDatabase(String url, String user, String password, String adminUrl, String schema) {
            this.url = url;
            this.user = user;
            this.password = password;
            this.adminUrl = adminUrl;
            this.schema = schema;
        }

        static EmptyDatabase create() throws SQLException {
            String configured = firstSet(System.getProperty("spring.datasource.url"),
                    System.getenv("SPRING_DATASOURCE_URL"));
            String user = firstSet(System.getProperty("spring.datasource.username"),
                    System.getenv("SPRING_DATASOURCE_USERNAME"));
            String password = firstSet(System.getProperty("spring.datasource.password"),
                    System.getenv("SPRING_DATASOURCE_PASSWORD"));
            if (configured == null || configured.startsWith("jdbc:h2:")) {
                String url = "jdbc:h2:mem:sammen-install-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
                return new EmptyDatabase(url, "sa", "", url, null);
            }
            if (!configured.startsWith("jdbc:postgresql:")) {
                throw new IllegalStateException("Neither H2 nor PostgreSQL: " + configured.replaceAll("\\?.*", ""));
            }
            String schema = "sammen_install_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try (Connection c = DriverManager.getConnection(configured, user, password);
                    Statement s = c.createStatement()) {
                s.execute("create schema " + schema);
            }
            String url = configured + (configured.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            return new EmptyDatabase(url, user == null ? "" : user, password == null ? "" : password, configured,
                    schema);
        }

        long count(String table) throws SQLException {
            try (Connection c = DriverManager.getConnection(url, user, password);
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        }

        List<String> auditedObjectTypes() throws SQLException {
            List<String> types = new ArrayList<>();
            try (Connection c = DriverManager.getConnection(url, user, password);
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select distinct object_type from audit_entry")) {
                while (rs.next()) {
                    types.add(rs.getString(1));
                }
            }
            return types;
        }

        void drop() throws SQLException {
            try (Connection c = DriverManager.getConnection(adminUrl, user, password);
                    Statement s = c.createStatement()) {
                s.execute(schema == null ? "shutdown" : "drop schema " + schema + " cascade");
            }
        }

        private static String firstSet(String... values) {
            for (String value : values) {
                if (value != null && !value.isBlank()) {
                    return value;
                }
            }
            return null;
        }
    }
}
