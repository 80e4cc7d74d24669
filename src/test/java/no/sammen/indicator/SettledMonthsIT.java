package no.sammen.indicator;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import no.sammen.coursefact.CourseFactService;
import no.sammen.indicator.IndicatorQueries.MonthCount;
import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The counts of settled months (ADR 0033) never change a report: after any sequence of registrations and
 * changes, with or without the settler having run in between, with changed cells pending, and on later days
 * (months settling meanwhile), {@code monthly} equals the live count over the facts alone, for every indicator
 * of every catalog version, unit and month, over wide, partial and future-reaching ranges. The sequences
 * (seeded: {@code -Dsammen.settled.seed}, {@code -Dsammen.settled.sequences}, {@code -Dsammen.settled.steps})
 * start courses over the last year and a half, register conversations and «no relatives», move a course's
 * start across months and between units, end it, move its end, reopen it, and now and then rebuild the facts.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SettledMonthsIT {

    private static final String[] UNITS = {"Kronstad sengepost", "Kronstad poliklinikk"};
    private static final String[] KINDS = {"PATIENT", "RELATIVES", "BOTH"};
    private static final String[] END_REASONS = {"DISCHARGED", "TRANSFERRED", "DIED", "OTHER"};

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CourseFactService facts;
    @Autowired
    IndicatorQueries queries;
    @Autowired
    IndicatorCatalog catalog;
    @Autowired
    SettledMonths settler;

    private static final class Course {
        final UUID id;
        LocalDate start;
        LocalDate end;
        final List<UUID> members = new ArrayList<>();

        Course(UUID id, LocalDate start) {
            this.id = id;
            this.start = start;
        }
    }

    @AfterEach
    void forgetTheSettledCounts() {
        // Other tests of this context write facts without the service; they count live.
        jdbc.sql("update indicator_settler set catalog_version = null, generation = generation + 1 where id = 1")
                .update();
        jdbc.sql("delete from indicator_month_count").update();
    }

    @Test
    void settledCountsEqualTheLiveCountThroughRandomSequences() throws Exception {
        long seed = Long.getLong("sammen.settled.seed", 2026_12_01L);
        int sequences = Integer.getInteger("sammen.settled.sequences", 4);
        int steps = Integer.getInteger("sammen.settled.steps", 24);
        LocalDate today = LocalDate.now();
        int compared = 0;
        boolean sawKept = false;
        for (int s = 0; s < sequences; s++) {
            Random random = new Random(seed + s);
            List<Course> courses = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                courses.add(newCourse(random, today));
            }
            settler.settle(today);
            for (int i = 0; i < steps; i++) {
                Course course = courses.get(random.nextInt(courses.size()));
                String done = step(course, courses, random, today);
                // Settle now and then, on today or a later day (months settle as days pass), and compare
                // with changes pending in between.
                LocalDate day = today.plusDays(random.nextInt(4) == 0 ? random.nextInt(200) : 0);
                if (random.nextInt(3) == 0) {
                    assertThat(settler.settle(day).ran()).isTrue();
                }
                String context = "seed %d, step %d (%s), settled %s".formatted(seed + s, i, done, day);
                compared += compare(today, context);
                compared += compare(day, context);
                if (random.nextInt(5) == 0) {
                    compared += compare(today.plusDays(random.nextInt(400)), context + ", a later day");
                }
            }
            long kept = jdbc.sql("select count(*) from indicator_month_count").query(Long.class).single();
            sawKept |= kept > 0;
        }
        assertThat(sawKept).as("the settler kept counts").isTrue();
        assertThat(compared).isPositive();
    }

    /** Compares {@code monthly} with the live count for every catalog version and a few ranges; the number compared. */
    private int compare(LocalDate today, String context) {
        int compared = 0;
        LocalDate month = today.withDayOfMonth(1);
        List<LocalDate[]> ranges = List.of(
                // Wide, by month columns, to the end of last month (the regional report)
                new LocalDate[] {month.minusMonths(24), month.minusDays(1)},
                // Calendar years, reaching into the future (the analyst's report)
                new LocalDate[] {LocalDate.of(today.getYear() - 2, 1, 1), LocalDate.of(today.getYear(), 12, 31)},
                // Not whole months at either end
                new LocalDate[] {month.minusMonths(9).plusDays(10), month.minusMonths(2).plusDays(5)},
                // A quarter, by dates
                new LocalDate[] {month.minusMonths(8), month.minusMonths(5).minusDays(1)});
        for (int version : catalog.versions()) {
            List<IndicatorDefinition> definitions = catalog.indicators(version).orElseThrow().stream().filter(d -> !d.isCount()).toList();
            for (LocalDate[] range : ranges) {
                Map<String, List<MonthCount>> counted = queries.monthly(definitions, range[0], range[1], today);
                Map<String, List<MonthCount>> live = queries.monthlyLive(definitions, range[0], range[1], today);
                for (IndicatorDefinition d : definitions) {
                    assertThat(sorted(counted.get(d.id())))
                            .as("%s of catalog version %d, %s – %s as of %s; %s", d.id(), version, range[0], range[1],
                                    today, context)
                            .isEqualTo(sorted(live.get(d.id())));
                    compared++;
                }
            }
        }
        return compared;
    }

    private static List<MonthCount> sorted(List<MonthCount> counts) {
        return counts.stream().sorted(Comparator.comparing((MonthCount c) -> c.unitId().toString())
                .thenComparingInt(MonthCount::year).thenComparingInt(MonthCount::month)).toList();
    }

    private String step(Course c, List<Course> courses, Random random, LocalDate today) throws Exception {
        String base = "/api/v1/courses/" + c.id;
        switch (random.nextInt(10)) {
            case 0 -> {
                courses.add(newCourse(random, today));
                return "new course";
            }
            case 1, 2 -> {
                return "conversation " + call(post(base + "/conversations"), """
                        {"kind": "%s", "heldOn": "%s", "participantIds": [%s], "staff": "Test",
                         "topics": ["CONFIDENTIALITY"], "note": null, "followUpOn": null, "version": null}"""
                        .formatted(KINDS[random.nextInt(KINDS.length)], someDay(c, random, today),
                                c.members.isEmpty() ? "" : "\"" + c.members.get(0) + "\"")).getStatus();
            }
            case 3 -> {
                MockHttpServletResponse family = mvc.perform(get(base + "/network").with(httpBasic("behandler",
                        PASSWORD))).andReturn().getResponse();
                Object version = JsonPath.read(family.getContentAsString(), "$.version");
                return "no network " + call(put(base + "/network/no-network"), """
                        {"version": %s, "noNetwork": %s}""".formatted(version, random.nextBoolean())).getStatus();
            }
            case 4, 5 -> {
                // The start moved across months, perhaps to the other unit.
                LocalDate start = c.start.plusDays(random.nextInt(81) - 40);
                if (start.isAfter(today) || (c.end != null && start.isAfter(c.end))) {
                    return "no move";
                }
                MockHttpServletResponse response = call(put(base), """
                        {"version": %s, "unitId": "%s", "startDate": "%s", "diagnosisCode": "%s",
                         "legalStatus": "VOLUNTARY", "pathway": "ORDINARY"}""".formatted(version(base),
                        TestData.unitId(jdbc, UNITS[random.nextInt(UNITS.length)]), start,
                        random.nextBoolean() ? "F20.0" : "F32.1"));
                if (response.getStatus() == 200) {
                    c.start = start;
                }
                return "move start to " + start + " " + response.getStatus();
            }
            case 6, 7 -> {
                // Ended, or the end moved.
                LocalDate end = someDay(c, random, today);
                MockHttpServletResponse response = call(post(base + "/end"), """
                        {"version": %s, "endDate": "%s", "endReason": "%s"}""".formatted(version(base), end,
                        END_REASONS[random.nextInt(END_REASONS.length)]));
                if (response.getStatus() == 200) {
                    c.end = end;
                }
                return "end " + end + " " + response.getStatus();
            }
            case 8 -> {
                // Reopened (as a correction in the database would), its facts computed again.
                jdbc.sql("update treatment_course set end_date = null, end_reason = null, end_recorded_on = null,"
                        + " end_reason_recorded_on = null where id = ?").params(c.id).update();
                facts.refresh(c.id);
                c.end = null;
                return "reopen";
            }
            default -> {
                if (random.nextInt(3) == 0) {
                    facts.rebuildWithoutLog();
                    return "rebuild";
                }
                return "nothing";
            }
        }
    }

    private Course newCourse(Random random, LocalDate today) throws Exception {
        LocalDate start = today.minusDays(random.nextInt(540));
        UUID unit = TestData.unitId(jdbc, UNITS[random.nextInt(UNITS.length)]);
        MockHttpServletResponse response = call(post("/api/v1/courses"), """
                {"nationalId": "%s", "displayLabel": "S.M. 1980", "unitId": "%s", "startDate": "%s",
                 "diagnosisCode": "%s", "legalStatus": "VOLUNTARY", "pathway": "ORDINARY"}""".formatted(
                TestData.nationalId(), unit, start, random.nextBoolean() ? "F20.0" : "F32.1"));
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        Course course = new Course(UUID.fromString(JsonPath.read(response.getContentAsString(), "$.course.id")),
                start);
        if (random.nextInt(4) > 0) {
            MockHttpServletResponse member = call(post("/api/v1/courses/" + course.id + "/network/members"),
                    "{\"relation\": \"MOTHER\", \"name\": \"Mor\"}");
            course.members.add(UUID.fromString(JsonPath.read(member.getContentAsString(), "$.id")));
        }
        return course;
    }

    /** A day of the course, up to four months after its start, not after today or its end. */
    private static LocalDate someDay(Course c, Random random, LocalDate today) {
        LocalDate last = c.end != null ? c.end : today;
        long days = Math.max(0, last.toEpochDay() - c.start.toEpochDay());
        return c.start.plusDays(random.nextInt((int) Math.min(days, 120) + 1));
    }

    private Long version(String url) throws Exception {
        String body = mvc.perform(get(url).with(httpBasic("behandler", PASSWORD))).andReturn().getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, body.contains("\"course\"") ? "$.course.version" : "$.version"))
                .longValue();
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.with(httpBasic("behandler", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(json)).andReturn().getResponse();
    }
}
