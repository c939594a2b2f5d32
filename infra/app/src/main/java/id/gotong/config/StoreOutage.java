package id.gotong.config;

import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import id.gotong.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request that failed because MongoDB could not be reached (no server within the server-selection timeout, a
 * connection refused, reset or timed out, a primary stepping down) is answered {@code 503} problem+json, rule
 * {@code store-available}, with {@code Retry-After}: the client did nothing wrong and should try again. A write
 * answered so was not acknowledged; whether it was stored is unknown only if the connection broke while the insert
 * was under way (docs/reliability.md).
 * <p>
 * Spring matches these types anywhere in the cause chain, so an append that failed inside Axon's unit of work lands
 * here too; other MongoDB errors keep their own mapping.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class StoreOutage implements WebExceptionHandler {

    private static final List<Class<? extends Exception>> UNREACHABLE = List.of(MongoSocketException.class,
            MongoTimeoutException.class, MongoNotPrimaryException.class, MongoNodeIsRecoveringException.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Logger log = LoggerFactory.getLogger(StoreOutage.class);

    private final long retryAfterSeconds;

    StoreOutage(StoreProperties properties) {
        this.retryAfterSeconds = Math.max(1, properties.retryAfter().toSeconds());
    }

    @ExceptionHandler({MongoSocketException.class, MongoTimeoutException.class, MongoNotPrimaryException.class,
            MongoNodeIsRecoveringException.class})
    ResponseEntity<ProblemDetail> unavailable(Exception e) {
        log.warn("Store unavailable, answering 503: {}", e.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds))
                .body(problem());
    }

    /**
     * The same answer for a failure before any handler ran: the credential lookup in the security filter chain reads
     * MongoDB too, and a filter's error never reaches a controller advice.
     */
    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (!unreachable(error) || exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        log.warn("Store unavailable, answering 503: {}", error.toString());
        var response = exchange.getResponse();
        response.setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
        response.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        ProblemDetail problem = problem();
        problem.setInstance(exchange.getRequest().getURI());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", exchange.getRequest().getPath().value());
        body.putAll(problem.getProperties());
        return response.writeWith(Mono.just(response.bufferFactory().wrap(JSON.writeValueAsBytes(body))));
    }

    static boolean unreachable(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            for (Class<? extends Exception> type : UNREACHABLE) {
                if (type.isInstance(cause)) {
                    return true;
                }
            }
        }
        return false;
    }

    private ProblemDetail problem() {
        return Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "store-available", null,
                "The event store cannot be reached right now; nothing was acknowledged. Retry after "
                        + retryAfterSeconds + " s");
    }
}
