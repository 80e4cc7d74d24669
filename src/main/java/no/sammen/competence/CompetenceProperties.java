package no.sammen.competence;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param plans       the class path resource of the competence plan templates in use; earlier versions stay
 *                    in the class path, readable
 * @param chartMonths how many months the overview's K9 chart shows, the current one included
 */
@Validated
@ConfigurationProperties("sammen.competence")
record CompetenceProperties(@NotBlank @DefaultValue("competence/plans-v2.json") String plans,
        @Min(2) @Max(60) @DefaultValue("12") int chartMonths) {
}
