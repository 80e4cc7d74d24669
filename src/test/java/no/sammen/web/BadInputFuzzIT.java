package no.sammen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.PropertyDescriptor;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A seeded random walk over every API operation of the OpenAPI document and every page the MVC handler
 * mappings know, over real HTTP, as a user of every role (and as nobody), with values good and bad
 * (blank, huge, negative, overflowing, dates far out of range, invalid UUIDs, unicode, nulls in arrays,
 * JSON of the wrong type, invalid UTF-8 percent-encodings, very long strings, national ids) and odd
 * Accept and Content-Type headers. It fails on any 5xx, and on any answer carrying the national id of a
 * fixture patient, printing each failing request with the seed that reproduces it.
 *
 * <p>Override with {@code -Dsammen.fuzz.seed=…} and {@code -Dsammen.fuzz.requests=…}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class BadInputFuzzIT {

    static final long SEED = Long.getLong("sammen.fuzz.seed", 20261130L);
    static final int REQUESTS = Integer.getInteger("sammen.fuzz.requests", 2000);
    /** A bound on the walk's time, so that a slow machine makes it shorter rather than endless. */
    static final Duration TIME_LIMIT = Duration.ofSeconds(Long.getLong("sammen.fuzz.seconds", 90));

    /**
     * Whether a national id sent in a request and echoed in an error answer fails the walk, rather than
     * being listed; a fixture patient's national id in any answer always fails it.
     */
    static final boolean FAIL_ON_ECHO = Boolean.parseBoolean(System.getProperty("sammen.fuzz.failOnEcho", "true"));

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    /** Raw percent-encodings that are not UTF-8, sent as they are. */
    static final List<String> RAW_ENCODINGS = List.of("%FF", "%C0%AF", "%E2%82", "a%FEb", "%ED%A0%80");

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    Random random;
    /** The share of values that are bad in the request being built. */
    double mutationRate;
    BadInputFixtures fixtures;
    String sentNationalId;
    final Map<String, Session> sessions = new LinkedHashMap<>();

    /** What a value must be: a kind, the values of an enum, the fields of an object, the item of a list. */
    record Shape(String kind, List<String> values, Map<String, Shape> fields, Shape item) {

        static Shape of(String kind) {
            return new Shape(kind, List.of(), Map.of(), null);
        }
    }

    record Endpoint(String method, String path, Map<String, Shape> pathParams, Map<String, Shape> queryParams,
            Shape body, boolean api) {
    }

    record Session(String role, HttpClient client, String csrf, String basic) {
    }

    record Sent(int index, String role, String method, String url, Map<String, String> headers, String body) {

        @Override
        public String toString() {
            return "#" + index + " as " + role + ": " + method + " " + url + " " + headers
                    + (body == null ? "" : " body=" + abbreviate(body));
        }
    }

    @Test
    void noRequestGetsAServerErrorOrAnAnswerWithANationalId() throws Exception {
        random = new Random(SEED);
        fixtures = BadInputFixtures.create(mvc, jdbc, 3);
        sentNationalId = TestData.nationalId();
        for (String role : BadInputFixtures.ROLES) {
            sessions.put(role, login(role));
        }
        sessions.put("ANONYMOUS", new Session("ANONYMOUS", client(), null, null));

        List<Endpoint> endpoints = new ArrayList<>(apiEndpoints());
        int api = endpoints.size();
        endpoints.addAll(pageEndpoints());
        assertThat(api).as("API operations in the OpenAPI document").isGreaterThan(20);
        assertThat(endpoints.size() - api).as("pages in the handler mappings").isGreaterThan(30);

        List<String> failures = new ArrayList<>();
        List<String> echoes = new ArrayList<>();
        Map<String, Long> times = new LinkedHashMap<>();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        long started = System.nanoTime();
        int sent = 0;
        for (int i = 0; i < REQUESTS && System.nanoTime() - started < TIME_LIMIT.toNanos(); i++) {
            Endpoint endpoint = endpoints.get(random.nextInt(endpoints.size()));
            Session session = session();
            Sent request = request(i, endpoint, session);
            HttpResponse<String> response;
            long sentAt = System.nanoTime();
            try {
                response = send(session, request);
            } catch (java.io.IOException e) {
                failures.add("no answer (" + e + ") to " + request);
                continue;
            }
            sent++;
            statuses.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() >= 500) {
                failures.add(response.statusCode() + " for " + request + "\n    " + abbreviate(response.body()));
            }
            for (String nationalId : fixtures.nationalIds) {
                if (response.body() != null && response.body().contains(nationalId)) {
                    failures.add("a fixture patient's national id in the answer to " + request);
                }
            }
            if (response.body() != null && response.body().contains(sentNationalId)
                    && response.statusCode() >= 400) {
                (FAIL_ON_ECHO ? failures : echoes).add("the national id sent came back in an error answer to "
                        + request);
            }
            times.merge(endpoint.method() + " " + endpoint.path(), System.nanoTime() - sentAt, Long::sum);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Bad-input fuzzing: seed %d, %d requests over %d endpoints (%d API) in %.1f s; "
                + "statuses %s%n", SEED, sent, endpoints.size(), api, seconds, statuses);
        times.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                .forEach(e -> System.out.printf("  %6.1f s  %s%n", e.getValue() / 1e9, e.getKey()));
        echoes.forEach(e -> System.out.println("  echo: " + e));
        assertThat(failures).as("requests that failed (rerun with -Dsammen.fuzz.seed=%d)", SEED).isEmpty();
    }

    @Test
    void aParameterThatIsNotUtf8IsABadRequestLoggedWithoutAStackTrace(CapturedOutput output) throws Exception {
        fixtures = BadInputFixtures.create(mvc, jdbc, 1);
        Session clinician = login("CLINICIAN");
        String nationalId = TestData.nationalId();
        for (String url : List.of("/courses?q=" + nationalId + "%FF", "/worklist?page=%C0%AF",
                "/api/v1/courses?q=%FF" + nationalId)) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(url));
            if (url.startsWith("/api/")) {
                request.header("Authorization", clinician.basic());
            }
            HttpResponse<String> response = clinician.client().send(request.build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(url).isEqualTo(400);
            assertThat(response.body()).doesNotContain(nationalId);
        }
        assertThat(output.getAll()).doesNotContain("InvalidParameterException").doesNotContain(" ERROR ")
                .doesNotContain(nationalId);
    }

    @Test
    void aNulCharacterInAParameterOrAJsonTextIsABadRequestThatStoresNothing() throws Exception {
        // PostgreSQL refuses a NUL in any text: let through, a search or a write carrying one ends in a
        // server error there (H2 would store it).
        fixtures = BadInputFixtures.create(mvc, jdbc, 1);
        Session clinician = login("CLINICIAN");
        UUID course = fixtures.courseIds.get(0);
        Map<String, Long> before = BadInputFixtures.rowCounts(jdbc);
        for (String url : List.of("/courses?q=%00", "/courses?q=Kari%00Nordmann&status=ENDED",
                "/api/v1/courses?q=%00")) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(url));
            if (url.startsWith("/api/")) {
                request.header("Authorization", clinician.basic());
            }
            HttpResponse<String> response = clinician.client().send(request.build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(url).isEqualTo(400);
        }
        HttpResponse<String> form = clinician.client().send(HttpRequest.newBuilder(
                        uri("/courses/" + course + "/network/members"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("relation=MOTHER&name=Kari%00&_csrf="
                        + encodeForUrl(clinician.csrf()))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).as("form post").isEqualTo(400);
        HttpResponse<String> json = clinician.client().send(HttpRequest.newBuilder(
                        uri("/api/v1/courses/" + course + "/network/members"))
                .header("Authorization", clinician.basic()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"relation\": \"MOTHER\", \"name\": \"Kari\\u0000\", \"closestRelative\": false}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(json.statusCode()).as("JSON").isEqualTo(400);
        assertThat(json.body()).contains("\"name\"");
        assertThat(BadInputFixtures.rowCounts(jdbc)).isEqualTo(before);
    }

    // ---- the endpoints ---------------------------------------------------------------------------------

    List<Endpoint> apiEndpoints() throws Exception {
        HttpResponse<String> docs = client().send(HttpRequest.newBuilder(uri("/v3/api-docs"))
                .header("Authorization", sessionBasic("ADMIN")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode root = JSON.readTree(docs.body());
        JsonNode schemas = root.path("components").path("schemas");
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                Map<String, Shape> pathParams = new LinkedHashMap<>();
                Map<String, Shape> queryParams = new LinkedHashMap<>();
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    Shape shape = shape(parameter.path("schema"), schemas, 0);
                    ("path".equals(parameter.path("in").asString()) ? pathParams : queryParams)
                            .put(parameter.path("name").asString(), shape);
                }
                JsonNode content = operation.getValue().path("requestBody").path("content");
                Shape body = null;
                if (!content.isMissingNode() && content.properties().iterator().hasNext()) {
                    body = shape(content.properties().iterator().next().getValue().path("schema"), schemas, 0);
                }
                endpoints.add(new Endpoint(operation.getKey().toUpperCase(), path.getKey(), pathParams, queryParams,
                        body, true));
            }
        }
        return endpoints;
    }

    static Shape shape(JsonNode schema, JsonNode schemas, int depth) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().replaceFirst(".*/", "");
            return depth > 3 ? Shape.of("string") : shape(schemas.path(name), schemas, depth + 1);
        }
        if (schema.has("enum")) {
            List<String> values = new ArrayList<>();
            schema.get("enum").forEach(v -> values.add(v.asString()));
            return new Shape("enum", values, Map.of(), null);
        }
        String type = schema.path("type").asString("object");
        String format = schema.path("format").asString("");
        return switch (type) {
            case "array" -> new Shape("array", List.of(), Map.of(), shape(schema.path("items"), schemas, depth + 1));
            case "object" -> {
                Map<String, Shape> fields = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                    fields.put(property.getKey(), shape(property.getValue(), schemas, depth + 1));
                }
                yield new Shape("object", List.of(), fields, null);
            }
            case "integer" -> Shape.of("int64".equals(format) ? "long" : "int");
            case "number" -> Shape.of("number");
            case "boolean" -> Shape.of("boolean");
            default -> Shape.of(switch (format) {
                case "uuid" -> "uuid";
                case "date" -> "date";
                case "date-time" -> "datetime";
                default -> "string";
            });
        };
    }

    List<Endpoint> pageEndpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            if (AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), RestController.class)) {
                continue;
            }
            Map<String, Shape> pathParams = new LinkedHashMap<>();
            Map<String, Shape> queryParams = new LinkedHashMap<>();
            for (MethodParameter parameter : handler.getMethodParameters()) {
                Class<?> type = parameter.getParameterType();
                PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
                RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                if (path != null) {
                    pathParams.put(name(path.name(), parameter), shape(ResolvableType.forMethodParameter(parameter)));
                } else if (param != null) {
                    queryParams.put(name(param.name(), parameter), shape(ResolvableType.forMethodParameter(parameter)));
                } else if (type.getName().startsWith("no.sammen.") && !type.isEnum()
                        && !parameter.hasParameterAnnotation(RequestBody.class)) {
                    for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
                        if (property.getWriteMethod() != null) {
                            queryParams.put(property.getName(),
                                    shape(ResolvableType.forMethodParameter(property.getWriteMethod(), 0)));
                        }
                    }
                }
            }
            for (String pattern : entry.getKey().getPatternValues()) {
                if (pattern.startsWith("/logout") || pattern.startsWith("/login") || pattern.startsWith("/v3/")
                        || pattern.startsWith("/swagger")) {
                    continue;
                }
                var methods = entry.getKey().getMethodsCondition().getMethods();
                for (RequestMethod method : methods.isEmpty() ? List.of(RequestMethod.GET) : methods) {
                    endpoints.add(new Endpoint(method.name(), pattern, pathParams, queryParams, null, false));
                }
            }
        }
        return endpoints;
    }

    static String name(String declared, MethodParameter parameter) {
        return declared.isEmpty() ? parameter.getParameterName() : declared;
    }

    static Shape shape(ResolvableType type) {
        Class<?> raw = type.resolve(Object.class);
        if (Collection.class.isAssignableFrom(raw)) {
            return new Shape("array", List.of(), Map.of(), shape(type.asCollection().getGeneric(0)));
        }
        if (raw.isEnum()) {
            List<String> values = new ArrayList<>();
            for (Object constant : raw.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
            return new Shape("enum", values, Map.of(), null);
        }
        return Shape.of(switch (raw.getSimpleName()) {
            case "UUID" -> "uuid";
            case "int", "Integer", "short", "Short" -> "int";
            case "long", "Long" -> "long";
            case "double", "Double", "float", "Float", "BigDecimal" -> "number";
            case "boolean", "Boolean" -> "boolean";
            case "LocalDate" -> "date";
            case "LocalDateTime" -> "datetime";
            case "LocalTime" -> "time";
            default -> "string";
        });
    }

    // ---- one request -----------------------------------------------------------------------------------

    Session session() {
        int pick = random.nextInt(20);
        if (pick == 0) {
            return sessions.get("ANONYMOUS");
        }
        // Clinicians most often: most of the application is theirs.
        String role = pick < 8 ? "CLINICIAN" : BadInputFixtures.ROLES.get(random.nextInt(BadInputFixtures.ROLES.size()));
        return sessions.get(role);
    }

    Sent request(int index, Endpoint endpoint, Session session) {
        // Some requests entirely valid (so that writes get through and the paths behind them are walked),
        // others with a few or many bad values.
        mutationRate = pick(List.of(0.0, 0.0, 0.05, 0.15, 0.45));
        String path = endpoint.path();
        for (Map.Entry<String, Shape> variable : endpoint.pathParams().entrySet()) {
            path = path.replace("{" + variable.getKey() + "}", encodeForUrl(pathValue(variable.getKey(),
                    variable.getValue())));
        }
        path = path.replaceAll("\\{[^}]+}", fixtures.courseIds.get(0).toString());
        Map<String, String> headers = new LinkedHashMap<>();
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, Shape> parameter : endpoint.queryParams().entrySet()) {
            if (random.nextDouble() < 0.1 + mutationRate / 2) {
                continue;
            }
            for (String value : formValues(parameter.getValue())) {
                query.append(query.isEmpty() ? "" : "&").append(parameter.getKey()).append('=')
                        .append(encodeForUrl(value));
            }
        }
        String body = null;
        boolean form = !endpoint.api() && !"GET".equals(endpoint.method());
        if (form) {
            body = query.toString();
            if (session.csrf() != null && random.nextInt(20) != 0) {
                body = (body.isEmpty() ? "" : body + "&") + "_csrf=" + encodeForUrl(session.csrf());
            }
            query.setLength(0);
            headers.put("Content-Type", pick(List.of("application/x-www-form-urlencoded",
                    "application/x-www-form-urlencoded", "application/x-www-form-urlencoded", "text/plain",
                    "application/json")));
            headers.put("Accept", pick(List.of("text/html", "text/html,*/*;q=0.8", "*/*", "application/json")));
            if (random.nextInt(4) == 0) {
                headers.put("HX-Request", "true");
            }
        } else if (endpoint.api()) {
            if (endpoint.body() != null) {
                body = random.nextInt(25) == 0
                        ? pick(List.of("", "{", "[]", "null", "\"x\"", "{\"a\":", "1e999999", "[null]"))
                        : JSON.writeValueAsString(jsonValue(endpoint.body(), 0));
                headers.put("Content-Type", pick(List.of("application/json", "application/json", "application/json",
                        "application/json", "application/json; charset=UTF-8", "text/plain", "application/xml",
                        "application/json; charset=ISO-8859-1", "application/x-www-form-urlencoded", "garbage")));
            }
            headers.put("Accept", pick(List.of("application/json", "application/json", "application/json", "*/*",
                    "application/problem+json", "application/xml", "text/html", "text/csv",
                    "application/fhir+json", "no/such;;type", "")));
        } else {
            headers.put("Accept", pick(List.of("text/html", "text/html", "text/html", "*/*", "application/json",
                    "application/xml")));
            if (random.nextInt(4) == 0) {
                headers.put("HX-Request", "true");
            }
        }
        if (random.nextInt(8) == 0) {
            headers.put("Accept-Language", pick(List.of("en", "nn", "nb", "xx", "de;q=0.5,en;q=0.1", "*")));
        }
        String url = path + (query.isEmpty() ? "" : "?" + query);
        return new Sent(index, session.role(), endpoint.method(), url, headers, body);
    }

    HttpResponse<String> send(Session session, Sent sent) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(sent.url())).timeout(Duration.ofSeconds(30));
        sent.headers().forEach((name, value) -> {
            if (!value.isEmpty()) {
                builder.header(name, value);
            }
        });
        if (session.basic() != null && sent.url().startsWith("/api/")) {
            builder.header("Authorization", session.basic());
        }
        builder.method(sent.method(), sent.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(sent.body()));
        return session.client().send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    String pathValue(String name, Shape shape) {
        int pick = random.nextInt(10);
        if (shape.kind().equals("uuid") && pick < 7) {
            List<UUID> ids = name.toLowerCase().contains("member") ? fixtures.memberIds : fixtures.courseIds;
            return ids.get(random.nextInt(ids.size())).toString();
        }
        if (shape.kind().equals("string") && pick < 5) {
            return pick(List.of("K1", "K2", "K3", "K4a", "K4b", "K5a", "K7", "K9", "K2-PATIENT", "K2_PATIENT"));
        }
        return stringValue(shape);
    }

    /** The values of one form or query parameter: one, or for a list none, some or a blank one. */
    List<String> formValues(Shape shape) {
        if (shape.kind().equals("array")) {
            List<String> values = new ArrayList<>();
            int count = random.nextInt(4);
            for (int i = 0; i < count; i++) {
                values.add(random.nextDouble() < mutationRate / 2 ? "" : stringValue(shape.item()));
            }
            return values;
        }
        return List.of(stringValue(shape));
    }

    String stringValue(Shape shape) {
        if (shape == null) {
            return mutation();
        }
        if (random.nextDouble() < mutationRate) {
            return mutation();
        }
        return switch (shape.kind()) {
            case "uuid" -> random.nextBoolean() ? fixtures.memberIds.get(random.nextInt(fixtures.memberIds.size()))
                    .toString() : random.nextBoolean() ? fixtures.unitId.toString() : UUID.randomUUID().toString();
            case "int" -> String.valueOf(random.nextInt(40) - 3);
            case "long" -> String.valueOf(random.nextInt(1000));
            case "number" -> String.valueOf(random.nextDouble() * 10);
            case "boolean" -> String.valueOf(random.nextBoolean());
            case "date" -> LocalDate.now().minusDays(random.nextInt(800) - 100).toString();
            case "datetime" -> LocalDateTime.now().minusMinutes(random.nextInt(100000)).withNano(0).toString();
            case "time" -> LocalTime.of(random.nextInt(24), random.nextInt(60)).toString();
            case "enum" -> shape.values().isEmpty() ? "X" : pick(shape.values());
            default -> pick(List.of("Kari Nordmann", "K.N. 1980", "2025-10", "2025-Q3", "2025", "K1", "abc",
                    "F20.0", "MONTH", "UNIT", "Ola"));
        };
    }

    String mutation() {
        return pick(List.of("", " ", "   ", "-1", "0", "-2147483648", "2147483647", "2147483648", "42949673",
                "-2147483649", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
                "99999999999999999999999", "1e309", "-0", "NaN", "Infinity", "0x1F", "1.5",
                "+999999999-12-31", "-999999999-01-01", "0000-00-00", "2026-02-30", "9999-12-31", "0001-01-01",
                "10000-01-01", "+10000-01-01T00:00", "2026-13-01", "2026-10-01T25:61", "24:00", "99:99",
                "not-a-uuid", "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-fffffffffffff",
                "x".repeat(5000), "æøå ÆØÅ ñ 漢字 😀", "\u0000", "\u202e\u200b", "<script>alert(1)</script>",
                "' or 1=1 --", "${7*7}", "__${T(java.lang.Runtime)}__::x", "../../etc/passwd", "null", "true",
                "[]", "{}", "12345678901", "00000000000", "99999999999", sentNationalId,
                sentNationalId.substring(0, 6) + " " + sentNationalId.substring(6), "%FF", "%C0%AF", "%E2%82",
                "a%FEb", "%ED%A0%80", "K1", "MONTH", "2025-10", "2025-Q5", "1899", "0", "true"));
    }

    JsonNode jsonValue(Shape shape, int depth) {
        double pick = random.nextDouble();
        if (pick < mutationRate / 6) {
            return NODES.nullNode();
        }
        if (pick < mutationRate / 2) {
            return pickNode(List.of(NODES.stringNode(mutation()), NODES.numberNode(random.nextInt()),
                    NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(new java.math.BigInteger("99999999999999999999999")),
                    NODES.numberNode(-1), NODES.booleanNode(true), NODES.objectNode(), NODES.arrayNode(),
                    NODES.arrayNode().add(NODES.nullNode()), NODES.numberNode(1.5e300)));
        }
        return switch (shape.kind()) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth > 3) {
                    yield object;
                }
                shape.fields().forEach((name, field) -> {
                    if (random.nextDouble() >= mutationRate / 3) {
                        object.set(name, jsonValue(field, depth + 1));
                    }
                });
                yield object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int count = random.nextInt(4);
                for (int i = 0; i < count; i++) {
                    array.add(random.nextDouble() < mutationRate / 3 ? NODES.nullNode()
                            : jsonValue(shape.item(), depth + 1));
                }
                yield array;
            }
            case "int" -> NODES.numberNode(random.nextInt(40) - 3);
            case "long" -> random.nextBoolean() ? NODES.numberNode((long) random.nextInt(5))
                    : NODES.numberNode(Long.MIN_VALUE + random.nextInt(3));
            case "number" -> NODES.numberNode(random.nextDouble() * 100);
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.stringNode(stringValue(shape));
        };
    }

    // ---- sessions and helpers --------------------------------------------------------------------------

    Session login(String role) throws Exception {
        HttpClient client = client();
        String username = fixtures.usernames.get(role);
        String page = client.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encodeForUrl(username) + "&password="
                        + encodeForUrl(BadInputFixtures.PASSWORD) + "&_csrf=" + encodeForUrl(csrf(page))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as("login of " + role).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        HttpResponse<String> home = client.send(HttpRequest.newBuilder(uri("/")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (home.statusCode() == 302) {
            home = client.send(HttpRequest.newBuilder(uri(home.headers().firstValue("Location").orElseThrow()
                    .replaceFirst("^https?://[^/]+", ""))).build(), HttpResponse.BodyHandlers.ofString());
        }
        assertThat(home.statusCode()).as("home page of " + role).isEqualTo(200);
        return new Session(role, client, csrf(home.body()), sessionBasic(role));
    }

    String sessionBasic(String role) {
        return "Basic " + Base64.getEncoder().encodeToString((fixtures.usernames.get(role) + ":"
                + BadInputFixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("a CSRF token in the page %s", abbreviate(page)).isTrue();
        return matcher.group(1);
    }

    static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    /** Percent-encodes, except the raw encodings that are not UTF-8, which go as they are. */
    static String encodeForUrl(String value) {
        return RAW_ENCODINGS.contains(value) ? value : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    JsonNode pickNode(List<JsonNode> values) {
        return values.get(random.nextInt(values.size()));
    }

    static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
