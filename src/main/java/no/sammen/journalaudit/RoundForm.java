package no.sammen.journalaudit;

import java.util.UUID;

/** The form that opens an audit round. */
public class RoundForm {

    private UUID unitId;
    private PeriodKind periodKind = PeriodKind.MONTH;
    private String period;
    private Population population = Population.STARTED_PSYCHOSIS;
    private Integer sampleSize = 10;

    AuditRules.OpenRound request() {
        return new AuditRules.OpenRound(periodKind, period, population, sampleSize);
    }

    public UUID getUnitId() {
        return unitId;
    }

    public void setUnitId(UUID unitId) {
        this.unitId = unitId;
    }

    public PeriodKind getPeriodKind() {
        return periodKind;
    }

    public void setPeriodKind(PeriodKind periodKind) {
        this.periodKind = periodKind;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public Population getPopulation() {
        return population;
    }

    public void setPopulation(Population population) {
        this.population = population;
    }

    public Integer getSampleSize() {
        return sampleSize;
    }

    public void setSampleSize(Integer sampleSize) {
        this.sampleSize = sampleSize;
    }
}
