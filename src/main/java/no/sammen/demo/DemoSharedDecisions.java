package no.sammen.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Shared decisions (samvalg) on Kronstad's psychosis courses, as the seed's project describes them:
 * rare before the decision aid and the training, documented within 30 days on most courses by the
 * end of the two years (K7 improving); a few later, some with a second decision about tapering, and
 * days to revisit of which some have come. Each course draws from numbers of its own (seeded by its
 * id), so that the rest of the demo data stays as it was.
 */
final class DemoSharedDecisions {

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");
    private static final String DECISION = """
            insert into shared_decision (id, course_id, decided_on, question, question_text, what_matters,
                decision_aid_used, decision_aid, decision_aid_text, decision, revisit_on, created_at, changed_at,
                version)
            values (?, ?, ?, ?, null, ?, ?, ?, null, ?, ?, ?, ?, 0)""";
    private static final String OPTION = """
            insert into shared_decision_option (decision_id, position, recommendation_id, option_text)
            values (?, ?, ?, ?)""";
    private static final String PARTICIPANT = """
            insert into shared_decision_participant (decision_id, member_id) values (?, ?)""";
    private static final String REVISION = """
            insert into shared_decision_revision (decision_id, revision, course_id, recorded_at, recorded_by,
                decided_on, question, question_text, option_ids, free_options, what_matters, decision_aid_used,
                decision_aid, decision_aid_text, participant_ids, decision, revisit_on)
            values (?, 1, ?, ?, ?, ?, ?, null, ?, ?, ?, ?, ?, null, ?, ?, ?)""";

    /** A question with the options usually weighed and a decision. */
    private record Template(String question, List<String> optionIds, List<String> freeOptions, String decision) {
    }

    private static final Template[] FIRST = {
        new Template("TREATMENT", List.of("CBT_PSYCHOSIS", "MUSIC_THERAPY", "SINGLE_FAMILY_PSYCHOEDUCATION"), List.of(),
                "Starter med kognitiv terapi og familiesamarbeid; musikkterapi når det er plass"),
        new Template("MEDICATION_OR_NOT", List.of("ANTIPSYCHOTIC_MEDICATION", "CBT_PSYCHOSIS"),
                List.of("Vente og se i fire uker"), "Prøver lav dose legemiddel sammen med kognitiv terapi"),
        new Template("MEDICATION_OR_NOT", List.of("ANTIPSYCHOTIC_MEDICATION", "CBT_PSYCHOSIS", "PHYSICAL_ACTIVITY"),
                List.of(), "Venter med legemidler; kognitiv terapi og fysisk aktivitet, ny vurdering om en måned"),
        new Template("MEDICATION_FREE_PATHWAY", List.of("CBT_PSYCHOSIS", "PHYSICAL_ACTIVITY", "IPS"),
                List.of("Ordinært forløp med legemidler"), "Velger medikamentfritt forløp med tett oppfølging"),
        new Template("TREATMENT", List.of("IPS", "SOCIAL_SKILLS_TRAINING"), List.of("Dagsenter i kommunen"),
                "Starter individuell jobbstøtte"),
    };
    private static final Template TAPERING = new Template("TAPERING", List.of("ANTIPSYCHOTIC_MEDICATION"),
            List.of("Trappe ned til halv dose over tre måneder", "Fortsette som nå"),
            "Trapper gradvis ned, med avtale om hva som gjøres ved varseltegn");
    private static final String[] WHAT_MATTERS = {
        "Å kunne jobbe igjen", "Å sove godt og ha faste rutiner", "Å føle meg mer som meg selv",
        "Å slippe bivirkninger som gjør meg trøtt", "Å ha god kontakt med familien", "Stabil økonomi og et sted å bo",
        "Å kunne spille musikk igjen", "At noen hører på hva jeg mener",
    };

    private final DemoRows rows;
    private final LocalDate first;
    private final LocalDate today;

    DemoSharedDecisions(DemoRows rows, LocalDate first, LocalDate today) {
        this.rows = rows;
        this.first = first;
        this.today = today;
    }

    /**
     * The decisions of one psychosis course at Kronstad; {@code relatives} are its relatives on the
     * network map, {@code staff} the names of the unit's staff.
     */
    void course(UUID course, LocalDate start, LocalDate end, List<UUID> relatives, List<String> staff) {
        Random random = new Random(course.getMostSignificantBits() ^ course.getLeastSignificantBits() ^ 0x5A11L);
        // From about 15 % to about 80 % documented within 30 days over the two years.
        double progress = Math.min(1, ChronoUnit.DAYS.between(first, start) / 700.0);
        double withinWindow = 0.15 + 0.65 * progress;
        int day;
        if (random.nextDouble() < withinWindow) {
            day = random.nextInt(28) + (random.nextInt(4) == 0 ? 0 : 2);
        } else if (random.nextDouble() < 0.35) {
            day = 31 + random.nextInt(60);
        } else {
            return;
        }
        LocalDate decided = start.plusDays(day);
        if (decided.isAfter(today) || end != null && decided.isAfter(end)) {
            return;
        }
        UUID firstDecision = decision(random, course, decided, FIRST[random.nextInt(FIRST.length)], end, relatives,
                staff);
        // Some come back to it: a decision about tapering a few months later.
        LocalDate later = decided.plusDays(60 + random.nextInt(90));
        if (firstDecision != null && random.nextDouble() < 0.25 && !later.isAfter(today)
                && (end == null || !later.isAfter(end))) {
            decision(random, course, later, TAPERING, end, relatives, staff);
        }
    }

    private UUID decision(Random random, UUID course, LocalDate on, Template template, LocalDate end,
            List<UUID> relatives, List<String> staff) {
        UUID id = DemoRows.id(random);
        // Most set a day to revisit, a month to four after; on active courses some of those days have come.
        LocalDate revisit = random.nextDouble() < 0.7 ? on.plusDays(30 + random.nextInt(90)) : null;
        if (revisit != null && end != null && revisit.isAfter(end)) {
            revisit = null;
        }
        boolean aid = random.nextDouble() < 0.45;
        String whatMatters = WHAT_MATTERS[random.nextInt(WHAT_MATTERS.length)];
        List<UUID> participants = relatives.isEmpty() || random.nextBoolean() ? List.of() : List.of(relatives.get(0));
        OffsetDateTime at = on.atTime(9 + random.nextInt(7), 0).atZone(NORWAY).toOffsetDateTime();
        rows.add(DECISION, id, course, on, template.question(), whatMatters, aid, aid ? "HELSENORGE_PSYCHOSIS" : null,
                template.decision(), revisit, at, at);
        int position = 0;
        for (String option : template.optionIds()) {
            rows.add(OPTION, id, position++, option, null);
        }
        for (String option : template.freeOptions()) {
            rows.add(OPTION, id, position++, null, option);
        }
        for (UUID member : participants) {
            rows.add(PARTICIPANT, id, member);
        }
        rows.add(REVISION, id, course, at, staff.get(random.nextInt(staff.size())), on, template.question(),
                String.join(",", template.optionIds()), String.join("\n", template.freeOptions()), whatMatters, aid,
                aid ? "HELSENORGE_PSYCHOSIS" : null, String.join(",", participants.stream().map(UUID::toString).toList()),
                template.decision(), revisit);
        return id;
    }
}
