package org.estatecare.client;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * A refusal, from the RFC 9457 problem document the API answered: its status, stable type (the last part of
 * {@code https://estatecare.org/problems/<type>}), title and detail, the rule violations (422) or field errors (400)
 * it names, and the whole document. Each status has its own subclass, so a caller catches what it can act on.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final String detail;
    private final List<Violation> violations;
    private final transient JsonNode problem;

    public ProblemException(int status, String type, String title, String detail, List<Violation> violations, JsonNode problem) {
        super(status + " " + type + (detail == null || detail.isBlank() ? "" : ": " + detail)
                + (violations.isEmpty() ? "" : " " + violations));
        this.status = status;
        this.type = type;
        this.title = title;
        this.detail = detail;
        this.violations = List.copyOf(violations);
        this.problem = problem;
    }

    /** What the problem names: a rule and its condition (422), or a field and what is wrong with it (400). */
    public record Violation(String rule, String condition, String field, String message) {
    }

    public int status() {
        return status;
    }

    /** The problem's stable type, e.g. {@code rule-violation}, {@code validation}, {@code not-found}. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The problem document as answered (null when the answer had none). */
    public JsonNode problem() {
        return problem;
    }

    /** The exception of the status's kind. */
    static ProblemException of(int status, JsonNode problem) {
        String type = problem == null ? "" : problem.path("type").asString("").replace("https://estatecare.org/problems/", "");
        String title = problem == null ? null : problem.path("title").asString(null);
        String detail = problem == null ? null : problem.path("detail").asString(null);
        List<Violation> violations = new ArrayList<>();
        if (problem != null) {
            problem.path("violations").forEach(v -> violations.add(new Violation(v.path("rule").asString(null),
                    v.path("condition").asString(null), v.path("about").asString(null), v.path("message").asString(null))));
            problem.path("errors").forEach(e -> violations.add(new Violation(null, null, e.path("field").asString(null),
                    e.path("message").asString(null))));
        }
        return switch (status) {
            case 400 -> new BadRequest(status, type, title, detail, violations, problem);
            case 401 -> new Unauthorized(status, type, title, detail, violations, problem);
            case 403 -> new Forbidden(status, type, title, detail, violations, problem);
            case 404 -> new NotFound(status, type, title, detail, violations, problem);
            case 409, 412, 428 -> new Conflict(status, type, title, detail, violations, problem);
            case 422 -> new RuleViolation(status, type, title, detail, violations, problem);
            case 429 -> new RateLimited(status, type, title, detail, violations, problem);
            case 502, 503, 504 -> new Unavailable(status, type, title, detail, violations, problem);
            default -> new ProblemException(status, type, title, detail, violations, problem);
        };
    }

    /** 400: the request is malformed or a field is invalid ({@link #violations()} names the fields). */
    public static class BadRequest extends ProblemException {
        BadRequest(int s, String t, String ti, String d, List<Violation> v, JsonNode p) {
            super(s, t, ti, d, v, p);
        }
    }

    /** 401: no token, or one that is not valid. */
    public static class Unauthorized extends ProblemException {
        Unauthorized(int s, String t, String ti, String d, List<Violation> v, JsonNode p) {
            super(s, t, ti, d, v, p);
        }
    }

    /** 403: the caller may not do this, or not for this estate. */
    public static class Forbidden extends ProblemException {
        Forbidden(int s, String t, String ti, String d, List<Violation> v, JsonNode p) {
            super(s, t, ti, d, v, p);
        }
    }

    /** 404: nothing there, or nothing the caller may see. */
    public static class NotFound extends ProblemException {
        NotFound(int s, String t, String ti, String d, List<Violation> v, JsonNode p) {
            super(s, t, ti, d, v, p);
        }
    }

    /** 409, 412, 428: the state or revision the request assumed is not the current one; read it again. */
    public static class Conflict extends ProblemException {
        Conflict(int s, String t, String ti, String d, List<Violation> v, JsonNode p) {
            super(s, t, ti, d, v, p);
        }
    }

    /** 422: a rule of the policy forbids it; {@link #violations()} names each rule and condition. */
    public static class RuleViolation extends ProblemException {
        RuleViolation(int s, String t, String ti, String d, List<Violation> v, JsonNode p) {
            super(s, t, ti, d, v, p);
        }
    }

    /** 429: still too many requests after the retries. */
    public static class RateLimited extends ProblemException {
        RateLimited(int s, String t, String ti, String d, List<Violation> v, JsonNode p) {
            super(s, t, ti, d, v, p);
        }
    }

    /** 502, 503, 504: a service did not answer, still after the retries. */
    public static class Unavailable extends ProblemException {
        Unavailable(int s, String t, String ti, String d, List<Violation> v, JsonNode p) {
            super(s, t, ti, d, v, p);
        }
    }
}
