package org.estatecare.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The one front door of EstateCare for district departments and every client: routes each API to
 * its service, checks every token before routing (the services check it again), limits each
 * client's rate, cuts off slow or absent services with a problem+json 503, and serves one Swagger UI.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
