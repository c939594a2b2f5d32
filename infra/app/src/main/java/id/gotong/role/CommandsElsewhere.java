package id.gotong.role;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.CodeSource;
import java.util.Objects;
import java.util.Set;

/**
 * On a query process, answers every write to the command API (a POST, PUT, PATCH or DELETE mapped to an endpoint of
 * the {@code command-side} module) with 421 Misdirected Request and a problem whose rule is
 * {@value #RULE}, before anything is read or recorded. Reads of aggregate state, the ledger, rebuilds, cosignatures and
 * the web pages' own form posts still answer: they are not acts. A load balancer sends writes to command processes;
 * this only makes a wrong route loud instead of silently served by a process that was not sized for it.
 */
public final class CommandsElsewhere implements WebFilter {

    public static final String RULE = "command-process";
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final RequestMappingHandlerMapping handlers;
    private final URL commandSide;

    /**
     * @param commandSideClass any class of the {@code command-side} module: its code source (jar or classes
     *                         directory) tells its endpoints from the others
     */
    public CommandsElsewhere(RequestMappingHandlerMapping handlers, Class<?> commandSideClass) {
        this.handlers = handlers;
        this.commandSide = location(commandSideClass);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (SAFE.contains(exchange.getRequest().getMethod())) {
            return chain.filter(exchange);
        }
        return handlers.getHandler(exchange)
                .filter(handler -> handler instanceof HandlerMethod method
                        && Objects.equals(location(method.getBeanType()), commandSide))
                .flatMap(handler -> refuse(exchange))
                .switchIfEmpty(Mono.defer(() -> chain.filter(exchange)));
    }

    private static Mono<Void> refuse(ServerWebExchange exchange) {
        HttpStatus status = HttpStatus.MISDIRECTED_REQUEST;
        String body = "{\"type\":\"https://gotong.id/problems/" + RULE + "\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"This is a query process (gotong.role=query): "
                + "it records no acts. Send writes to a command process.\",\"rule\":\"" + RULE + "\"}";
        exchange.getResponse().setStatusCode(status);
        exchange.getResponse().getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        DataBuffer buffer = exchange.getResponse().bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8));
        return exchange.getResponse().writeWith(Mono.just(buffer));
    }

    private static URL location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        return source == null ? null : source.getLocation();
    }
}
