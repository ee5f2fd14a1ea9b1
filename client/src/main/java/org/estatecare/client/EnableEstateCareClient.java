package org.estatecare.client;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Import;

/**
 * The six API interfaces as Spring Cloud OpenFeign clients, injectable anywhere in the application, configured by
 * {@code estatecare.client.*} ({@link EstateCareClientProperties}): where the platform is, and the client credentials
 * the department was given.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@EnableFeignClients(clients = {EstatesApi.class, AgreementsApi.class, ComplaintsApi.class, AssessmentsApi.class,
        SubsidiesApi.class, WebhooksApi.class})
@Import(EstateCareClientConfiguration.class)
public @interface EnableEstateCareClient {
}
