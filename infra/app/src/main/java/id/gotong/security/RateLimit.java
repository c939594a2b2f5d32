package id.gotong.security;

import id.gotong.web.AccessLog;
import id.gotong.web.CallerResolver;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.Map;

/**
 * Limits requests per credential (keyed by the caller's id, so all credentials of one holder share a bucket) and,
 * for anonymous requests, per remote address. Runs after authentication; a request over its limit is answered 429
 * with {@code Retry-After} in whole seconds and does nothing else. Behind a reverse proxy, set
 * {@code server.forward-headers-strategy} so the remote address is the client's, not the proxy's.
 */
final class RateLimit implements WebFilter {

    private final TokenBuckets callers;
    private final TokenBuckets addresses;

    RateLimit(TokenBuckets callers, TokenBuckets addresses) {
        this.callers = callers;
        this.addresses = addresses;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return CallerResolver.current()
                .map(caller -> callers.take("caller:" + caller.stakeholderId()))
                .switchIfEmpty(Mono.fromSupplier(() -> addresses.take("address:" + AccessLog.remoteAddress(exchange))))
                .flatMap(decision -> {
                    if (decision.allowed()) {
                        return chain.filter(exchange);
                    }
                    long seconds = Math.max(1, (decision.retryAfter().toMillis() + 999) / 1000);
                    exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                    return RefusalAnswers.refuse(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limit", null,
                            "Too many requests from this " + (exchange.getRequest().getHeaders()
                                    .containsHeader(HttpHeaders.AUTHORIZATION) ? "credential" : "address")
                                    + "; retry after " + seconds + " s", Map.of("retryAfter", seconds));
                });
    }
}
