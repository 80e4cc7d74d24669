package no.sammen.survey;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

/** The form that opens a survey round. */
public class RoundForm {

    private UUID unitId;
    private String questionnaire = "RELATIVES";
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate opensOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate closesOn;
    private boolean codesRequired;

    SurveyRules.OpenRound request() {
        return new SurveyRules.OpenRound(questionnaire, opensOn, closesOn, codesRequired);
    }

    public UUID getUnitId() {
        return unitId;
    }

    public void setUnitId(UUID unitId) {
        this.unitId = unitId;
    }

    public String getQuestionnaire() {
        return questionnaire;
    }

    public void setQuestionnaire(String questionnaire) {
        this.questionnaire = questionnaire;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public boolean isCodesRequired() {
        return codesRequired;
    }

    public void setCodesRequired(boolean codesRequired) {
        this.codesRequired = codesRequired;
    }
}
