package org.estatecare.assessments;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Assessments: each street's assessment scheme, the evidence (inspections, satisfaction surveys,
 * complaint handling, reports on time) and the explainable period scores and grades that the subsidy
 * is allocated by (R-ASM-1 … R-ASM-5, R-SUB-2).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class AssessmentsApplication {

    public static void main(String[] args) {
        SpringApplication.run(AssessmentsApplication.class, args);
    }
}
