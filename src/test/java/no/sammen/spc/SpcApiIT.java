package no.sammen.spc;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SpcApiIT {

    @Autowired
    MockMvc mvc;

    ResultActions chart(String json) throws Exception {
        return mvc.perform(post("/api/v1/spc").with(httpBasic("analytiker", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void pChartAnswersWithCentreLimitsAndRuns() throws Exception {
        // 14/20 13/20 12/20 13/20: p̄ = 52/80 = 0.65; sigma = sqrt(0.65 × 0.35 / 20) = 0.106654;
        // limits 0.65 ± 0.319961 = 0.330039 and 0.969961, compared at full precision. The last point is
        // excluded from the calculation and the runs; two points lie on the centre line, so N = 2:
        // longest run 1 ≤ round(log2 2) + 3 = 4, crossings 1 ≥ qbinom(0.05, 1, 0.5) = 0.
        double centre = 52.0 / 80;
        double sigma = Math.sqrt(centre * (1 - centre) / 20);
        chart("""
                { "chart": "p", "points": [
                  { "x": "2025-02-01", "y": 13, "n": 20, "part": "before" },
                  { "x": "2025-01-01", "y": 14, "n": 20, "part": "before" },
                  { "x": "2025-03-01", "y": 12, "n": 20, "part": "before" },
                  { "x": "2025-04-01", "y": 13, "n": 20, "part": "before" },
                  { "x": "2025-05-01", "y": 20, "n": 20, "part": "before", "exclude": true } ] }
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.chart").value("p"))
                .andExpect(jsonPath("$.points", hasSize(5)))
                .andExpect(jsonPath("$.points[0].x").value("2025-01-01"))
                .andExpect(jsonPath("$.points[0].y").value(14.0))
                .andExpect(jsonPath("$.points[0].n").value(20.0))
                .andExpect(jsonPath("$.points[0].value").value(0.7))
                .andExpect(jsonPath("$.points[0].cl", is(centre), Double.class))
                .andExpect(jsonPath("$.points[0].ucl", is(centre + 3 * sigma), Double.class))
                .andExpect(jsonPath("$.points[0].lcl", is(centre - 3 * sigma), Double.class))
                .andExpect(jsonPath("$.points[0].sigmaSignal").value(false))
                .andExpect(jsonPath("$.points[0].runsSignal").value(false))
                .andExpect(jsonPath("$.points[0].part").value("before"))
                .andExpect(jsonPath("$.points[0].baseline").value(true))
                .andExpect(jsonPath("$.points[0].included").value(true))
                .andExpect(jsonPath("$.points[4].included").value(false))
                .andExpect(jsonPath("$.points[4].ucl", is(centre + 3 * sigma), Double.class))
                .andExpect(jsonPath("$.points[4].sigmaSignal").value(true))
                .andExpect(jsonPath("$.parts", hasSize(1)))
                .andExpect(jsonPath("$.parts[0].part").value("before"))
                .andExpect(jsonPath("$.parts[0].nUseful").value(2))
                .andExpect(jsonPath("$.parts[0].longestRun").value(1))
                .andExpect(jsonPath("$.parts[0].longestRunMax").value(4))
                .andExpect(jsonPath("$.parts[0].crossings").value(1))
                .andExpect(jsonPath("$.parts[0].crossingsMin").value(0))
                .andExpect(jsonPath("$.parts[0].runsSignal").value(false));
    }

    @Test
    void numericXAndMissingYComeBackAsGiven() throws Exception {
        chart("""
                { "chart": "i", "screenedMovingRanges": false, "points": [
                  { "x": 1, "y": 1 }, { "x": 2, "y": null }, { "x": 3, "y": 3 }, { "x": 4, "y": 2 } ] }
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.points[0].x").value(1))
                .andExpect(jsonPath("$.points[1].value").value(nullValue()))
                .andExpect(jsonPath("$.points[1].cl").value(2.0))
                .andExpect(jsonPath("$.points[0].part").value(nullValue()));
    }

    @Test
    void aMissingMonthInAPChartHasNeitherYNorNAndIsChartedAsMissing() throws Exception {
        // As qicharts2: n = 0, no value, no limits; the other months' centre line and limits as without it.
        double centre = 39.0 / 60;
        double sigma = Math.sqrt(centre * (1 - centre) / 20);
        chart("""
                { "chart": "p", "points": [
                  { "x": "2025-01-01", "y": 14, "n": 20 },
                  { "x": "2025-02-01", "y": null },
                  { "x": "2025-03-01", "y": 12, "n": 20 },
                  { "x": "2025-04-01", "y": 13, "n": 20 } ] }
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.points", hasSize(4)))
                .andExpect(jsonPath("$.points[1].n").value(0.0))
                .andExpect(jsonPath("$.points[1].y").value(nullValue()))
                .andExpect(jsonPath("$.points[1].value").value(nullValue()))
                .andExpect(jsonPath("$.points[1].lcl").value(nullValue()))
                .andExpect(jsonPath("$.points[1].ucl").value(nullValue()))
                .andExpect(jsonPath("$.points[1].sigmaSignal").value(false))
                .andExpect(jsonPath("$.points[2].cl", is(centre), Double.class))
                .andExpect(jsonPath("$.points[2].ucl", is(centre + 3 * sigma), Double.class));
    }

    @Test
    void badInputNamesTheField() throws Exception {
        chart("""
                { "chart": "q", "points": [ { "x": 1, "y": 1 }, { "x": 2, "y": 2 } ] }
                """).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("chart"));
        chart("""
                { "chart": "p", "points": [ { "x": 1, "y": 1, "n": 2 }, { "x": 2, "y": 2 } ] }
                """).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("points[1].n"));
        chart("""
                { "chart": "p", "points": [ { "x": 1, "y": 1, "n": 2 }, { "x": 2, "y": 3, "n": 2 } ] }
                """).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("points[1].y"));
        chart("""
                { "chart": "c", "points": [ { "x": 1, "y": -1 }, { "x": 2, "y": 3 } ] }
                """).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("points[0].y"));
        chart("""
                { "chart": "i", "points": [ { "x": "1. januar", "y": 1 }, { "x": 2, "y": 3 } ] }
                """).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("points[0].x"));
        mvc.perform(post("/api/v1/spc").with(httpBasic("analytiker", PASSWORD))
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                { "chart": "i", "points": [ { "x": 1, "y": 1 } ] }
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("points"))
                .andExpect(jsonPath("$.errors[0].message").value("The chart needs at least 2 different x values."));
    }

    @Test
    void requiresLogin() throws Exception {
        mvc.perform(post("/api/v1/spc").contentType(MediaType.APPLICATION_JSON)
                        .content("{ \"chart\": \"i\", \"points\": [] }"))
                .andExpect(status().isUnauthorized());
    }
}
