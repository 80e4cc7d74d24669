package no.sammen.journalaudit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param checklist     the class path resource of the checklist in use
 * @param maxSampleSize the largest sample a round may draw
 */
@Validated
@ConfigurationProperties("sammen.journal-audit")
record JournalAuditProperties(@NotBlank @DefaultValue("journalaudit/checklist-v1.json") String checklist,
        @Min(1) @Max(500) @DefaultValue("50") int maxSampleSize) {
}
