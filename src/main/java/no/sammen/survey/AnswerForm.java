package no.sammen.survey;

import java.util.LinkedHashMap;
import java.util.Map;

/** The public answer form: the answers by item id, and a single-use code where the round asks for one. */
public class AnswerForm {

    private String code;
    private Map<String, String> answers = new LinkedHashMap<>();

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public void setAnswers(Map<String, String> answers) {
        this.answers = answers;
    }
}
