package id.gotong.ledger.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ContentTooLargeException;
import org.springframework.web.server.ServerWebExchange;

import java.net.URI;

/**
 * RFC 9457 problems of the ledger API: each has a stable {@code type} URI, a {@code title}, a {@code detail}, and the
 * properties {@code field} (the offending query parameter, path or part of the body) and {@code rule} (the rule it
 * broke).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)  // before the application-wide advice, which also handles ErrorResponseException
@RestControllerAdvice(assignableTypes = {LedgerController.class, CosignatureController.class,
        TileController.class})
public class LedgerProblems {
    static final String BASE = "https://gotong.id/problems/";

    static ErrorResponseException problem(HttpStatus status, String type, String title, String detail,
                                          String field, String rule) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(URI.create(BASE + type));
        body.setTitle(title);
        if (field != null) {
            body.setProperty("field", field);
        }
        if (rule != null) {
            body.setProperty("rule", rule);
        }
        return new ErrorResponseException(status, body, null);
    }

    /** The appender has not opened its tree yet (start-up). */
    static ErrorResponseException starting() {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "ledger-starting", "Ledger starting",
                "the ledger is opening its tree; retry shortly", null, null);
    }

    static ErrorResponseException invalid(String field, String rule, String detail) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid query parameter", detail, field, rule);
    }

    /** A non-negative integer query parameter, or a 400 problem naming it. */
    static long nonNegative(String field, String value) {
        if (value == null || value.isBlank()) {
            throw invalid(field, "required", "query parameter '" + field + "' is required");
        }
        long parsed;
        try {
            parsed = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw invalid(field, "integer", "query parameter '" + field + "' must be an integer, not '" + value + "'");
        }
        if (parsed < 0) {
            throw invalid(field, "non-negative", "query parameter '" + field + "' must not be negative");
        }
        return parsed;
    }

    /** An optional non-negative integer parameter, {@code fallback} when absent. */
    static long nonNegative(String field, String value, long fallback) {
        return value == null || value.isBlank() ? fallback : nonNegative(field, value);
    }

    /** A required, non-blank text parameter. */
    static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw invalid(field, "required", "query parameter '" + field + "' is required");
        }
        return value.strip();
    }

    /** An optional ISO-8601 instant parameter ({@code 2024-06-30T12:00:00Z}), or null. */
    static java.time.Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.Instant.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw invalid(field, "instant", "query parameter '" + field
                    + "' must be an ISO-8601 instant such as 2024-06-30T12:00:00Z, not '" + value + "'");
        }
    }

    /** A note larger than {@code spring.codec.max-in-memory-size}, refused as on every other write endpoint. */
    @ExceptionHandler(ContentTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(ContentTooLargeException error, ServerWebExchange exchange) {
        return handle(problem(HttpStatus.CONTENT_TOO_LARGE, "body-size-limit", "Content Too Large",
                "the body is larger than this server reads", "body", "body-size-limit"), exchange);
    }

    @ExceptionHandler(ErrorResponseException.class)
    ResponseEntity<ProblemDetail> handle(ErrorResponseException error, ServerWebExchange exchange) {
        ProblemDetail body = error.getBody();
        if (body.getInstance() == null) {
            body.setInstance(URI.create(exchange.getRequest().getPath().value()));
        }
        return ResponseEntity.status(error.getStatusCode()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
