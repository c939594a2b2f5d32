package id.gotong.ui.agency;

import id.gotong.listing.StakeholderDirectory;
import id.gotong.projection.Blocking;
import id.gotong.projection.Stakeholder;
import id.gotong.web.Caller;
import id.gotong.web.Credentials;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.Optional;
import java.util.Set;

/**
 * Who is signed in on the agency pages: the credential in the session cookie ({@link AgencySession}), checked again
 * on every request, so a revoked or expired credential signs the agency out at its next request.
 */
@Component
public class Agents {

    /** The sign-in form has one field: the bearer credential, pasted. */
    public static final Set<String> SIGN_IN_FIELDS = Set.of("credential");

    private final Credentials credentials;
    private final StakeholderDirectory directory;

    public Agents(Credentials credentials, StakeholderDirectory directory) {
        this.credentials = credentials;
        this.directory = directory;
    }

    /** The signed-in agency; empty when none is, and the cookie is cleared when its credential no longer holds. */
    public Mono<Optional<Agent>> current(ServerWebExchange exchange) {
        Optional<String> token = AgencySession.token(exchange);
        if (token.isEmpty()) {
            return Mono.just(Optional.empty());
        }
        return Blocking.call(() -> credentials.authenticate(token.get()).map(caller -> agent(token.get(), caller)))
                .doOnNext(found -> {
                    if (found.isEmpty()) {
                        AgencySession.signOut(exchange);
                    }
                });
    }

    /** Signs in with {@code token} if it is a valid credential; answers whether it was. */
    public Mono<Boolean> signIn(ServerWebExchange exchange, String token) {
        return Blocking.call(() -> credentials.authenticate(token)).map(caller -> {
            caller.ifPresent(found -> AgencySession.signIn(exchange, token));
            return caller.isPresent();
        });
    }

    public void signOut(ServerWebExchange exchange) {
        AgencySession.signOut(exchange);
    }

    private Agent agent(String token, Caller caller) {
        String name = directory.find(caller.stakeholderId()).map(Stakeholder::name).orElse(caller.stakeholderId());
        return new Agent(token, caller.stakeholderId(), name, caller.operator());
    }
}
