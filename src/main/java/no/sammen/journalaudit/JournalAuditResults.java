package no.sammen.journalaudit;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The query the rest of Sammen may ask of journal audits: the results of a unit's rounds, with K8 (records
 * meeting the checklist's criteria, of those audited) and whether each round is still provisional. Counted
 * from the stored answers, so a round's value does not change unless its checklists do. The indicator
 * catalog is meant to count K8 from here once it holds measures that are not counted from course facts
 * (ADR 0034). Aggregates only, for those who may read the unit's results; otherwise "not found".
 */
@Component
public class JournalAuditResults {

    private final JournalAuditService service;

    JournalAuditResults(JournalAuditService service) {
        this.service = service;
    }

    /** The unit's rounds, oldest period first, with their results. */
    @Transactional(readOnly = true)
    public List<RoundResultView> ofUnit(UUID unitId) {
        return service.results(unitId);
    }
}
