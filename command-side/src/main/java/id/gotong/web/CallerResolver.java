package id.gotong.web;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Resolves a {@link Caller} handler parameter from the {@code Authorization: Bearer} header. An endpoint that takes a
 * {@code Caller} requires a credential; one that does not is public.
 */
@Component
public class CallerResolver implements HandlerMethodArgumentResolver, WebFluxConfigurer {

    private static final String BEARER = "Bearer ";
    private final Credentials credentials;

    public CallerResolver(Credentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
        configurer.addCustomResolver(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Caller.class.equals(parameter.getParameterType());
    }

    @Override
    public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext bindingContext,
                                        ServerWebExchange exchange) {
        String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Mono.error(new Unauthenticated("This act needs a bearer credential (Authorization: Bearer <token>)"));
        }
        String token = header.substring(BEARER.length()).trim();
        return Mono.fromCallable(() -> credentials.authenticate(token))
                   .subscribeOn(Schedulers.boundedElastic())
                   .flatMap(found -> found.<Mono<Object>>map(Mono::just)
                           .orElseGet(() -> Mono.error(new Unauthenticated("The credential is unknown, revoked or expired"))));
    }
}
