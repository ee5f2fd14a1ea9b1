package org.estatecare.complaints.open311.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every refusal under {@code /open311/} answers as GeoReport v2 does, whoever refused (the security entry point, an
 * input filter, a controller): an array of {@code {code, description}} in JSON, {@code <errors><error>} in XML,
 * chosen by the path's extension. The code is the HTTP status; a rule violation (422 elsewhere) is a 400 here, the
 * standard having no other code for a request it cannot take. Each violation or field error is an error of its own.
 * Answers that are not refusals pass unchanged.
 */
public class GeoReportErrors extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, answer);
        } finally {
            if (answer.getStatus() >= 400) {
                rewrite(request, answer);
            }
            answer.copyBodyToResponse();
        }
    }

    private static void rewrite(HttpServletRequest request, ContentCachingResponseWrapper answer) throws IOException {
        int status = answer.getStatus() == HttpStatus.UNPROCESSABLE_CONTENT.value() ? 400 : answer.getStatus();
        Open311Format format = request.getRequestURI().endsWith(".xml") ? Open311Format.XML : Open311Format.JSON;
        List<GeoReport.Error> errors = errors(status, answer.getContentAsByteArray());
        answer.resetBuffer();
        answer.setStatus(status);
        answer.setContentType(format == Open311Format.XML ? "text/xml;charset=UTF-8" : "application/json");
        answer.setCharacterEncoding("UTF-8");
        answer.getOutputStream().write(format.write(new GeoReport.Errors(errors)).getBytes(StandardCharsets.UTF_8));
    }

    /** What the refusal said: each violation or field error, else its detail, else its title, else the status's reason. */
    static List<GeoReport.Error> errors(int status, byte[] body) {
        List<GeoReport.Error> errors = new ArrayList<>();
        String fallback = HttpStatus.valueOf(status).getReasonPhrase();
        JsonNode problem = null;
        try {
            problem = body.length == 0 ? null : JSON.readTree(body);
        } catch (RuntimeException notJson) {
            // a body that is not a problem document: the reason phrase says it
        }
        if (problem != null && problem.isObject()) {
            problem.path("violations").forEach(v -> errors.add(new GeoReport.Error(status, v.path("message").asString(fallback))));
            problem.path("errors").forEach(e -> errors.add(new GeoReport.Error(status,
                    (e.path("field").asString("").isEmpty() ? "" : e.path("field").asString() + ": ")
                            + e.path("message").asString(fallback))));
            if (errors.isEmpty()) {
                String detail = problem.path("detail").asString("");
                errors.add(new GeoReport.Error(status, detail.isBlank() ? problem.path("title").asString(fallback) : detail));
            }
        } else {
            errors.add(new GeoReport.Error(status, fallback));
        }
        return errors;
    }
}
