package org.estatecare.subsidies;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Subsidies: the district's subsidy policy (rates by estate class, grade factors, named recipients, street budgets),
 * monthly allocation runs computed day by day from what the registry, the agreements and the assessments announced,
 * their approval (核拨) and disbursement, an append-only hash-chained ledger, and the auditors' exports and
 * reconciliation (R-SUB-1 … R-SUB-4, R-EXIT-2).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class SubsidiesApplication {

    public static void main(String[] args) {
        SpringApplication.run(SubsidiesApplication.class, args);
    }
}
