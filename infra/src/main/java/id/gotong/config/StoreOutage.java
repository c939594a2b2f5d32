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
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

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
class StoreOutage {

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
                .body(Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "store-available", null,
                        "The event store cannot be reached right now; nothing was acknowledged. Retry after "
                                + retryAfterSeconds + " s"));
    }
}
