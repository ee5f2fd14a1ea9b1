package org.estatecare.complaints;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Complaints, petitions and violation reports (R-CMP-1 … R-CMP-5): who must handle them, by when in
 * working days, and how they escalate.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ComplaintsApplication {

    public static void main(String[] args) {
        SpringApplication.run(ComplaintsApplication.class, args);
    }
}
