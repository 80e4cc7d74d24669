package no.sammen.survey;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;

import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Surveys on the whole application: a leader opens a round; anyone answers on the public page without login, and
 * only the round and the answers are stored, nothing about who answered, in the tables or the log; single-use codes
 * answer once; a closed round refuses; bad input is refused naming the item with nothing stored; the round is
 * rate-limited and the body bounded; results hide small figures, free texts reach the leader alone; the API stays
 * inside the unit and is audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class SurveyIT {

    static final String USER_AGENT = "Mozilla/5.0 (SurveyIT; Fingerprint-7731)";
    static final String ADDRESS = "203.0.113.77";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String user, String body) {
        return request.with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private UUID unit() {
        return TestData.unitId(jdbc, "Kronstad sengepost");
    }

    private String[] open(String questionnaire, boolean codes) throws Exception {
        return open(unit(), questionnaire, codes);
    }

    /** Opens a round of the questionnaire today, for four weeks, as the leader; returns its id and public key. */
    private String[] open(UUID unit, String questionnaire, boolean codes) throws Exception {
        LocalDate today = LocalDate.now();
        String body = mvc.perform(json(post("/api/v1/units/" + unit + "/surveys/rounds"), "leder", """
                        {"questionnaire": "%s", "opensOn": "%s", "closesOn": "%s", "codesRequired": %s}"""
                        .formatted(questionnaire, today, today.plusDays(27), codes)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return new String[] {JsonPath.read(body, "$.id"), JsonPath.read(body, "$.publicKey")};
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    /** Posts the public form as a phone would, with its address and user agent, and no login. */
    private MvcResult answer(String key, Map<String, String> fields, String lang) throws Exception {
        return mvc.perform(post("/s/" + key + "?lang=" + lang).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content(form(fields)).header("User-Agent", USER_AGENT).header("X-Forwarded-For", ADDRESS)
                        .with(r -> {
                            r.setRemoteAddr(ADDRESS);
                            return r;
                        }))
                .andReturn();
    }

    private long responses(String roundId) {
        return jdbc.sql("select count(*) from survey_response where round_id = ?").param(UUID.fromString(roundId))
                .query(Long.class).single();
    }

    private static Map<String, String> relatives(String contacted, String when, String comment) {
        return Map.of("answers[CONTACTED]", contacted, "answers[CONTACT_WHEN]", when, "answers[INFORMED_TREATMENT]", "4",
                "answers[COMMENT]", comment);
    }

    @Test
    void anAnswerStoresTheRoundAndTheAnswersAndNothingAboutWhoGaveIt(CapturedOutput output) throws Exception {
        String[] round = open("RELATIVES", false);
        MvcResult page = mvc.perform(get("/s/" + round[1] + "?lang=nn")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tok vi kontakt med deg medan den næraste din")))
                .andExpect(content().string(containsString("<legend>")))
                .andExpect(header().string("Cache-Control", containsString("no-store"))).andReturn();
        assertThat(page.getResponse().getHeaders("Set-Cookie")).as("no cookie on the public page").isEmpty();
        assertThat(page.getRequest().getSession(false)).as("no session").isNull();

        int logStart = output.getAll().length();
        MvcResult done = answer(round[1], relatives("YES", "SAME_DAY", "Godt møtt av personalet"), "nn");
        assertThat(done.getResponse().getStatus()).isEqualTo(302);
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/s/" + round[1] + "/thanks?lang=nn");
        assertThat(done.getResponse().getHeaders("Set-Cookie")).isEmpty();
        assertThat(done.getRequest().getSession(false)).isNull();
        String log = output.getAll().substring(logStart);
        assertThat(log).doesNotContain(ADDRESS).doesNotContain("Fingerprint-7731").doesNotContain("Godt møtt");

        // What is stored: a random id and the round; the answers by item; nothing else, in any column.
        List<String> responseColumns = jdbc.sql("""
                        select lower(column_name) from information_schema.columns
                        where lower(table_name) = 'survey_response' order by 1""").query(String.class).list();
        assertThat(responseColumns).containsExactly("id", "round_id");
        List<Map<String, Object>> stored = jdbc.sql("""
                        select a.* , r.* from survey_answer a join survey_response r on r.id = a.response_id
                        where r.round_id = ?""").param(UUID.fromString(round[0])).query().listOfRows();
        assertThat(stored).hasSize(4);
        for (Map<String, Object> row : stored) {
            assertThat(row.keySet().stream().map(String::toLowerCase))
                    .containsExactlyInAnyOrder("response_id", "item_id", "choice", "free_text", "id", "round_id");
            assertThat(row.values().toString()).doesNotContain(ADDRESS).doesNotContain("Fingerprint").doesNotContain("leder");
        }
        assertThat(stored.stream().map(r -> r.get("item_id") + "=" + (r.get("choice") != null ? r.get("choice")
                : r.get("free_text"))).toList()).containsExactlyInAnyOrder("CONTACTED=YES", "CONTACT_WHEN=SAME_DAY",
                "INFORMED_TREATMENT=4", "COMMENT=Godt møtt av personalet");
        // The audit log records the round's opening, and no answer.
        assertThat(jdbc.sql("select count(*) from audit_entry where object_id = ? and object_type = 'survey_round'")
                .param(round[0]).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where details like ? or details like ?")
                .param("%" + ADDRESS + "%").param("%Fingerprint-7731%").query(Long.class).single()).isZero();
        mvc.perform(get(done.getResponse().getRedirectedUrl())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Takk for svaret")));
    }

    @Test
    void aSingleUseCodeAnswersOnce() throws Exception {
        String[] round = open("PATIENTS", true);
        String body = mvc.perform(json(post("/api/v1/surveys/rounds/" + round[0] + "/codes"), "leder", "{\"count\": 2}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        List<String> codes = JsonPath.read(body, "$.codes");
        assertThat(codes).hasSize(2).allMatch(c -> c.matches("[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}"));
        assertThat(codes.get(0)).isNotEqualTo(codes.get(1));
        assertThat(jdbc.sql("select code_hash from survey_code where round_id = ?").param(UUID.fromString(round[0]))
                .query(String.class).list()).hasSize(2).noneMatch(h -> codes.stream().anyMatch(c -> h.contains(c.substring(0, 5))));
        Map<String, String> answers = Map.of("answers[INVOLVED_IN_CHOICE]", "5");

        MvcResult without = answer(round[1], answers, "en");
        assertThat(without.getResponse().getStatus()).isEqualTo(400);
        assertThat(without.getResponse().getContentAsString()).contains("id=\"code-error\"").contains("Type the code");
        MvcResult wrong = answer(round[1], with(answers, "code", "ZZZZZ-ZZZZZ"), "en");
        assertThat(wrong.getResponse().getStatus()).isEqualTo(400);
        assertThat(responses(round[0])).isZero();

        // typed in lower case, without the hyphen: the same code
        assertThat(answer(round[1], with(answers, "code", codes.get(0).toLowerCase().replace("-", " ")), "en")
                .getResponse().getStatus()).isEqualTo(302);
        assertThat(responses(round[0])).isEqualTo(1);
        MvcResult again = answer(round[1], with(answers, "code", codes.get(0)), "en");
        assertThat(again.getResponse().getStatus()).isEqualTo(400);
        assertThat(again.getResponse().getContentAsString()).contains("has been used already");
        assertThat(responses(round[0])).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from survey_code where round_id = ?").param(UUID.fromString(round[0]))
                .query(Long.class).single()).as("the used code is gone, so nothing links it to the answer").isEqualTo(1);
        assertThat(answer(round[1], with(answers, "code", codes.get(1)), "en").getResponse().getStatus()).isEqualTo(302);
    }

    private static Map<String, String> with(Map<String, String> answers, String field, String value) {
        Map<String, String> all = new java.util.HashMap<>(answers);
        all.put(field, value);
        return all;
    }

    @Test
    void aClosedRoundRefusesAnswers() throws Exception {
        String[] round = open("STAFF", false);
        mvc.perform(json(post("/api/v1/surveys/rounds/" + round[0] + "/close"), "koordinator", ""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.closedOn").value(LocalDate.now().toString()));
        MvcResult refused = answer(round[1], Map.of("answers[CONFIDENT_CONFIDENTIALITY]", "4"), "nb");
        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat(refused.getResponse().getContentAsString()).contains("tar ikke imot svar nå");
        assertThat(responses(round[0])).isZero();
        mvc.perform(get("/s/" + round[1])).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"survey-closed\"")))
                .andExpect(content().string(not(containsString("id=\"survey-form\""))));
    }

    @Test
    void badInputIsRefusedNamingTheItemWithNothingStored() throws Exception {
        String[] round = open("RELATIVES", false);
        MvcResult unknown = answer(round[1], Map.of("answers[CONTACTED]", "YES", "answers[NOPE]", "1"), "en");
        assertThat(unknown.getResponse().getStatus()).isEqualTo(400);
        assertThat(unknown.getResponse().getContentAsString()).contains("The questionnaire has no question «NOPE»");

        MvcResult outOfRange = answer(round[1], Map.of("answers[CONTACTED]", "YES", "answers[INFORMED_TREATMENT]", "6"), "en");
        assertThat(outOfRange.getResponse().getStatus()).isEqualTo(400);
        assertThat(outOfRange.getResponse().getContentAsString()).contains("id=\"answers[INFORMED_TREATMENT]-error\"")
                .contains("Choose one of the answers");

        MvcResult required = answer(round[1], Map.of("answers[INFORMED_TREATMENT]", "3"), "nb");
        assertThat(required.getResponse().getContentAsString()).contains("id=\"answers[CONTACTED]-error\"")
                .contains("Svar på dette spørsmålet");

        MvcResult tooLong = answer(round[1], Map.of("answers[CONTACTED]", "YES", "answers[COMMENT]", "x".repeat(501)), "en");
        assertThat(tooLong.getResponse().getStatus()).isEqualTo(400);
        assertThat(tooLong.getResponse().getContentAsString()).contains("id=\"answers[COMMENT]-error\"");

        String nationalId = TestData.nationalId();
        MvcResult withId = answer(round[1], Map.of("answers[CONTACTED]", "YES", "answers[COMMENT]",
                "Min sønn har fødselsnummer " + nationalId), "nb");
        assertThat(withId.getResponse().getStatus()).isEqualTo(400);
        assertThat(withId.getResponse().getContentAsString()).contains("id=\"answers[COMMENT]-error\"")
                .doesNotContain(nationalId);
        assertThat(responses(round[0])).isZero();

        byte[] huge = ("answers%5BCOMMENT%5D=" + "y".repeat(40_000)).getBytes(StandardCharsets.UTF_8);
        mvc.perform(post("/s/" + round[1]).contentType(MediaType.APPLICATION_FORM_URLENCODED).content(huge))
                .andExpect(status().isPayloadTooLarge());
        mvc.perform(get("/s/not-a-key-at-all-000000")).andExpect(status().isNotFound());
        assertThat(responses(round[0])).isZero();
    }

    @Test
    void aRoundTakesOnlySoManyAnswersAMinute() throws Exception {
        String[] round = open("RELATIVES", false);
        int refused = 0;
        for (int i = 0; i < 25; i++) {
            int status = answer(round[1], Map.of("answers[CONTACTED]", "NO"), "nb").getResponse().getStatus();
            if (status == 429) {
                refused++;
            } else {
                assertThat(status).as("answer " + (i + 1)).isEqualTo(i < 20 ? 302 : status);
            }
        }
        // 20 a minute, filled again at one every three seconds while the loop runs
        assertThat(refused).isBetween(1, 5);
        assertThat(responses(round[0])).isEqualTo(25 - refused);
        // another round is not held back
        String[] other = open("RELATIVES", false);
        assertThat(answer(other[1], Map.of("answers[CONTACTED]", "NO"), "nb").getResponse().getStatus()).isEqualTo(302);
    }

    /**
     * On Kronstad poliklinikk, away from the other tests' rounds: the rounds of one questionnaire and year add up to
     * the year's total, so a small round of another test could hide a figure here (secondary suppression, checked in
     * {@code SurveyResultsTest}). The large round is counted before the small one is opened.
     */
    @Test
    void resultsHideSmallFiguresAndFreeTextReachesTheLeaderAlone() throws Exception {
        UUID clinic = TestData.unitId(jdbc, "Kronstad poliklinikk");
        String[] big = open(clinic, "RELATIVES", false);
        String[] contacted = {"YES", "YES", "YES", "YES", "NO", "DONT_KNOW"};
        for (String c : contacted) {
            answer(big[1], relatives(c, "WITHIN_3_DAYS", "Kommentar " + c), "nb");
        }
        mvc.perform(get("/api/v1/surveys/rounds/" + big[0] + "/results").with(httpBasic("behandler", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.answers").value(6))
                .andExpect(jsonPath("$.items[0].itemId").value("CONTACTED"))
                .andExpect(jsonPath("$.items[0].favourable").value(4))
                .andExpect(jsonPath("$.items[0].counted").value(5))
                .andExpect(jsonPath("$.items[0].answered").value(6))
                .andExpect(jsonPath("$.items[0].distribution.DONT_KNOW").value(1))
                .andExpect(jsonPath("$.items[0].lower").value(org.hamcrest.Matchers.closeTo(0.3755, 0.0005)))
                .andExpect(jsonPath("$.items[0].upper").value(org.hamcrest.Matchers.closeTo(0.9638, 0.0005)));
        mvc.perform(get("/api/v1/surveys/rounds/" + big[0] + "/free-texts").with(httpBasic("behandler", PASSWORD)))
                .andExpect(jsonPath("$.shown").value(false)).andExpect(jsonPath("$.reason").value("survey.freeText.leaderOnly"))
                .andExpect(content().string(not(containsString("Kommentar"))));
        mvc.perform(get("/api/v1/surveys/rounds/" + big[0] + "/free-texts").with(httpBasic("leder", PASSWORD)))
                .andExpect(jsonPath("$.shown").value(true)).andExpect(jsonPath("$.texts.COMMENT.length()").value(6));
        mvc.perform(get("/surveys/rounds/" + big[0]).with(user("leder"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kommentar NO")))
                .andExpect(content().string(containsString("4 av 5 (80 %)")));
        assertThat(jdbc.sql("select count(*) from audit_entry where object_type = 'survey_free_text' and object_id = ?")
                .param(big[0]).query(Long.class).single()).isEqualTo(2);

        String[] small = open(clinic, "RELATIVES", false);
        for (int i = 0; i < 3; i++) {
            answer(small[1], relatives("YES", "SAME_DAY", "Liten runde " + i), "nb");
        }
        mvc.perform(get("/api/v1/surveys/rounds/" + small[0] + "/results").with(httpBasic("leder", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.answers").doesNotExist())
                .andExpect(jsonPath("$.items[0].suppression").value("PRIMARY"))
                .andExpect(jsonPath("$.items[0].share").doesNotExist());
        mvc.perform(get("/api/v1/surveys/rounds/" + small[0] + "/free-texts").with(httpBasic("leder", PASSWORD)))
                .andExpect(jsonPath("$.shown").value(false)).andExpect(jsonPath("$.reason").value("survey.freeText.tooFew"))
                .andExpect(content().string(not(containsString("Liten runde"))));

        // outside the unit: not found; without login: 401
        mvc.perform(get("/api/v1/surveys/rounds/" + big[0] + "/results").with(httpBasic("behandler2", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/surveys/rounds/" + big[0] + "/results")).andExpect(status().isUnauthorized());
        mvc.perform(json(post("/api/v1/units/" + unit() + "/surveys/rounds"), "behandler", """
                {"questionnaire": "STAFF", "opensOn": "2026-01-01", "closesOn": "2099-01-01"}"""))
                .andExpect(status().isForbidden());

        String csv = mvc.perform(get("/api/v1/units/" + clinic + "/surveys/results.csv?questionnaire=RELATIVES")
                        .with(httpBasic("leder", PASSWORD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith(String.join(",", SurveyCsv.HEADER)).contains(big[0] + ",")
                .doesNotContain("Kommentar").doesNotContain("Liten runde");
        assertThat(csv.lines().filter(l -> l.contains(small[0])).toList()).isNotEmpty()
                .allMatch(l -> l.endsWith(",PRIMARY") || l.endsWith(",SECONDARY"));
    }

    @Test
    void openingARoundRefusesBadDatesNamingTheField() throws Exception {
        mvc.perform(json(post("/api/v1/units/" + unit() + "/surveys/rounds"), "leder", """
                        {"questionnaire": "NEIGHBOURS", "opensOn": "2026-03-10", "closesOn": "2026-03-01"}""")
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'questionnaire')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'closesOn')]").exists());
    }
}
