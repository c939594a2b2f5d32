package id.gotong.security;

import id.gotong.web.AccessLog;
import id.gotong.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The filter chain's refusals, shaped like every other refusal of the API (RFC 9457 with {@code rule}) and logged to
 * {@code gotong.access}: they happen before any endpoint runs, so the endpoints' exception handlers never see them.
 */
final class RefusalAnswers implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException e) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        String detail = exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)
                ? "The credential is unknown, revoked or expired"
                : "This act needs a bearer credential (Authorization: Bearer <token>)";
        return refuse(exchange, HttpStatus.UNAUTHORIZED, "credential-valid", "Authorization", detail, null);
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException e) {
        return refuse(exchange, HttpStatus.FORBIDDEN, "role-required", null,
                "This credential's role may not do this", null);
    }

    /** Answers the refusal and logs it to {@code gotong.access}. */
    static Mono<Void> refuse(ServerWebExchange exchange, HttpStatus status, String rule, String field, String detail,
                             Map<String, Object> extra) {
        return AccessLog.refused(exchange, status.value(), rule, detail)
                .then(answer(exchange, status, rule, field, detail, extra));
    }

    /** Answers the refusal as problem+json, without logging it. */
    static Mono<Void> answer(ServerWebExchange exchange, HttpStatus status, String rule, String field, String detail,
                             Map<String, Object> extra) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", Problems.TYPE_BASE + rule);
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", exchange.getRequest().getPath().value());
        problem.put("rule", rule);
        if (field != null) {
            problem.put("field", field);
        }
        if (extra != null) {
            problem.putAll(extra);
        }
        byte[] body = JSON.writeValueAsBytes(problem);
        exchange.getResponse().setStatusCode(status);
        exchange.getResponse().getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        // The request was refused before its body was read. A client that reused this connection for its next
        // request sometimes got no answer at all (seen twice in tests, after a 401); a fresh connection always did.
        exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
        return exchange.getResponse().writeWith(Mono.just(exchange.getResponse().bufferFactory().wrap(body)));
    }
}
