package no.sammen.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param enabled  load demo data into an empty database at start-up
 * @param password the password of every demo user
 */
@Validated
@ConfigurationProperties("sammen.demo")
record DemoProperties(@DefaultValue("false") boolean enabled, @DefaultValue("sammen-demo-2026") String password) {
}
