package no.sammen.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application, in Norwegian time, so that "today" means the same on every
 * page and tests can fix it.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    @Bean
    Clock clock() {
        return Clock.system(NORWAY);
    }
}
