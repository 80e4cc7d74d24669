package no.sammen.demo;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import no.sammen.survey.Questionnaire;
import no.sammen.survey.SurveyItem;
import no.sammen.survey.SurveyQuestionnaires;

/**
 * The experience surveys of the demo (ADR 0036): at a few units, a four-week round of the relatives' and the
 * patients' questionnaire every quarter, from a year before the unit's implementation start, and the staff's twice
 * a year; the latest round of each is still open, so that it can be answered. Rounds get from 3 to about 20 answers
 * (some too few to show), whose favourable answers rise from about a third before the start to about 85 % a year
 * after it; a few leave a comment. Each round's public key is drawn from a secure random, as the module draws it,
 * so that no demo link can be guessed from the seed.
 */
final class DemoSurveys {

    static final String ROUND_ROW = """
            insert into survey_round (id, unit_id, questionnaire, questionnaire_version, opens_on, closes_on, closed_on,
                public_key, codes_required, opened_by, opened_by_name, opened_at)
            values (?, ?, ?, ?, ?, ?, null, ?, false, null, ?, ?)""";
    static final String RESPONSE_ROW = "insert into survey_response (id, round_id) values (?, ?)";
    static final String ANSWER_ROW = """
            insert into survey_answer (response_id, item_id, choice, free_text) values (?, ?, ?, ?)""";

    private static final List<String> COMMENTS = List.of(
            "Det hadde hjelpt å få vite tidligere hvem vi kunne ringe.",
            "Vi ble tatt godt imot første dagen.",
            "Fint med pårørendekurset, men det var langt å reise.",
            "Jeg skulle ønske noen spurte hvordan jeg hadde det.",
            "Samtalen med behandleren og familien var nyttig.",
            "Mer informasjon om taushetsplikten, takk.");

    private final DemoRows rows;
    private final SurveyQuestionnaires questionnaires;
    private final Random random;
    private final SecureRandom keys = new SecureRandom();

    DemoSurveys(DemoRows rows, SurveyQuestionnaires questionnaires, Random random) {
        this.rows = rows;
        this.questionnaires = questionnaires;
        this.random = random;
    }

    void unit(UUID unitId, LocalDate implementation, LocalDate today, OffsetDateTime now, double size) {
        for (String id : List.of("RELATIVES", "PATIENTS", "STAFF")) {
            Questionnaire q = questionnaires.latest(id).orElseThrow();
            int every = id.equals("STAFF") ? 6 : 3;
            List<LocalDate> opens = new ArrayList<>();
            for (LocalDate d = today.minusDays(14); !d.isBefore(implementation.minusMonths(12))
                    && !d.isBefore(today.minusMonths(24)); d = d.minusMonths(every)) {
                opens.add(0, d);
            }
            for (LocalDate opensOn : opens) {
                round(unitId, q, opensOn, implementation, now, size);
            }
        }
    }

    private void round(UUID unitId, Questionnaire q, LocalDate opensOn, LocalDate implementation, OffsetDateTime now,
            double size) {
        UUID round = DemoRows.id(random);
        byte[] key = new byte[16];
        keys.nextBytes(key);
        rows.add(ROUND_ROW, round, unitId, q.id(), q.version(), opensOn, opensOn.plusDays(27),
                Base64.getUrlEncoder().withoutPadding().encodeToString(key), "Per Solheim",
                Timestamp.from(opensOn.atStartOfDay(now.getOffset()).toInstant()));
        double months = ChronoUnit.DAYS.between(implementation, opensOn.plusDays(14)) / 30.4;
        double favourable = months < 0 ? 0.35 : 0.35 + 0.5 * Math.min(1.0, months / 12.0);
        int answers = 3 + (int) Math.round(random.nextDouble() * 14 * Math.max(0.8, size));
        for (int n = 0; n < answers; n++) {
            UUID response = DemoRows.id(random);
            rows.add(RESPONSE_ROW, response, round);
            for (SurveyItem item : q.items()) {
                if (item.freeText()) {
                    if (random.nextDouble() < 0.2) {
                        rows.add(ANSWER_ROW, response, item.id(), null, COMMENTS.get(random.nextInt(COMMENTS.size())));
                    }
                } else if (!item.optional() || random.nextDouble() < 0.93) {
                    rows.add(ANSWER_ROW, response, item.id(), choice(item, favourable), null);
                }
            }
        }
    }

    /** A favourable answer with the round's chance, now and then one not counted, otherwise an unfavourable one. */
    private String choice(SurveyItem item, double favourable) {
        List<String> good = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        List<String> neither = new ArrayList<>();
        for (SurveyItem.ItemOption o : item.options()) {
            (item.favourable().contains(o.id()) ? good : item.notCounted().contains(o.id()) ? neither : bad).add(o.id());
        }
        if (!neither.isEmpty() && random.nextDouble() < 0.08) {
            return neither.get(random.nextInt(neither.size()));
        }
        List<String> from = random.nextDouble() < favourable ? good : bad;
        return from.get(random.nextInt(from.size()));
    }
}
