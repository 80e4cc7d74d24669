package no.sammen.journalaudit;

import java.util.LinkedHashMap;
import java.util.Map;

/** The checklist of one record: an answer per item id, the version read, and whether it is completed. */
public class ChecklistForm {

    private Long version;
    private Map<String, String> answers = new LinkedHashMap<>();
    private boolean complete;

    static ChecklistForm of(RecordView record) {
        ChecklistForm form = new ChecklistForm();
        form.version = record.version();
        record.answers().forEach((item, answer) -> form.answers.put(item, answer.name()));
        form.complete = record.completed() || record.answers().isEmpty();
        return form;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public void setAnswers(Map<String, String> answers) {
        this.answers = answers;
    }

    public boolean isComplete() {
        return complete;
    }

    public void setComplete(boolean complete) {
        this.complete = complete;
    }
}
