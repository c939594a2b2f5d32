package id.gotong.access;

import id.gotong.act.Membership;
import id.gotong.act.NotPermitted;
import id.gotong.act.RuleViolation;
import id.gotong.web.Answer;
import id.gotong.web.Caller;
import id.gotong.web.Credentials;
import id.gotong.web.PathIds;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.axonframework.modelling.command.AggregateNotFoundException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.net.URI;
import java.util.concurrent.Callable;

/** Issuing and revoking bearer credentials (see {@code docs/security.md}, "Credential lifecycle"). */
@RestController
public class CredentialEndpoints {

    private final Credentials credentials;
    private final Membership membership;

    public CredentialEndpoints(Credentials credentials, Membership membership) {
        this.credentials = credentials;
        this.membership = membership;
    }

    /** @param credential the bearer token, shown only in this answer and never stored in clear */
    public record Issued(String id, String credential) {
    }

    public record Revoked(String holderId, long revoked) {
    }

    /** The operator issues a credential for a new auditor, who reads everything and records nothing. */
    @PostMapping("/api/auditors")
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", description = "The auditor's id and credential", useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.LOCATION, description = "The auditor's id as a path",
                    schema = @Schema(type = "string")))
    Mono<ResponseEntity<Issued>> issueAuditor(Caller caller) {
        requireOperator(caller, "issues auditor credentials");
        String id = PathIds.newId("aud");
        return blocking(() -> ResponseEntity.created(URI.create("/api/auditors/" + id))
                .body(new Issued(id, credentials.issueAuditor(id))));
    }

    /** The operator issues another credential to a registered stakeholder, e.g. one that lost its own. */
    @PostMapping("/api/stakeholders/{stakeholderId}/credentials")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<ResponseEntity<Issued>> issue(Caller caller, @PathVariable String stakeholderId) {
        requireOperator(caller, "issues credentials");
        String id = PathIds.check("stakeholderId", stakeholderId);
        return blocking(() -> {
            if (!membership.stakeholderExists(id)) {
                throw new AggregateNotFoundException(id, "No stakeholder " + id + " is registered");
            }
            return ResponseEntity.status(201).body(new Issued(id, credentials.issue(id)));
        });
    }

    /** The operator revokes every credential of a stakeholder (or auditor), e.g. one that leaked. */
    @DeleteMapping("/api/stakeholders/{stakeholderId}/credentials")
    @Answer(status = 422, description = "The operator's own credential is not revoked here "
            + "(`operator-credential-kept`)")
    Mono<Revoked> revokeAll(Caller caller, @PathVariable String stakeholderId) {
        requireOperator(caller, "revokes credentials");
        String id = PathIds.check("stakeholderId", stakeholderId);
        if (Caller.OPERATOR_ID.equals(id)) {
            throw new RuleViolation("operator-credential-kept", "stakeholderId",
                    "The operator's own credential is replaced by deleting its file and restarting, not revoked here");
        }
        return blocking(() -> new Revoked(id, credentials.revokeAll(id)));
    }

    /** Any holder revokes the credential it presents (signing out for good); answers 204. */
    @DeleteMapping("/api/credentials/current")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Answer(status = 422, description = "A credential not issued by this ledger, such as a JWT, is revoked by its "
            + "issuer (`credential-issued-here`)")
    Mono<ResponseEntity<Void>> revokeCurrent(Caller caller, ServerHttpRequest http) {
        String header = http.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        String token = header == null || header.length() < 7 ? null : header.substring(7).trim();
        return blocking(() -> {
            if (!credentials.revoke(token)) {
                throw new RuleViolation("credential-issued-here", "Authorization",
                        "Only a credential issued by this ledger is revoked here; a JWT is revoked by its issuer");
            }
            return ResponseEntity.noContent().build();
        });
    }

    private static void requireOperator(Caller caller, String what) {
        if (!caller.operator()) {
            throw new NotPermitted("operator-only", "Only the operator " + what);
        }
    }

    private static <T> Mono<T> blocking(Callable<T> call) {
        return Mono.fromCallable(call).subscribeOn(Schedulers.boundedElastic());
    }
}
