package org.estatecare.kit.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem+json answer where no controller runs: filters, security entry points. */
public class ProblemWriter {

    private final JsonMapper json;
    private final ProblemMessages messages;

    public ProblemWriter(JsonMapper json, ProblemMessages messages) {
        this.json = json;
        this.messages = messages;
    }

    public ProblemDetail problem(HttpServletRequest request, HttpStatus status, ProblemType type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(type.uri());
        problem.setTitle(messages.title(type, ProblemMessages.localeOf(request)));
        problem.setDetail(withoutCodeNames(detail));
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    /**
     * A detail that names Java types or packages (a framework's message passed on) says nothing a caller
     * can act on and shows our insides: it is replaced by a plain sentence.
     */
    static String withoutCodeNames(String detail) {
        if (detail == null || !CODE_NAME.matcher(detail).find()) {
            return detail;
        }
        return "the request has a value this operation cannot accept";
    }

    private static final java.util.regex.Pattern CODE_NAME = java.util.regex.Pattern.compile(
            "\\b(?:java|javax|jakarta|org|com|tools|sun)\\.[a-z0-9_]+\\.[A-Za-z0-9_.$]+|Exception\\b");

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String typeSlug,
                      String detail) throws IOException {
        write(response, problem(request, status, ProblemType.fromSlug(typeSlug), detail));
    }

    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(json.writeValueAsBytes(problem));
        response.flushBuffer();
    }
}
