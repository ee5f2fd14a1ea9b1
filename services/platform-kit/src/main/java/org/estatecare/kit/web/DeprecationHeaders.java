package org.estatecare.kit.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Adds to every answer of a {@link Deprecation deprecated} operation, before it runs (so refusals carry them too):
 * {@code Deprecation: @<epoch seconds>} of the day it was deprecated (RFC 9745), {@code Sunset: <HTTP date>} of the
 * first day it may be gone (RFC 8594), and {@code Link: <successor>; rel="successor-version"}. Days start at midnight
 * in the district's time.
 */
public class DeprecationHeaders implements HandlerInterceptor {

    private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT)
            .withZone(ZoneId.of("GMT"));

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(Deprecation.class)) {
            Deprecation deprecation = method.getMethodAnnotation(Deprecation.class);
            response.setHeader("Deprecation", deprecationValue(deprecation));
            response.setHeader("Sunset", sunsetValue(deprecation));
            String successor = deprecation.successor();
            String path = successor.substring(successor.indexOf(' ') + 1);
            response.addHeader("Link", "<" + path + ">; rel=\"successor-version\"");
        }
        return true;
    }

    /** RFC 9745: a structured-field date, {@code @} and the epoch seconds. */
    static String deprecationValue(Deprecation deprecation) {
        return "@" + LocalDate.parse(deprecation.since()).atStartOfDay(DISTRICT).toEpochSecond();
    }

    /** RFC 8594: an HTTP date. */
    static String sunsetValue(Deprecation deprecation) {
        return HTTP_DATE.format(LocalDate.parse(deprecation.sunset()).atStartOfDay(DISTRICT));
    }
}
