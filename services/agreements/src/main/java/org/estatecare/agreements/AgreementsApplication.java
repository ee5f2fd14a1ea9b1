package org.estatecare.agreements;

import org.estatecare.agreements.fee.FeeStandardId;
import org.estatecare.kit.persistence.IdentifierConversion;
import org.estatecare.kit.persistence.IdentifierConversion.IdType;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Service companies and the management service agreements they sign for estates (R-AGR-1 … R-AGR-5,
 * R-COMM-1): the "1+4+N" terms, the district's fee standards, fee collection and its quarterly
 * publication to residents, and the quarterly subsidy-use report.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class AgreementsApplication {

    public static void main(String[] args) {
        SpringApplication.run(AgreementsApplication.class, args);
    }

    /** The platform's ids and this service's own are stored as their text. */
    @Bean
    IdentifierConversion identifierConversion() {
        return IdentifierConversion.shared().with(new IdType<>(FeeStandardId.class, FeeStandardId::new));
    }
}
