package id.gotong.security;

import id.gotong.web.Caller;
import id.gotong.web.CallerAuthentication;
import id.gotong.web.Credentials;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Turns a bearer token into a {@link CallerAuthentication}. A token issued by this ledger ({@code gtg_...}) is looked up
 * in {@link Credentials} (its hash; unknown, revoked and expired ones fail). Any other token is a JWT when a decoder is
 * configured (jwt mode): its signature and expiry are checked by the OAuth2 resource server's manager, the stakeholder
 * id comes from one claim and the roles ({@code operator}, {@code auditor}) from another.
 */
final class BearerAuthentication implements ReactiveAuthenticationManager {

    static final String CREDENTIAL_PREFIX = "gtg_";

    private final Credentials credentials;
    private final boolean acceptCredentials;
    private final ReactiveAuthenticationManager jwt;

    BearerAuthentication(Credentials credentials, boolean acceptCredentials, ReactiveJwtDecoder decoder,
                         String stakeholderClaim, String rolesClaim) {
        this.credentials = credentials;
        this.acceptCredentials = acceptCredentials;
        if (decoder == null) {
            this.jwt = null;
        } else {
            JwtReactiveAuthenticationManager manager = new JwtReactiveAuthenticationManager(decoder);
            manager.setJwtAuthenticationConverter(new JwtCaller(stakeholderClaim, rolesClaim));
            this.jwt = manager;
        }
    }

    @Override
    public Mono<Authentication> authenticate(Authentication authentication) {
        String token = ((BearerTokenAuthenticationToken) authentication).getToken();
        if (token.startsWith(CREDENTIAL_PREFIX) && acceptCredentials) {
            return Mono.fromCallable(() -> credentials.authenticate(token))
                       .subscribeOn(Schedulers.boundedElastic())
                       .flatMap(found -> found.<Mono<Authentication>>map(caller ->
                                       Mono.just(new CallerAuthentication(caller)))
                               .orElseGet(() -> Mono.error(
                                       new BadCredentialsException("The credential is unknown, revoked or expired"))));
        }
        if (jwt != null && !token.startsWith(CREDENTIAL_PREFIX)) {
            return jwt.authenticate(authentication);
        }
        return Mono.error(new BadCredentialsException("The credential is unknown, revoked or expired"));
    }

    /** Maps a verified JWT to the caller: {@code stakeholderClaim} names it, {@code rolesClaim} lists its roles. */
    record JwtCaller(String stakeholderClaim, String rolesClaim)
            implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

        @Override
        public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
            String stakeholderId = jwt.getClaimAsString(stakeholderClaim);
            if (stakeholderId == null || !stakeholderId.matches(id.gotong.web.PathIds.PATTERN)) {
                return Mono.error(new BadCredentialsException("The JWT names no stakeholder in claim '"
                        + stakeholderClaim + "'"));
            }
            Set<String> roles = Set.copyOf(roles(jwt.getClaim(rolesClaim)));
            return Mono.just(new CallerAuthentication(new Caller(stakeholderId, roles.contains(Caller.OPERATOR),
                    roles.contains(Caller.AUDITOR))));
        }

        private static List<String> roles(Object claim) {
            if (claim instanceof Collection<?> values) {
                return values.stream().map(String::valueOf).toList();
            }
            if (claim instanceof String text) {
                return List.of(text.trim().split("[\\s,]+"));
            }
            return List.of();
        }
    }
}
