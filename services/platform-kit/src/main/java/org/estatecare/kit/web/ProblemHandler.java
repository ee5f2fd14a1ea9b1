package org.estatecare.kit.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.estatecare.kit.domain.DomainException;
import org.estatecare.kit.domain.NotFoundException;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.RevisionRequiredException;
import org.estatecare.kit.domain.StaleVersionException;
import org.estatecare.kit.domain.StateConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every refusal into RFC 9457 problem+json: a stable {@code type}, a localised title, a detail,
 * and for validation the list of field errors. Nothing about the refused request is stored.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final ProblemWriter problems;
    private final ProblemMessages messages;

    public ProblemHandler(ProblemWriter problems, ProblemMessages messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, HttpServletRequest request) {
        return domain(request, HttpStatus.NOT_FOUND, ProblemType.NOT_FOUND, e);
    }

    @ExceptionHandler(StateConflictException.class)
    ProblemDetail conflict(StateConflictException e, HttpServletRequest request) {
        ProblemDetail problem = domain(request, HttpStatus.CONFLICT, ProblemType.STATE_CONFLICT, e);
        problem.setProperty("currentState", e.currentState());
        problem.setProperty("command", e.command());
        return problem;
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolation(RuleViolationException e, HttpServletRequest request) {
        Locale locale = ProblemMessages.localeOf(request);
        ProblemDetail problem = domain(request, HttpStatus.UNPROCESSABLE_CONTENT, ProblemType.RULE_VIOLATION, e);
        problem.setProperty("violations", e.violations().stream().map(v -> {
            Map<String, String> violation = new java.util.LinkedHashMap<>();
            violation.put("rule", v.rule());
            violation.put("condition", v.condition());
            violation.put("message", messages.text(v.messageKey(), v.about() == null ? null : new Object[] {v.about()},
                    v.message(), locale));
            if (v.about() != null) {
                violation.put("about", v.about());
            }
            return violation;
        }).toList());
        return problem;
    }

    @ExceptionHandler(RevisionRequiredException.class)
    ProblemDetail revisionRequired(RevisionRequiredException e, HttpServletRequest request) {
        return domain(request, HttpStatus.PRECONDITION_REQUIRED, ProblemType.PRECONDITION_REQUIRED, e);
    }

    @ExceptionHandler(StaleVersionException.class)
    ProblemDetail stale(StaleVersionException e, HttpServletRequest request) {
        return domain(request, HttpStatus.PRECONDITION_FAILED, ProblemType.STALE_VERSION, e);
    }

    /** Two writers raced on the same aggregate and the retries ran out: the caller must re-read. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail raced(OptimisticLockingFailureException e, HttpServletRequest request) {
        return problems.problem(request, HttpStatus.PRECONDITION_FAILED, ProblemType.STALE_VERSION,
                messages.text("problem.concurrent-change.detail", null, "changed concurrently; read it again",
                        ProblemMessages.localeOf(request)));
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException e, HttpServletRequest request) {
        return problems.problem(request, HttpStatus.CONFLICT, ProblemType.STATE_CONFLICT,
                messages.text("problem.duplicate.detail", null, "already exists", ProblemMessages.localeOf(request)));
    }

    @ExceptionHandler(org.springframework.web.bind.MethodArgumentNotValidException.class)
    ProblemDetail invalid(BindException e, HttpServletRequest request) {
        ProblemDetail problem = problems.problem(request, HttpStatus.BAD_REQUEST, ProblemType.VALIDATION, null);
        problem.setProperty("errors", e.getFieldErrors().stream().map(ProblemHandler::fieldError).toList());
        return problem;
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        ProblemDetail problem = problems.problem(request, HttpStatus.BAD_REQUEST, ProblemType.VALIDATION, null);
        problem.setProperty("errors", e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> Map.of(
                        "field", result.getMethodParameter().getParameterName() == null ? "" : result.getMethodParameter().getParameterName(),
                        "message", String.valueOf(error.getDefaultMessage()))))
                .toList());
        return problem;
    }

    /** Parameter errors name the parameter and never the Java types behind it. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return parameterProblem(request, e.getName(), "has an invalid value");
    }

    /** A list's page, size or sort the operation cannot serve (see {@link PageableResolver}, {@link SortAllowList}). */
    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail invalidParameter(InvalidParameterException e, HttpServletRequest request) {
        return parameterProblem(request, e.parameter(), e.reason());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return parameterProblem(request, e.getParameterName(), "is required");
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ProblemDetail missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
        return problems.problem(request, HttpStatus.BAD_REQUEST, ProblemType.VALIDATION,
                "header '" + e.getHeaderName() + "' is required");
    }

    private ProblemDetail parameterProblem(HttpServletRequest request, String name, String what) {
        return fieldProblem(request, ProblemType.VALIDATION, "parameter '" + name + "' " + what, name, what);
    }

    /** A 400 about one field, named in {@code errors} as validation names its fields. */
    private ProblemDetail fieldProblem(HttpServletRequest request, ProblemType type, String detail, String field, String message) {
        ProblemDetail problem = problems.problem(request, HttpStatus.BAD_REQUEST, type, detail);
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PayloadTooLargeException tooLarge) {
                return problems.problem(request, HttpStatus.CONTENT_TOO_LARGE, ProblemType.PAYLOAD_TOO_LARGE,
                        tooLarge.getMessage());
            }
            if (cause instanceof UnrecognizedPropertyException unknown) {
                return fieldProblem(request, ProblemType.UNKNOWN_FIELD, "unknown field '" + unknown.getPropertyName() + "'",
                        unknown.getPropertyName(), "unknown field");
            }
            if (cause instanceof StrictText.RefusedText refused) {
                String field = fieldPath(refused);
                return fieldProblem(request, ProblemType.VALIDATION,
                        (field.isEmpty() ? "a text " : "field '" + field + "' ") + refused.reason(), field, refused.reason());
            }
            if (cause instanceof StreamReadException duplicate && duplicate.getMessage() != null
                    && duplicate.getMessage().startsWith("Duplicate Object property")) {
                return problems.problem(request, HttpStatus.BAD_REQUEST, ProblemType.MALFORMED_BODY,
                        "the request body names a field twice");
            }
            if (cause instanceof DatabindException mismatch && !mismatch.getPath().isEmpty()) {
                String field = fieldPath(mismatch);
                return fieldProblem(request, ProblemType.VALIDATION,
                        "field '" + field + "' has a value of the wrong type or outside its allowed codes", field, "invalid value");
            }
        }
        return problems.problem(request, HttpStatus.BAD_REQUEST, ProblemType.MALFORMED_BODY,
                "the request body is not valid JSON for this operation");
    }

    /** Value objects refuse impossible values in their constructors: that is a bad request. */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail illegalValue(IllegalArgumentException e, HttpServletRequest request) {
        return problems.problem(request, HttpStatus.BAD_REQUEST, ProblemType.VALIDATION, e.getMessage());
    }

    @ExceptionHandler(ResponseStatusException.class)
    ProblemDetail status(ResponseStatusException e, HttpServletRequest request) {
        HttpStatus status = HttpStatus.valueOf(e.getStatusCode().value());
        ProblemType type = switch (status) {
            case NOT_FOUND -> ProblemType.NOT_FOUND;
            case PRECONDITION_REQUIRED -> ProblemType.PRECONDITION_REQUIRED;
            case PRECONDITION_FAILED -> ProblemType.STALE_VERSION;
            case CONFLICT -> ProblemType.STATE_CONFLICT;
            case FORBIDDEN -> ProblemType.FORBIDDEN;
            default -> status.is4xxClientError() ? ProblemType.VALIDATION : ProblemType.INTERNAL;
        };
        return problems.problem(request, status, type, e.getReason());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        String supported = e.getSupportedMediaTypes().stream().map(Object::toString).distinct()
                .collect(java.util.stream.Collectors.joining(", "));
        return problems.problem(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "this operation does not take a body of this content type" + (supported.isEmpty() ? "" : "; send " + supported));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        String allowed = e.getSupportedHttpMethods() == null ? "" : e.getSupportedHttpMethods().stream()
                .map(Object::toString).collect(java.util.stream.Collectors.joining(", "));
        return problems.problem(request, HttpStatus.METHOD_NOT_ALLOWED, ProblemType.METHOD_NOT_ALLOWED,
                "method " + e.getMethod() + " is not allowed here" + (allowed.isEmpty() ? "" : "; allowed: " + allowed));
    }

    /** The caller accepts no representation this operation has; the problem is still sent as problem+json. */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ProblemDetail notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return problems.problem(request, HttpStatus.NOT_ACCEPTABLE, ProblemType.NOT_ACCEPTABLE,
                "no representation of this resource matches the Accept header");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noRoute(NoResourceFoundException e, HttpServletRequest request) {
        return problems.problem(request, HttpStatus.NOT_FOUND, ProblemType.NOT_FOUND, "no such resource");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e, HttpServletRequest request) {
        return problems.problem(request, HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN, null);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request) {
        // any other refusal of the web framework (binding, conversion, missing parts): its status, our words
        if (e instanceof ErrorResponse framework && framework.getStatusCode().is4xxClientError()) {
            HttpStatus status = HttpStatus.valueOf(framework.getStatusCode().value());
            ProblemType type = status == HttpStatus.NOT_FOUND ? ProblemType.NOT_FOUND : ProblemType.VALIDATION;
            return problems.problem(request, status, type, "the request cannot be served as sent");
        }
        log.error("unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return problems.problem(request, HttpStatus.INTERNAL_SERVER_ERROR, ProblemType.INTERNAL, null);
    }

    private ProblemDetail domain(HttpServletRequest request, HttpStatus status, ProblemType type, DomainException e) {
        String detail = messages.text("problem." + e.code() + ".detail", e.arguments(), e.getMessage(),
                ProblemMessages.localeOf(request));
        return problems.problem(request, status, type, detail);
    }

    /** {@code members[0].name} from Jackson's reference chain. */
    private static String fieldPath(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static Map<String, String> fieldError(FieldError error) {
        return Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage()));
    }
}
