package no.sammen.shareddecision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form of a shared decision. Its property names are the field names the service's problems use,
 * so that each message lands beside its field; the clinician's own options are one a line.
 */
class DecisionForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate decidedOn;
    private DecisionQuestion question;
    private String questionText;
    private List<String> optionIds = new ArrayList<>();
    private String freeOptions;
    private String whatMatters;
    private Boolean decisionAidUsed;
    private DecisionAid decisionAid;
    private String decisionAidText;
    private List<UUID> participantIds = new ArrayList<>();
    private String decision;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate revisitOn;
    private long version;

    static DecisionForm of(SharedDecisionView d) {
        DecisionForm form = new DecisionForm();
        form.decidedOn = d.decidedOn();
        form.question = d.question();
        form.questionText = d.questionText();
        form.optionIds = new ArrayList<>(d.optionIds());
        form.freeOptions = String.join("\n", d.freeOptions());
        form.whatMatters = d.whatMatters();
        form.decisionAidUsed = d.decisionAidUsed();
        form.decisionAid = d.decisionAid();
        form.decisionAidText = d.decisionAidText();
        form.participantIds = new ArrayList<>(d.participantIds());
        form.decision = d.decision();
        form.revisitOn = d.revisitOn();
        form.version = d.version();
        return form;
    }

    SharedDecisionRegistration registration() {
        return new SharedDecisionRegistration(decidedOn, question, questionText, optionIds,
                freeOptions == null ? List.of() : Arrays.asList(freeOptions.split("\\R")), whatMatters,
                decisionAidUsed, decisionAid, decisionAidText, new HashSet<>(participantIds), decision, revisitOn);
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public DecisionQuestion getQuestion() {
        return question;
    }

    public void setQuestion(DecisionQuestion question) {
        this.question = question;
    }

    public String getQuestionText() {
        return questionText;
    }

    public void setQuestionText(String questionText) {
        this.questionText = questionText;
    }

    public List<String> getOptionIds() {
        return optionIds;
    }

    public void setOptionIds(List<String> optionIds) {
        this.optionIds = optionIds == null ? new ArrayList<>() : optionIds;
    }

    public String getFreeOptions() {
        return freeOptions;
    }

    public void setFreeOptions(String freeOptions) {
        this.freeOptions = freeOptions;
    }

    public String getWhatMatters() {
        return whatMatters;
    }

    public void setWhatMatters(String whatMatters) {
        this.whatMatters = whatMatters;
    }

    public Boolean getDecisionAidUsed() {
        return decisionAidUsed;
    }

    public void setDecisionAidUsed(Boolean decisionAidUsed) {
        this.decisionAidUsed = decisionAidUsed;
    }

    public DecisionAid getDecisionAid() {
        return decisionAid;
    }

    public void setDecisionAid(DecisionAid decisionAid) {
        this.decisionAid = decisionAid;
    }

    public String getDecisionAidText() {
        return decisionAidText;
    }

    public void setDecisionAidText(String decisionAidText) {
        this.decisionAidText = decisionAidText;
    }

    public List<UUID> getParticipantIds() {
        return participantIds;
    }

    public void setParticipantIds(List<UUID> participantIds) {
        this.participantIds = participantIds == null ? new ArrayList<>() : participantIds;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public LocalDate getRevisitOn() {
        return revisitOn;
    }

    public void setRevisitOn(LocalDate revisitOn) {
        this.revisitOn = revisitOn;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
