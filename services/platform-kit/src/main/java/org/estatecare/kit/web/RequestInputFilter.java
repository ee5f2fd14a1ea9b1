package org.estatecare.kit.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads them, query parameters and path segments that no interface can mean:
 * control characters (a NUL in a {@code name} filter reached the database and failed there), text
 * longer than {@code estatecare.web.max-parameter-length}, and percent-encoding that does not decode.
 * A form body ({@code application/x-www-form-urlencoded}, as Open311 posts) must decode, and its
 * values hold text as JSON strings do: no control characters but tab and line breaks, and no value
 * longer than {@code estatecare.web.max-text-length}.
 */
public class RequestInputFilter extends OncePerRequestFilter {

    private final int maxLength;
    private final int maxTextLength;
    private final ProblemWriter problems;

    public RequestInputFilter(int maxLength, int maxTextLength, ProblemWriter problems) {
        this.maxLength = maxLength;
        this.maxTextLength = maxTextLength;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String refusal = refusal(request.getRequestURI(), request.getQueryString());
        if (refusal == null && isForm(request)) {
            refusal = formRefusal(request);
        }
        if (refusal != null) {
            problems.write(response, problems.problem(request, HttpStatus.BAD_REQUEST, ProblemType.VALIDATION, refusal));
            return;
        }
        chain.doFilter(request, response);
    }

    /** Why the path or query cannot be served, or null when they can. */
    String refusal(String path, String query) {
        for (String segment : path.split("/")) {
            String decoded = decode(segment, false);
            if (decoded == null) {
                return "the path is not validly percent-encoded";
            }
            if (decoded.length() > maxLength) {
                return "a path segment is longer than " + maxLength + " characters";
            }
            if (StrictText.hasAnyControlCharacter(decoded)) {
                return "the path contains a control character";
            }
        }
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals), true);
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1), true);
            if (name == null || value == null) {
                return "the query string is not validly percent-encoded";
            }
            String shown = name.length() > 50 || StrictText.hasAnyControlCharacter(name) ? "?" : name;
            if (name.length() > maxLength || value.length() > maxLength) {
                return "query parameter '" + shown + "' is longer than " + maxLength + " characters";
            }
            if (StrictText.hasAnyControlCharacter(name) || StrictText.hasAnyControlCharacter(value)) {
                return "query parameter '" + shown + "' contains a control character";
            }
        }
        return null;
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                && !"GET".equals(request.getMethod());
    }

    /** The servlet container decodes the form; a broken encoding surfaces as an exception from it. */
    private String formRefusal(HttpServletRequest request) {
        java.util.Map<String, String[]> form;
        try {
            form = request.getParameterMap();
        } catch (IllegalStateException | IllegalArgumentException broken) {
            return "the form body is not validly percent-encoded";
        }
        for (var field : form.entrySet()) {
            String shown = field.getKey().length() > 50 || StrictText.hasAnyControlCharacter(field.getKey()) ? "?" : field.getKey();
            if (StrictText.hasAnyControlCharacter(field.getKey()) || field.getKey().length() > maxLength) {
                return "a form field name is not acceptable";
            }
            for (String value : field.getValue()) {
                if (value.length() > maxTextLength) {
                    return "form field '" + shown + "' is longer than " + maxTextLength + " characters";
                }
                if (StrictText.firstControlCharacter(value) >= 0) {
                    return "form field '" + shown + "' contains a control character";
                }
            }
        }
        return null;
    }

    /** Percent-decoded text ({@code +} as a space in a query), or null when the encoding is broken. */
    private static String decode(String raw, boolean query) {
        try {
            return URLDecoder.decode(query ? raw : raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException broken) {
            return null;
        }
    }
}
