package no.sammen;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SammenApplication {

    public static void main(String[] args) {
        SpringApplication.run(SammenApplication.class, args);
    }
}
