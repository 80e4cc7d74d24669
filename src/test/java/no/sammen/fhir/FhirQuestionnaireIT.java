package no.sammen.fhir;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import ca.uhn.fhir.context.FhirContext;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Questionnaire;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The survey questionnaires as FHIR R4 Questionnaires, checked by HAPI's validator against the base specification. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FhirQuestionnaireIT {

    @Autowired
    MockMvc mvc;

    private String get(String path) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                        .with(httpBasic("analytiker", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void eachQuestionnaireIsAValidFhirQuestionnaireWithItsTranslations() throws Exception {
        for (String id : List.of("RELATIVES-1", "PATIENTS-1", "STAFF-1")) {
            String json = get("/api/v1/fhir/Questionnaire/" + id);
            assertThat(FhirValidation.errors(json)).as(id).isEmpty();
            Questionnaire q = FhirContext.forR4Cached().newJsonParser().parseResource(Questionnaire.class, json);
            assertThat(q.getIdElement().getIdPart()).isEqualTo(id);
            assertThat(q.getItem()).isNotEmpty().allMatch(i -> i.getTextElement()
                    .getExtensionsByUrl(FhirQuestionnaires.TRANSLATION).size() == 2);
            assertThat(q.getItem()).anyMatch(i -> i.getType() == Questionnaire.QuestionnaireItemType.TEXT
                    && i.getMaxLength() == 500);
            assertThat(q.getItem()).anyMatch(Questionnaire.QuestionnaireItemComponent::getRequired);
        }
        Questionnaire relatives = FhirContext.forR4Cached().newJsonParser().parseResource(Questionnaire.class,
                get("/api/v1/fhir/Questionnaire/RELATIVES"));
        assertThat(relatives.getItem().stream().filter(i -> i.getLinkId().equals("INFORMED_TREATMENT")).findFirst()
                .orElseThrow().getAnswerOption()).hasSize(5)
                .first().satisfies(o -> assertThat(o.getValueCoding().getDisplay()).isEqualTo("1 – Ikke i det hele tatt"));
        String bundle = get("/api/v1/fhir/Questionnaire");
        assertThat(FhirValidation.errors(bundle)).isEmpty();
        assertThat(FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, bundle).getTotal()).isEqualTo(3);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                "/api/v1/fhir/Questionnaire/NEIGHBOURS-1").with(httpBasic("analytiker", PASSWORD)))
                .andExpect(status().isNotFound());
    }
}
