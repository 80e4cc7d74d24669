package no.sammen.guideline;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param catalogs the class path resources of every version of the guideline catalog, oldest first;
 *                 the last is the one in use, the others are kept so that what was registered under
 *                 them can still be read
 */
@Validated
@ConfigurationProperties("sammen.guideline")
record GuidelineProperties(@NotEmpty @DefaultValue("guideline/guideline-v1.json") List<String> catalogs) {
}
