package no.sammen.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The guideline demo data (ADR 0024): which offers each unit has — most units most of them, a few
 * without music therapy or a multi-family group — and, at Kronstad, the checklists of psychosis
 * courses as seed 003 describes the first year: many offers declined or not available early on,
 * more offered and started as the year goes on. Drawn from each unit's and course's own random numbers,
 * so that the rest of the demo data stays as it was.
 */
final class DemoGuidelineData {

    static final String OFFER_SET = "insert into unit_offer_set (unit_id, changed_at, version) values (?, ?, 0)";
    static final String OFFER = "insert into unit_offer (unit_id, recommendation_id, waiting_weeks) values (?, ?, ?)";
    static final String ENTRY = """
            insert into guideline_checklist_entry (id, course_id, unit_id, recommendation_id, catalog_version,
                sequence, state, state_on, reason, recorded_at, version)
            values (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, 0)""";

    /** The catalog's offers with their usual waiting time, in weeks, from and to. */
    private static final List<Object[]> OFFERS = List.of(
            new Object[] {"CBT_PSYCHOSIS", 3, 8},
            new Object[] {"PHYSICAL_ACTIVITY", 0, 2},
            new Object[] {"SINGLE_FAMILY_PSYCHOEDUCATION", 2, 6},
            new Object[] {"MULTI_FAMILY_PSYCHOEDUCATION", 6, 16},
            new Object[] {"MUSIC_THERAPY", 8, 20},
            new Object[] {"SOCIAL_SKILLS_TRAINING", 4, 10},
            new Object[] {"IPS", 2, 6});
    /** Group offers that were often not available early on. */
    private static final List<String> GROUPS = List.of("MULTI_FAMILY_PSYCHOEDUCATION", "MUSIC_THERAPY",
            "SINGLE_FAMILY_PSYCHOEDUCATION");
    private static final String[] DECLINED = {"Ønsker ikke gruppe nå", "Vil vente til det roer seg", null, null,
            "Ønsker ikke at familien involveres ennå", null};
    private static final String[] NOT_RELEVANT = {"Er i full jobb", "Har allerede et tilsvarende tilbud i kommunen",
            "Pasienten er for syk nå, vurderes igjen senere"};

    private final DemoRows rows;
    private final OffsetDateTime now;
    private final ZoneId zone;

    DemoGuidelineData(DemoRows rows, OffsetDateTime now, ZoneId zone) {
        this.rows = rows;
        this.now = now;
        this.zone = zone;
    }

    /** The unit's offers: lacking music therapy or the multi-family group in a few units. */
    void offers(UUID unit, String name) {
        Random random = new Random(unit.getMostSignificantBits());
        rows.add(OFFER_SET, unit, now);
        boolean noMusic = name.equals(DemoDataLoader.DEMO_UNIT) || random.nextInt(4) == 0;
        boolean noMultiFamily = name.contains("akutteam") || random.nextInt(5) == 0;
        for (Object[] offer : OFFERS) {
            String id = (String) offer[0];
            if (id.equals("MUSIC_THERAPY") && noMusic || id.equals("MULTI_FAMILY_PSYCHOEDUCATION") && noMultiFamily) {
                continue;
            }
            int from = (Integer) offer[1];
            int to = (Integer) offer[2];
            rows.add(OFFER, unit, id, random.nextInt(5) == 0 ? null : from + random.nextInt(to - from + 1));
        }
    }

    /**
     * The checklist of one psychosis course at Kronstad. {@code progress} runs from 0 (the start of the
     * demo year) to 1 (today): the later the course, the more is considered, offered and started.
     */
    void checklist(UUID course, UUID unit, LocalDate start, LocalDate end, boolean medicationFree, double progress,
            LocalDate today) {
        Random random = new Random(course.getLeastSignificantBits());
        LocalDate last = end == null || end.isAfter(today) ? today : end;
        long length = ChronoUnit.DAYS.between(start, last);
        if (length < 3) {
            return;
        }
        for (Object[] offer : OFFERS) {
            String id = (String) offer[0];
            if (random.nextDouble() > 0.35 + 0.5 * progress) {
                continue; // not yet considered
            }
            LocalDate first = start.plusDays(2 + random.nextInt((int) Math.min(length - 1, 45)));
            if (first.isAfter(last)) {
                first = last;
            }
            double r = random.nextDouble();
            double unavailable = GROUPS.contains(id) ? 0.35 * (1 - progress) : 0.05 * (1 - progress);
            double declined = 0.35 - 0.2 * progress;
            int sequence = 1;
            if (r < unavailable) {
                entry(course, unit, id, sequence++, "NOT_AVAILABLE", first, null);
                // Later in the year the offer came, and some were offered it then.
                LocalDate later = first.plusDays(30 + random.nextInt(60));
                if (progress > 0.3 && !later.isAfter(last) && random.nextBoolean()) {
                    entry(course, unit, id, sequence, "OFFERED", later, null);
                }
            } else if (r < unavailable + declined) {
                entry(course, unit, id, sequence, "DECLINED", first, DECLINED[random.nextInt(DECLINED.length)]);
            } else if (r < unavailable + declined + 0.08) {
                entry(course, unit, id, sequence, "NOT_RELEVANT", null, NOT_RELEVANT[random.nextInt(NOT_RELEVANT.length)]);
            } else {
                entry(course, unit, id, sequence++, "OFFERED", first, null);
                LocalDate started = first.plusDays(7 + random.nextInt(28));
                if (!started.isAfter(last) && random.nextDouble() < 0.4 + 0.4 * progress) {
                    entry(course, unit, id, sequence, "STARTED", started, null);
                }
            }
        }
        if (!medicationFree && random.nextDouble() < 0.3 + 0.5 * progress) {
            LocalDate on = start.plusDays(random.nextInt((int) Math.min(length, 14) + 1));
            entry(course, unit, "ANTIPSYCHOTIC_MEDICATION", 1, random.nextInt(4) == 0 ? "DECLINED" : "STARTED", on,
                    null);
        }
    }

    private void entry(UUID course, UUID unit, String recommendation, int sequence, String state, LocalDate on,
            String reason) {
        LocalDate day = on == null ? now.toLocalDate() : on;
        OffsetDateTime recorded = day.atTime(14, 0).atZone(zone).toOffsetDateTime();
        rows.add(ENTRY, new UUID(course.getMostSignificantBits() ^ recommendation.hashCode(),
                course.getLeastSignificantBits() + sequence), course, unit, recommendation, sequence, state, on, reason,
                recorded.isAfter(now) ? now : recorded);
    }
}
