package no.sammen.survey;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param questionnaires   the class path resources of every questionnaire version in use
 * @param minimumAnswers   no figure is shown for fewer answers than this (a round, an item), and free text only
 *                         once a round has this many
 * @param answersPerMinute how many answers one round takes a minute (per instance), a token bucket
 * @param maxBodyBytes     the largest answer a browser may post
 * @param maxCodes         the most single-use codes made at once
 * @param maxRoundDays     the longest a round may be open
 */
@Validated
@ConfigurationProperties("sammen.survey")
record SurveyProperties(
        @NotEmpty @DefaultValue({"survey/relatives-v1.json", "survey/patients-v1.json", "survey/staff-v1.json"})
        List<String> questionnaires,
        @Min(1) @Max(100) @DefaultValue("5") int minimumAnswers,
        @Min(1) @Max(10000) @DefaultValue("20") int answersPerMinute,
        @Min(1024) @Max(1048576) @DefaultValue("32768") int maxBodyBytes,
        @Min(1) @Max(1000) @DefaultValue("300") int maxCodes,
        @Min(1) @Max(366) @DefaultValue("183") int maxRoundDays) {
}
