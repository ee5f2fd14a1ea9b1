package org.estatecare.complaints.open311.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class GeoReportConfiguration {

    /** First of all filters on the Open311 paths, so that every refusal there, security's too, answers as GeoReport. */
    @Bean
    FilterRegistrationBean<GeoReportErrors> geoReportErrors() {
        var registration = new FilterRegistrationBean<>(new GeoReportErrors());
        registration.addUrlPatterns("/open311/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
