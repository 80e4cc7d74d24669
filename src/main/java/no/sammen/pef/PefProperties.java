package no.sammen.pef;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param recruitAfterDays a psychosis course joins the unit's recruitment list once it has been active this many days
 * @param pageSize         courses per page of the recruitment list
 */
@Validated
@ConfigurationProperties("sammen.pef")
record PefProperties(@Min(0) @DefaultValue("21") int recruitAfterDays, @Min(1) @DefaultValue("25") int pageSize) {
}
