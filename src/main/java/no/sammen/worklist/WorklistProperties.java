package no.sammen.worklist;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param amberDays an open item is shown amber when its deadline is at most this many days away (today
 *                  counts as 0); items due later are shown plainly, overdue ones red (ADR 0019)
 */
@Validated
@ConfigurationProperties("sammen.worklist")
record WorklistProperties(@DefaultValue("3") @Min(0) @Max(30) int amberDays) {
}
