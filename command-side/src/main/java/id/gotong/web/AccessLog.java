package id.gotong.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.InetSocketAddress;

/**
 * One line per refused request (401, 403, 429) on the logger {@code gotong.access}: who (stakeholder id, or
 * {@code anonymous}, and the remote address), what (method, path, and the endpoint method that would have sent the
 * command) and why (the rule). Refusals are operational facts, not acts: they go to the log, never to the ledger.
 * Request-controlled text is stripped of control characters so a client cannot forge log lines.
 */
public final class AccessLog {

    public static final String LOGGER = "gotong.access";
    private static final Logger log = LoggerFactory.getLogger(LOGGER);

    private AccessLog() {
    }

    /** Logs the refusal with the caller found in the request's security context. */
    public static Mono<Void> refused(ServerWebExchange exchange, int status, String rule, String detail) {
        return CallerResolver.current()
                .map(caller -> caller.stakeholderId() + " roles=" + String.join(",", caller.roles()))
                .defaultIfEmpty("anonymous")
                .doOnNext(who -> write(exchange, status, rule, who, detail))
                .then();
    }

    /** Logs the refusal for a caller already known ({@code null} for anonymous). */
    public static void refused(ServerWebExchange exchange, int status, String rule, Caller caller, String detail) {
        write(exchange, status, rule, caller == null ? "anonymous"
                : caller.stakeholderId() + " roles=" + String.join(",", caller.roles()), detail);
    }

    private static void write(ServerWebExchange exchange, int status, String rule, String who, String detail) {
        log.warn("refused status={} rule={} who={} from={} method={} path={} command={} detail=\"{}\"",
                status, clean(rule), clean(who), remoteAddress(exchange), exchange.getRequest().getMethod().name(),
                clean(exchange.getRequest().getPath().value()), command(exchange),
                clean(detail).replace("\"", "'"));
    }

    public static String remoteAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() == null ? remote.getHostString() : remote.getAddress().getHostAddress();
    }

    private static String command(ServerWebExchange exchange) {
        Object handler = exchange.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE);
        if (handler instanceof HandlerMethod method) {
            return method.getBeanType().getSimpleName() + "." + method.getMethod().getName();
        }
        return "-";
    }

    private static String clean(String text) {
        if (text == null) {
            return "-";
        }
        String single = text.replaceAll("\\p{Cntrl}", "?");
        return single.length() > 300 ? single.substring(0, 300) + "..." : single;
    }
}
