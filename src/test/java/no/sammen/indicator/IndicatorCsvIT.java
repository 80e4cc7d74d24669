package no.sammen.indicator;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import no.sammen.coursefact.CourseFactService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class IndicatorCsvIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    CourseFactService courseFacts;

    @Test
    void analystsGetEveryUnitWithSmallNumbersAndTheirComplementSuppressed() throws Exception {
        ExportFixture f = new ExportFixture(jdbc, courseFacts);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID small = f.unit("Liten " + tag);
        UUID middle = f.unit("Mellom, \"M\" " + tag);
        UUID large = f.unit("Stor " + tag);
        f.k1Courses(small, "2011-03-04", 3, 1);
        f.k1Courses(middle, "2011-03-05", 6, 3);
        f.k1Courses(large, "2011-03-06", 10, 9);
        f.k1Courses(large, "2011-04-06", 10, 8);

        String csv = csv("analytiker", "K1", "2011-03-01", "2011-04-30");
        assertThat(csv).startsWith("unit,period,indicator,numerator,denominator,value,level,cl,lcl,ucl,signals,organisation_level,provisional,phase,excluded_after_window,catalog_version\r\n");
        List<String> lines = lines(csv, tag);
        assertThat(lines).containsExactly(
                "Liten " + tag + ",2011-03-01,K1,,,,,,,,,UNIT,false,,,6",
                "Liten " + tag + ",2011-04-01,K1,0,0,,,,,,,UNIT,false,,0,6",
                "\"Mellom, \"\"M\"\" " + tag + "\",2011-03-01,K1,,,,,,,,,UNIT,false,,,6",
                "\"Mellom, \"\"M\"\" " + tag + "\",2011-04-01,K1,0,0,,,,,,,UNIT,false,,0,6",
                "Stor " + tag + ",2011-03-01,K1,9,10,0.9,GREEN,0.85,0.511252,1,,UNIT,false,,0,6",
                "Stor " + tag + ",2011-04-01,K1,8,10,0.8,GREEN,0.85,0.511252,1,,UNIT,false,,0,6");
    }

    @Test
    void anEarlierCatalogVersionCountsAgainAsItDidAndLateExclusionsAreAColumn() throws Exception {
        IndicatorFixture f = new IndicatorFixture(jdbc, courseFacts);
        UUID unit = f.unit("INPATIENT");
        String tag = unit.toString();
        for (int i = 0; i < 4; i++) {
            f.contact(f.course(unit, true, "2013-03-04", null), "2013-03-05T10:00:00Z");
        }
        f.letter(f.course(unit, true, "2013-03-04", null), "2013-03-05T10:00:00Z");
        f.noNetwork(f.course(unit, true, "2013-03-04", null), java.time.LocalDate.of(2013, 3, 14));
        f.noNetwork(f.course(unit, true, "2013-03-04", null), java.time.LocalDate.of(2013, 3, 4));

        // Version 2 (and 3, in use): the letter is not contact, the late mark leaves its course in and is counted.
        assertThat(lines(csv("analytiker", "K1", "2013-03-01", "2013-03-31"), tag))
                .containsExactly("INPATIENT " + tag + ",2013-03-01,K1,4,6,0.666667,YELLOW,,,,,UNIT,false,,1,6");
        // Version 1, asked for: what was computed under it before.
        byte[] body = mvc.perform(get("/api/v1/indicators/K1/values.csv?level=UNIT&period=MONTH&from=2013-03-01"
                        + "&to=2013-03-31&catalogVersion=1").with(httpBasic("analytiker", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(lines(new String(body, StandardCharsets.UTF_8), tag))
                .containsExactly("INPATIENT " + tag + ",2013-03-01,K1,5,5,1,GREEN,,,,,UNIT,false,,0,1");
        mvc.perform(get("/api/v1/indicators/K1/values.csv?from=2013-03-01&to=2013-03-31&catalogVersion=7")
                        .with(httpBasic("analytiker", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("catalogVersion"));
        mvc.perform(get("/api/v1/indicators?catalogVersion=1").with(httpBasic("analytiker", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].metWhen[0].fact").value("first_contact_on"));
        mvc.perform(get("/api/v1/indicators").with(httpBasic("analytiker", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].metWhen[0].fact").value("first_direct_contact_on"));
    }

    @Test
    void leadersGetOnlyTheirOwnUnitsUnsuppressed() throws Exception {
        ExportFixture f = new ExportFixture(jdbc, courseFacts);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID own = f.unit("Egen " + tag);
        UUID other = f.unit("Annen " + tag);
        f.k1Courses(own, "2012-03-04", 3, 2);
        f.k1Courses(other, "2012-03-04", 8, 2);
        String leader = f.user("LEADER", own);

        String csv = csv(leader, "K1", "2012-03-01", "2012-03-31");
        assertThat(csv.split("\r\n")).hasSize(2);
        assertThat(lines(csv, tag)).containsExactly("Egen " + tag + ",2012-03-01,K1,2,3,0.666667,YELLOW,,,,,UNIT,false,,0,6");
    }

    @Test
    void theResponseIsAUtf8CsvAttachment() throws Exception {
        mvc.perform(get("/api/v1/indicators/K1/values.csv?level=UNIT&period=QUARTER&from=2024-01-01&to=2024-12-31")
                        .with(httpBasic("analytiker", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"sammen-k1-unit-quarter-2024-01-01-2024-12-31.csv\""));
    }

    @Test
    void clinicsTrustsAndTheRegionAreSuppressedLinkedToTheUnitsBelowThem() throws Exception {
        // June 2014: clinic A has two small units (4 courses in all), clinic B two large ones. Clinic
        // A is hidden; the trust total would then give it away through clinic B, so clinic B is
        // hidden too, and then one of B's units, so that B is not the plain sum of its units.
        ExportFixture a = new ExportFixture(jdbc, courseFacts);
        ExportFixture b = new ExportFixture(jdbc, courseFacts);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID a1 = a.unit("A1 " + tag);
        UUID a2 = a.unit("A2 " + tag);
        UUID b1 = b.unit("B1 " + tag);
        UUID b2 = b.unit("B2 " + tag);
        a.k1Courses(a1, "2014-06-02", 2, 1);
        a.k1Courses(a2, "2014-06-03", 2, 2);
        b.k1Courses(b1, "2014-06-04", 30, 20);
        b.k1Courses(b2, "2014-06-05", 40, 30);

        String clinics = csv("analytiker", "K1", "CLINIC", "2014-06-01", "2014-06-30");
        assertThat(Arrays.stream(clinics.split("\r\n")).filter(l -> l.startsWith("Eksportklinikk " + a.clinic)
                || l.startsWith("Eksportklinikk " + b.clinic)))
                .containsExactlyInAnyOrder("Eksportklinikk " + a.clinic + ",2014-06-01,K1,,,,,,,,,CLINIC,false,,,6",
                        "Eksportklinikk " + b.clinic + ",2014-06-01,K1,,,,,,,,,CLINIC,false,,,6");
        String units = csv("analytiker", "K1", "UNIT", "2014-06-01", "2014-06-30");
        assertThat(lines(units, tag)).containsExactly(
                "A1 " + tag + ",2014-06-01,K1,,,,,,,,,UNIT,false,,,6",
                "A2 " + tag + ",2014-06-01,K1,,,,,,,,,UNIT,false,,,6",
                "B1 " + tag + ",2014-06-01,K1,,,,,,,,,UNIT,false,,,6",
                "B2 " + tag + ",2014-06-01,K1,30,40,0.75,YELLOW,,,,,UNIT,false,,0,6");
        String region = csv("analytiker", "K1", "REGION", "2014-06-01", "2014-06-30");
        assertThat(region).contains("\r\nregion,2014-06-01,K1,53,74,").containsPattern(",REGION,false,,\\d+,6\r\n$");
    }

    @Test
    void unknownLevelsUnknownIndicatorsAndNoLoginAreRefused() throws Exception {
        String url = "/api/v1/indicators/K1/values.csv?from=2024-01-01&to=2024-02-01";
        mvc.perform(get(url + "&level=CITY").with(httpBasic("analytiker", PASSWORD)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/indicators/K99/values.csv?from=2024-01-01&to=2024-02-01")
                .with(httpBasic("analytiker", PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(get(url)).andExpect(status().isUnauthorized());
    }

    @Test
    void aRangeOfCenturiesOrBeforeNineteenNinetyIsRefusedNamingTheField() throws Exception {
        mvc.perform(get("/api/v1/indicators/K1/values.csv?from=2000-01-01&to=9999-12-31")
                        .with(httpBasic("analytiker", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message").value("Perioden kan strekke seg over høyst 20 kalenderår."));
        mvc.perform(get("/api/v1/indicators/K1/values.csv?from=9990-01-01&to=+10000-01-01")
                        .with(httpBasic("analytiker", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/v1/indicators/K1/values.csv?from=1000-01-01&to=1000-12-31")
                        .with(httpBasic("analytiker", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    private String csv(String user, String indicator, String from, String to) throws Exception {
        return csv(user, indicator, "UNIT", from, to);
    }

    private String csv(String user, String indicator, String level, String from, String to) throws Exception {
        byte[] body = mvc.perform(get("/api/v1/indicators/" + indicator + "/values.csv?level=" + level
                        + "&period=MONTH&from="
                        + from + "&to=" + to).with(httpBasic(user, PASSWORD)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        return new String(body, StandardCharsets.UTF_8);
    }

    private static List<String> lines(String csv, String tag) {
        return Arrays.stream(csv.split("\r\n")).filter(l -> l.contains(tag)).toList();
    }
}
