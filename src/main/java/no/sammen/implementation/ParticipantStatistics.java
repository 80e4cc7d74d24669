package no.sammen.implementation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Who signed up for and attended training events, by workplace (the organisation's DPS by name, those from
 * elsewhere by kind of workplace), by position and by profession, as seed 003 breaks them down. Positions and
 * professions are known only of the organisation's staff; those from elsewhere are counted in a row of
 * their own ({@code key} "unknown").
 *
 * @param events how many events are counted
 */
public record ParticipantStatistics(int events, int signedUp, int attended, List<Row> byWorkplace,
        List<Row> byPosition, List<Row> byProfession) {

    /**
     * One bar of a chart: a label written as is ({@code label}) or a message key ({@code key}), the counts,
     * and each count's bar length in percent of the chart's largest count.
     */
    public record Row(String label, String key, int signedUp, int attended, int signedUpBar, int attendedBar) {
    }

    static ParticipantStatistics of(List<EventView> events) {
        Map<String, int[]> workplace = new LinkedHashMap<>();
        Map<String, int[]> position = new LinkedHashMap<>();
        Map<String, int[]> profession = new LinkedHashMap<>();
        int signedUp = 0;
        int attended = 0;
        int externalSignedUp = 0;
        int externalAttended = 0;
        for (EventView event : events) {
            for (EventView.Participant p : event.participants()) {
                add(workplace, "=" + p.workplace(), p.signedUp(), p.attended());
                add(position, "=" + p.position(), p.signedUp(), p.attended());
                add(profession, "organisation.profession." + p.profession(), p.signedUp(), p.attended());
            }
            for (EventView.External e : event.externals()) {
                int[] counts = workplace.computeIfAbsent("implementation.workplace." + e.workplace(), k -> new int[2]);
                counts[0] += e.signedUp();
                counts[1] += e.attended();
                externalSignedUp += e.signedUp();
                externalAttended += e.attended();
            }
            signedUp += event.signedUp();
            attended += event.attended();
        }
        if (externalSignedUp > 0 || externalAttended > 0) {
            for (Map<String, int[]> chart : List.of(position, profession)) {
                chart.put("implementation.statistics.unknown", new int[] {externalSignedUp, externalAttended});
            }
        }
        return new ParticipantStatistics(events.size(), signedUp, attended, rows(workplace), rows(position),
                rows(profession));
    }

    private static void add(Map<String, int[]> chart, String key, boolean signedUp, boolean attended) {
        int[] counts = chart.computeIfAbsent(key, k -> new int[2]);
        counts[0] += signedUp ? 1 : 0;
        counts[1] += attended ? 1 : 0;
    }

    /** Largest first (by those signed up, then attended), the rows from elsewhere after the organisation's. */
    private static List<Row> rows(Map<String, int[]> chart) {
        int max = chart.values().stream().mapToInt(c -> Math.max(c[0], c[1])).max().orElse(0);
        Function<Integer, Integer> bar = n -> max == 0 ? 0 : (int) Math.round(100.0 * n / max);
        List<Row> rows = new ArrayList<>();
        chart.forEach((key, counts) -> rows.add(key.startsWith("=")
                ? new Row(key.substring(1), null, counts[0], counts[1], bar.apply(counts[0]), bar.apply(counts[1]))
                : new Row(null, key, counts[0], counts[1], bar.apply(counts[0]), bar.apply(counts[1]))));
        rows.sort(Comparator.comparing((Row r) -> r.key() != null && r.key().startsWith("implementation."))
                .thenComparing(Comparator.comparingInt(Row::signedUp).reversed())
                .thenComparing(Comparator.comparingInt(Row::attended).reversed())
                .thenComparing(r -> r.label() == null ? r.key() : r.label()));
        return List.copyOf(rows);
    }
}
