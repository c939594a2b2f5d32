package id.gotong.web;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.Optional;

/**
 * Resolves a {@link Caller} handler parameter from the security context, which the filter chain filled from the
 * bearer credential (or JWT). An endpoint that takes a {@code Caller} requires one (401 without); one that takes an
 * {@code Optional<Caller>} is open to everyone and decides itself what each reader sees; one with neither is public.
 */
@Component
public class CallerResolver implements HandlerMethodArgumentResolver, WebFluxConfigurer {

    @Override
    public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
        configurer.addCustomResolver(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Caller.class.equals(parameter.getParameterType()) || optionalCaller(parameter);
    }

    private static boolean optionalCaller(MethodParameter parameter) {
        return Optional.class.equals(parameter.getParameterType())
                && Caller.class.equals(parameter.nested().getNestedParameterType());
    }

    @Override
    public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext bindingContext,
                                        ServerWebExchange exchange) {
        Mono<Caller> caller = current();
        if (optionalCaller(parameter)) {
            return caller.<Object>map(Optional::of).defaultIfEmpty(Optional.empty());
        }
        return caller.<Object>map(found -> found).switchIfEmpty(Mono.error(
                new Unauthenticated("This act needs a bearer credential (Authorization: Bearer <token>)")));
    }

    /** The caller of the request being handled, empty for an anonymous request. */
    public static Mono<Caller> current() {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(CallerAuthentication.class::isInstance)
                .map(authentication -> ((CallerAuthentication) authentication).caller());
    }
}
