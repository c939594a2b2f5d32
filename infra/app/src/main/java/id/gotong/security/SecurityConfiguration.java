package id.gotong.security;

import id.gotong.web.Caller;
import id.gotong.web.Credentials;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;

/**
 * The one filter chain. Authentication only turns a bearer token into a caller; authorization is decided by the
 * endpoints and aggregates (see the package description). The URL rules below are a second line: a write to the API
 * needs the role of a stakeholder or the operator.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    /** Buckets kept before full ones are dropped. */
    private static final int MAX_RATE_KEYS = 100_000;

    @Bean
    SecurityWebFilterChain filterChain(ServerHttpSecurity http, Credentials credentials, Clock clock,
                                       @Value("${gotong.security.mode:token}") String mode,
                                       @Value("${gotong.security.jwt.accept-credentials:true}") boolean acceptCredentials,
                                       @Value("${gotong.security.jwt.stakeholder-claim:sub}") String stakeholderClaim,
                                       @Value("${gotong.security.jwt.roles-claim:roles}") String rolesClaim,
                                       @Value("${gotong.security.jwt.public-key-location:}") String publicKey,
                                       @Value("${gotong.security.jwt.jwk-set-uri:}") String jwkSetUri,
                                       @Value("${gotong.security.jwt.issuer:}") String issuer,
                                       @Value("${gotong.rate-limit.enabled:true}") boolean limitRate,
                                       @Value("${gotong.rate-limit.credential.capacity:300}") long credentialCapacity,
                                       @Value("${gotong.rate-limit.credential.per-second:50}") double credentialRate,
                                       @Value("${gotong.rate-limit.anonymous.capacity:600}") long anonymousCapacity,
                                       @Value("${gotong.rate-limit.anonymous.per-second:100}") double anonymousRate) {
        ReactiveJwtDecoder jwt = switch (mode) {
            case "token" -> null;
            case "jwt" -> jwtDecoder(publicKey, jwkSetUri, issuer);
            default -> throw new IllegalStateException("gotong.security.mode is 'token' or 'jwt', not '" + mode + "'");
        };
        RefusalAnswers refusals = new RefusalAnswers();
        AuthenticationWebFilter bearer = new AuthenticationWebFilter(new BearerAuthentication(credentials,
                jwt == null || acceptCredentials, jwt, stakeholderClaim, rolesClaim));
        bearer.setServerAuthenticationConverter(new ServerBearerTokenAuthenticationConverter());
        bearer.setAuthenticationFailureHandler(new ServerAuthenticationEntryPointFailureHandler(refusals));
        bearer.setSecurityContextRepository(NoOpServerSecurityContextRepository.getInstance());

        http
            // No CSRF tokens: the API authenticates by an Authorization header, which a browser never adds to a
            // request by itself, so another site cannot make a visitor's browser act with its credential. The only
            // cookie (the agency pages' sign-in) is SameSite=Strict and its forms pass SameOriginCheck.
            .csrf(ServerHttpSecurity.CsrfSpec::disable)
            .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
            .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
            .logout(ServerHttpSecurity.LogoutSpec::disable)
            // Stateless: every request carries its credential; nothing is kept between requests.
            .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
            .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
            // Responses set their own caching (ETags, immutable tiles, feeds); the default no-cache would undo it.
            .headers(headers -> headers.cache(ServerHttpSecurity.HeaderSpec.CacheSpec::disable))
            .exceptionHandling(handling -> handling.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
            .addFilterAt(bearer, SecurityWebFiltersOrder.AUTHENTICATION)
            .authorizeExchange(exchanges -> exchanges
                    // Witnesses prove who they are by their signature on the checkpoint, not by a credential.
                    .pathMatchers(HttpMethod.POST, "/api/ledger/cosignature").permitAll()
                    // Any holder may revoke the credential it presents, the auditor too.
                    .pathMatchers(HttpMethod.DELETE, "/api/credentials/current").authenticated()
                    // The auditor reads everything and records nothing.
                    .pathMatchers(HttpMethod.POST, "/api/**").hasAnyRole(Caller.STAKEHOLDER, Caller.OPERATOR)
                    .pathMatchers(HttpMethod.PUT, "/api/**").hasAnyRole(Caller.STAKEHOLDER, Caller.OPERATOR)
                    .pathMatchers(HttpMethod.PATCH, "/api/**").hasAnyRole(Caller.STAKEHOLDER, Caller.OPERATOR)
                    .pathMatchers(HttpMethod.DELETE, "/api/**").hasAnyRole(Caller.STAKEHOLDER, Caller.OPERATOR)
                    .anyExchange().permitAll());
        if (limitRate) {
            http.addFilterAfter(new RateLimit(
                    new TokenBuckets(credentialCapacity, credentialRate, clock, MAX_RATE_KEYS),
                    new TokenBuckets(anonymousCapacity, anonymousRate, clock, MAX_RATE_KEYS)),
                    SecurityWebFiltersOrder.AUTHENTICATION);
        }
        return http.build();
    }

    /**
     * Spring Security's firewall, with semicolons allowed: ids are checked by the endpoints ({@code PathIds}), which
     * answer a malformed one with a problem naming the path variable. Its other refusals (encoded line breaks,
     * backslashes, ...) answer 400 problem+json, rule {@code request-rejected}.
     */
    @Bean
    ServerWebExchangeFirewall firewall() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowSemicolon(true);
        return firewall;
    }

    @Bean
    ServerExchangeRejectedHandler rejectedExchange() {
        return (exchange, rejected) -> RefusalAnswers.answer(exchange, HttpStatus.BAD_REQUEST, "request-rejected",
                null, "The request was rejected: " + rejected.getMessage(), null);
    }

    private static ReactiveJwtDecoder jwtDecoder(String publicKeyLocation, String jwkSetUri, String issuer) {
        NimbusReactiveJwtDecoder decoder;
        if (!publicKeyLocation.isBlank()) {
            Resource publicKey = new DefaultResourceLoader().getResource(publicKeyLocation);
            try (InputStream in = publicKey.getInputStream()) {
                RSAPublicKey key = RsaKeyConverters.x509().convert(in);
                decoder = NimbusReactiveJwtDecoder.withPublicKey(key).build();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read gotong.security.jwt.public-key-location " + publicKey, e);
            }
        } else if (!jwkSetUri.isBlank()) {
            decoder = NimbusReactiveJwtDecoder.withJwkSetUri(jwkSetUri).build();
        } else {
            throw new IllegalStateException("gotong.security.mode=jwt needs gotong.security.jwt.public-key-location "
                    + "(an RSA public key, PEM) or gotong.security.jwt.jwk-set-uri");
        }
        decoder.setJwtValidator(issuer.isBlank() ? JwtValidators.createDefault()
                : JwtValidators.createDefaultWithIssuer(issuer));
        return decoder;
    }
}
