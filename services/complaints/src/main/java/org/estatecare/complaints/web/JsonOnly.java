package org.estatecare.complaints.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.xml.JacksonXmlHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API reads and answers JSON only. Jackson's XML module is here for Open311, which renders its own XML; the
 * message converter its presence would bring is dropped, so no endpoint takes an XML body past the strict JSON
 * checks, or answers XML to an {@code Accept} header.
 */
@Configuration(proxyBeanMethods = false)
class JsonOnly implements WebMvcConfigurer {

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder converters) {
        converters.configureMessageConvertersList(list -> list.removeIf(JacksonXmlHttpMessageConverter.class::isInstance));
    }
}
