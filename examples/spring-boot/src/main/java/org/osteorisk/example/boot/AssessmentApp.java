package org.osteorisk.example.boot;

import org.osteorisk.engine.Assessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A health-app backend that assesses profiles posted as JSON. */
@SpringBootApplication
public class AssessmentApp {

    public static void main(String[] args) {
        SpringApplication.run(AssessmentApp.class, args);
    }

    /** One assessor for the whole app: it is thread-safe, and building it loads the bundled rules. */
    @Bean
    Assessor assessor() {
        return Assessor.create();
    }
}
