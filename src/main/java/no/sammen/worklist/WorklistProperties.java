package no.sammen.worklist;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Days after the start (day 0) within which each expectation is due. The defaults follow the
 * national guideline (relatives contacted within three days) and the indicator windows (the three
 * conversations within 42 days).
 */
@Validated
@ConfigurationProperties("sammen.worklist")
record WorklistProperties(
        @Min(0) @DefaultValue("3") int relativesContactDays,
        @Min(0) @DefaultValue("42") int conversationDays,
        @Min(0) @DefaultValue("14") int crisisPlanDays,
        @Min(0) @DefaultValue("28") int networkMeetingDays) {
}
