package no.sammen.journalaudit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.sammen.indicator.ProportionContributor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * K8 in the indicator catalog (ADR 0038): per unit and month, the completed records of the unit's audit rounds
 * that meet the checklist's criteria, of the completed records — the rule and the counting of
 * {@link JournalAuditResults}, so that the catalog and the round pages agree. A round is placed in the first
 * month of its period (a quarter's round in its first month); several rounds of a unit in a month add up. A
 * month holding a round with a record not yet completed is provisional. Two statements per report, whatever the
 * number of units and rounds: the rounds with their counts, and the completed records' answers.
 */
@Component
class AuditedRecordCounts implements ProportionContributor {

    static final String NAME = "journal_audit_records";

    private final JournalAuditRepository repository;
    private final AuditChecklist checklist;

    AuditedRecordCounts(JournalAuditRepository repository, AuditChecklist checklist) {
        this.repository = repository;
        this.checklist = checklist;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Row> monthly(LocalDate from, LocalDate to) {
        LocalDate first = YearMonth.from(from).atDay(1);
        LocalDate last = YearMonth.from(to).atEndOfMonth();
        Map<UUID, Map<UUID, Map<String, Answer>>> answers = repository.completedAnswers(first, last);
        Map<List<Object>, long[]> cells = new LinkedHashMap<>();
        for (JournalAuditRepository.RoundCount round : repository.roundCounts(first, last)) {
            long meeting = answers.getOrDefault(round.id(), Map.of()).values().stream().filter(checklist::meets)
                    .count();
            long[] cell = cells.computeIfAbsent(List.of(round.unitId(), YearMonth.from(round.periodStart())),
                    k -> new long[3]);
            cell[0] += meeting;
            cell[1] += round.completed();
            cell[2] += round.completed() < round.sampleSize() ? 1 : 0;
        }
        List<Row> rows = new ArrayList<>();
        cells.forEach((key, cell) -> rows.add(new Row((UUID) key.get(0), (YearMonth) key.get(1), cell[0], cell[1],
                cell[2] > 0)));
        return rows;
    }
}
