package no.sammen.guideline;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class UnitOfferApiIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private ResultActions change(String user, UUID unit, String recommendation, String json) throws Exception {
        return mvc.perform(put("/api/v1/units/" + unit + "/guideline-offers/" + recommendation)
                .with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private long version(UUID unit) throws Exception {
        String body = mvc.perform(get("/api/v1/units/" + unit + "/guideline-offers").with(httpBasic("behandler",
                PASSWORD))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.version")).longValue();
    }

    private long audited(UUID unit) {
        return jdbc.sql("select count(*) from audit_entry where object_type = 'unit_offers' and object_id = ?")
                .param(unit.toString()).query(Long.class).single();
    }

    @Test
    void aLeaderOfTheUnitSetsAnOfferThatEveryoneReadsAndTheChangeIsAudited() throws Exception {
        UUID unit = TestData.unitId(jdbc, "Kronstad sengepost");
        String before = mvc.perform(get("/api/v1/units/" + unit + "/guideline-offers").with(httpBasic("behandler",
                PASSWORD))).andReturn().getResponse().getContentAsString();
        java.util.Map<String, Object> offersBefore = JsonPath.read(before, "$.offers");
        boolean offeredBefore = offersBefore.containsKey("MUSIC_THERAPY");
        Object weeksBefore = offersBefore.get("MUSIC_THERAPY");
        long audited = audited(unit);
        change("leder", unit, "MUSIC_THERAPY", "{\"version\": %d, \"offered\": true, \"waitingWeeks\": 6}"
                .formatted(version(unit)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitId").value(unit.toString()))
                .andExpect(jsonPath("$.offers.MUSIC_THERAPY").value(6));
        assertThat(audited(unit)).as("an audit entry for the change").isEqualTo(audited + 1);
        mvc.perform(get("/api/v1/guideline/offers").with(httpBasic("analytiker", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.unitId == '" + unit + "')].offers.MUSIC_THERAPY").value(6));

        change("leder", unit, "MUSIC_THERAPY", "{\"version\": %d, \"offered\": false}".formatted(version(unit)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.offers.MUSIC_THERAPY").doesNotExist());
        // As it was, for other tests of the unit.
        change("leder", unit, "MUSIC_THERAPY", "{\"version\": %d, \"offered\": %s, \"waitingWeeks\": %s}"
                .formatted(version(unit), offeredBefore, weeksBefore)).andExpect(status().isOk());
    }

    @Test
    void aStaleVersionBadInputAndOtherRolesAreRefusedAndNothingChanges() throws Exception {
        UUID unit = TestData.unitId(jdbc, "Kronstad sengepost");
        long version = version(unit);
        long audited = audited(unit);
        change("leder", unit, "IPS", "{\"version\": %d, \"offered\": true, \"waitingWeeks\": 200}".formatted(version))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("waitingWeeks"));
        change("leder", unit, "ANTIPSYCHOTIC_MEDICATION", "{\"version\": %d, \"offered\": true}".formatted(version))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("recommendationId"));
        change("leder", unit, "IPS", "{\"version\": %d}".formatted(version))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("offered"));
        change("leder", unit, "IPS", "{\"version\": %d, \"offered\": true}".formatted(version + 5))
                .andExpect(status().isConflict());
        change("behandler", unit, "IPS", "{\"version\": %d, \"offered\": true}".formatted(version))
                .andExpect(status().isForbidden());
        change("leder", TestData.unitId(jdbc, "Voss poliklinikk"), "IPS", "{\"version\": 0, \"offered\": true}")
                .andExpect(status().isForbidden());
        assertThat(version(unit)).as("the unit's offers unchanged").isEqualTo(version);
        assertThat(audited(unit)).as("no audit entry").isEqualTo(audited);
    }
}
