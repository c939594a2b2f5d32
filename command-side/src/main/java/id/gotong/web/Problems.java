package id.gotong.web;

import id.gotong.act.NotPermitted;
import id.gotong.act.RuleViolation;
import id.gotong.act.StateConflict;
import id.gotong.act.UnknownCollaboration;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ContentTooLargeException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Every refusal as RFC 9457 problem details: a stable {@code type} per rule, the offending {@code field} where there
 * is one, and the {@code rule} that refused it. A refused request has appended nothing.
 */
@RestControllerAdvice
public class Problems extends ResponseEntityExceptionHandler {

    public static final String TYPE_BASE = "https://gotong.id/problems/";

    private final DataSize maxBody;

    public Problems(@Value("${spring.codec.max-in-memory-size:256KB}") DataSize maxBody) {
        this.maxBody = maxBody;
    }

    public static ProblemDetail problem(HttpStatusCode status, String rule, String field, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + rule));
        problem.setTitle(HttpStatus.valueOf(status.value()).getReasonPhrase());
        problem.setProperty("rule", rule);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }

    @ExceptionHandler(RuleViolation.class)
    Mono<ResponseEntity<ProblemDetail>> ruleViolation(RuleViolation e, ServerWebExchange exchange) {
        return logged(exchange, violation(e));
    }

    private static ResponseEntity<ProblemDetail> violation(RuleViolation e) {
        HttpStatus status = e instanceof NotPermitted ? HttpStatus.FORBIDDEN
                : e instanceof StateConflict ? HttpStatus.CONFLICT
                : e instanceof UnknownCollaboration ? HttpStatus.NOT_FOUND
                : HttpStatus.UNPROCESSABLE_ENTITY;
        return ResponseEntity.status(status).body(problem(status, e.rule(), e.field(), e.getMessage()));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(problem(HttpStatus.NOT_FOUND, "resource-exists", null,
                        "Nothing with id " + e.getAggregateIdentifier() + " has been recorded"));
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> conflict(ConcurrencyException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(problem(HttpStatus.CONFLICT, "version-matches", "If-Match",
                        "The resource changed since the version you acted on; read it again and retry"));
    }

    @ExceptionHandler(Unauthenticated.class)
    Mono<ResponseEntity<ProblemDetail>> unauthenticated(Unauthenticated e, ServerWebExchange exchange) {
        return logged(exchange, ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(problem(HttpStatus.UNAUTHORIZED, "credential-valid", "Authorization", e.getMessage())));
    }

    /** Refusals of who may do what (401, 403) go to the access log as well as to the client. */
    private static Mono<ResponseEntity<ProblemDetail>> logged(ServerWebExchange exchange,
                                                              ResponseEntity<ProblemDetail> answer) {
        int status = answer.getStatusCode().value();
        if (status != 401 && status != 403 && status != 429 || answer.getBody() == null) {
            return Mono.just(answer);
        }
        ProblemDetail problem = answer.getBody();
        Object rule = problem.getProperties() == null ? null : problem.getProperties().get("rule");
        return AccessLog.refused(exchange, status, String.valueOf(rule), problem.getDetail()).thenReturn(answer);
    }

    /**
     * A body larger than {@code spring.codec.max-in-memory-size} is refused before any of it is decoded. WebFlux wraps
     * the codec's {@link DataBufferLimitException} in a {@link ContentTooLargeException} when reading a body argument.
     */
    @ExceptionHandler({ContentTooLargeException.class, DataBufferLimitException.class})
    ResponseEntity<ProblemDetail> tooLarge(Exception e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(problem(HttpStatus.CONTENT_TOO_LARGE, "body-size-limit", "body",
                        "A request body has at most " + maxBody.toBytes() + " bytes"));
    }

    @ExceptionHandler(CommandExecutionException.class)
    Mono<ResponseEntity<ProblemDetail>> unwrap(CommandExecutionException e, ServerWebExchange exchange) {
        Throwable cause = e.getCause();
        if (cause instanceof RuleViolation violation) {
            return ruleViolation(violation, exchange);
        }
        if (cause instanceof AggregateNotFoundException missing) {
            return Mono.just(notFound(missing));
        }
        if (cause instanceof ConcurrencyException concurrency) {
            return Mono.just(conflict(concurrency));
        }
        return Mono.error(e);
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(WebExchangeBindException e,
                                                                         HttpHeaders headers, HttpStatusCode status,
                                                                         ServerWebExchange exchange) {
        List<Map<String, String>> errors = e.getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "rule", rule(error),
                        "detail", String.valueOf(error.getDefaultMessage())))
                .toList();
        Map<String, String> first = errors.isEmpty() ? Map.of("field", "body", "rule", "valid", "detail", "invalid")
                : errors.get(0);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-field", first.get("field"),
                first.get("field") + ": " + first.get("detail"));
        problem.setProperty("rule", first.get("rule"));
        problem.setProperty("errors", errors);
        return Mono.just(ResponseEntity.badRequest().body(problem));
    }

    /**
     * A body that could not be read into the request: not JSON, cut short, not valid Unicode, over a parser limit of
     * {@link RequestJson}, with a field the request does not have, or with a value of the wrong JSON type.
     */
    @Override
    protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException e,
                                                                        HttpHeaders headers, HttpStatusCode status,
                                                                        ServerWebExchange exchange) {
        return Mono.just(ResponseEntity.badRequest().body(unreadable(e)));
    }

    private static ProblemDetail unreadable(ServerWebInputException e) {
        JacksonException json = jacksonCause(e);
        if (json == null) {
            if (String.valueOf(e.getReason()).contains("No request body")) {
                return problem(HttpStatus.BAD_REQUEST, "body-required", "body", "This request needs a JSON body");
            }
            String field = e.getMethodParameter() == null ? null : e.getMethodParameter().getParameterName();
            return problem(HttpStatus.BAD_REQUEST, "valid-input", field, String.valueOf(e.getReason()));
        }
        String field = path(json);
        String message = String.valueOf(json.getOriginalMessage());
        if (json instanceof StreamConstraintsException) {
            if (message.contains("getMaxNestingDepth")) {
                return problem(HttpStatus.BAD_REQUEST, "nesting-depth-limit", field,
                        "JSON in a request nests at most " + RequestJson.MAX_NESTING_DEPTH + " levels deep");
            }
            if (message.contains("getMaxNumberLength")) {
                return problem(HttpStatus.BAD_REQUEST, "number-length-limit", field,
                        "A number in a request has at most " + RequestJson.MAX_NUMBER_LENGTH + " characters");
            }
            return problem(HttpStatus.BAD_REQUEST, "string-length-limit", field,
                    "A string in a request has at most " + RequestJson.MAX_STRING_LENGTH + " characters");
        }
        if (json instanceof RequestJson.InvalidUnicode || message.contains("Invalid UTF-8")) {
            return problem(HttpStatus.BAD_REQUEST, "valid-unicode", field,
                    field + ": text must be UTF-8 encoded Unicode, without lone surrogates");
        }
        if (json instanceof UnrecognizedPropertyException) {
            return problem(HttpStatus.BAD_REQUEST, "known-field", field,
                    field + ": this request has no such field; a misspelt field is refused, not dropped");
        }
        if (json instanceof InputCoercionException) {
            return problem(HttpStatus.BAD_REQUEST, "number-range", field, field + ": the number is out of range");
        }
        if (json instanceof DatabindException) {
            return problem(HttpStatus.BAD_REQUEST, "json-type", field,
                    field + ": the value does not have the type this field takes");
        }
        if (json instanceof StreamReadException) {
            return problem(HttpStatus.BAD_REQUEST, "json-syntax", "body",
                    "The body is not well-formed JSON: " + message);
        }
        return problem(HttpStatus.BAD_REQUEST, "json-syntax", "body", "The body could not be read as JSON");
    }

    private static JacksonException jacksonCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException json) {
                return json;
            }
        }
        return null;
    }

    /**
     * The JSON path of the offending value as a field name ({@code entries[0].status}), or "body" when there is none:
     * for the body as a whole, and for a number over the length limit, which the parser refuses before any field is
     * being read.
     */
    private static String path(JacksonException json) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : json.getPath()) {
            if (reference.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleUnsupportedMediaTypeStatusException(
            UnsupportedMediaTypeStatusException e, HttpHeaders headers, HttpStatusCode status,
            ServerWebExchange exchange) {
        return Mono.just(ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(headers)
                .body(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "supported-media-type", "Content-Type",
                        "This request takes " + e.getSupportedMediaTypes() + ", not " + e.getContentType())));
    }

    private static String rule(FieldError error) {
        String code = error.getCode();
        return code == null ? "valid" : code.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
    }
}
