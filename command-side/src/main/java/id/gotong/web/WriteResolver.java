package id.gotong.web;

import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

/**
 * Resolves a {@link Write} handler parameter: the caller from the security context (401 without one, as for a
 * {@link Caller} parameter), the headers and path variables as the request carries them. Nothing is checked here:
 * the endpoint asks for each part after its body was read, so a refusal names the same input it always did.
 */
@Component
public class WriteResolver implements HandlerMethodArgumentResolver, WebFluxConfigurer {

    private final Commands commands;

    public WriteResolver(Commands commands) {
        this.commands = commands;
    }

    @Override
    public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
        configurer.addCustomResolver(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Write.class.equals(parameter.getParameterType());
    }

    @Override
    public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext bindingContext,
                                        ServerWebExchange exchange) {
        boolean creation = creates(parameter.getMethod());
        HttpHeaders headers = exchange.getRequest().getHeaders();
        Map<String, String> pathVariables = exchange.getAttributeOrDefault(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of());
        return CallerResolver.current()
                .<Object>map(caller -> new Write(caller, header(headers, Write.IDEMPOTENCY_KEY),
                        header(headers, HttpHeaders.IF_MATCH), pathVariables, exchange.getRequest(), creation,
                        commands))
                .switchIfEmpty(Mono.error(
                        new Unauthenticated("This act needs a bearer credential (Authorization: Bearer <token>)")));
    }

    /** Whether the endpoint records a new resource: it is declared to answer 201. */
    static boolean creates(Method method) {
        ResponseStatus status = method == null ? null
                : AnnotatedElementUtils.findMergedAnnotation(method, ResponseStatus.class);
        return status != null && status.code() == HttpStatus.CREATED;
    }

    /** As {@code @RequestHeader String} reads it: absent is null, several values are joined with commas. */
    private static String header(HttpHeaders headers, String name) {
        List<String> values = headers.get(name);
        return values == null ? null : String.join(",", values);
    }
}
