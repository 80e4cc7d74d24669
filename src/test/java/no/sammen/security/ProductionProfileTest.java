package no.sammen.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/** The production profile ({@code postgres}) sends the session cookie over HTTPS only and closes the API docs. */
class ProductionProfileTest {

    @Test
    void theProductionProfileSecuresTheSessionCookieAndClosesTheApiDocumentation() {
        Properties production = load("application-postgres.yml");
        assertThat(production.getProperty("server.servlet.session.cookie.secure")).isEqualTo("true");
        assertThat(production.getProperty("sammen.security.public-api-docs")).isEqualTo("false");
        Properties development = load("application.yml");
        assertThat(development.getProperty("server.servlet.session.cookie.secure")).isNull();
    }

    private static Properties load(String name) {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource(name));
        return yaml.getObject();
    }
}
