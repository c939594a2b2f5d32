package id.gotong.agreement;

import java.util.Optional;
import id.gotong.web.Readers;
import id.gotong.events.AgreementKind;
import id.gotong.web.Caller;
import id.gotong.web.Commands;
import id.gotong.web.CurrentState;
import id.gotong.web.PathIds;
import id.gotong.web.Recorded;
import id.gotong.web.Requests;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.Repository;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;

/** Drafting, signing, amending and terminating agreements; the signer is always the caller. */
@RestController
public class AgreementEndpoints {

    private final Commands commands;
    private final Repository<Agreement> agreements;
    private final Readers readers;

    public AgreementEndpoints(Commands commands, Repository<Agreement> agreements, Readers readers) {
        this.readers = readers;
        this.commands = commands;
        this.agreements = agreements;
    }

    /** @param parties stakeholder ids of the members that must sign, the caller usually among them */
    public record DraftRequest(@NotNull AgreementKind kind,
                               @NotBlank @Size(max = 100) String number,
                               @NotBlank @Size(max = 300) String title,
                               @NotEmpty @Size(max = 100)
                               List<@NotNull @Pattern(regexp = PathIds.PATTERN) String> parties,
                               @NotBlank @Size(max = 4000) String termsSummary,
                               @NotNull LocalDate validFrom,
                               LocalDate validUntil,
                               Instant occurredAt) {
    }

    /** @param occurredAt when the caller signed, or {@code null} for now */
    public record SignRequest(Instant occurredAt) {
    }

    /** @param validUntil the new last day of validity, or {@code null} to make the agreement open-ended */
    public record AmendRequest(@NotBlank @Size(max = 4000) String termsSummary,
                               LocalDate validUntil,
                               @NotBlank @Size(max = 2000) String reason,
                               Instant occurredAt) {
    }

    public record TerminateRequest(@NotBlank @Size(max = 2000) String reason, Instant occurredAt) {
    }

    @PostMapping("/api/collaborations/{collaborationId}/agreements")
    public Mono<ResponseEntity<Recorded>> draft(
            Caller caller,
            ServerHttpRequest http,
            @PathVariable String collaborationId,
            @RequestHeader(value = "Idempotency-Key", required = false) String key,
            @Valid @RequestBody DraftRequest body) {
        PathIds.check("collaborationId", collaborationId);
        String agreementId = PathIds.newId("agr");
        DraftAgreement command = new DraftAgreement(agreementId, caller.stakeholderId(), body.occurredAt(),
                collaborationId, body.kind(), body.number(), body.title(), new LinkedHashSet<>(body.parties()),
                body.termsSummary(), body.validFrom(), body.validUntil());
        return commands.send(caller, key, Requests.identity(http, body), agreementId, command)
                       .map(recorded -> ResponseEntity.created(URI.create("/api/agreements/" + recorded.id()))
                                                      .body(recorded));
    }

    @GetMapping("/api/agreements/{agreementId}")
    public Mono<ResponseEntity<Agreement.View>> get(Optional<Caller> caller, @PathVariable String agreementId) {
        PathIds.check("agreementId", agreementId);
        return CurrentState.of(agreements, agreementId, Agreement::view,
                view -> readers.readsAll(caller, view.collaborationId()) ? view : view.published());
    }

    @PostMapping("/api/agreements/{agreementId}/signatures")
    public Mono<Recorded> sign(
            Caller caller,
            ServerHttpRequest http,
            @PathVariable String agreementId,
            @RequestHeader(value = "Idempotency-Key", required = false) String key,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) SignRequest body) {
        PathIds.check("agreementId", agreementId);
        SignRequest request = body == null ? new SignRequest(null) : body;
        SignAgreement command = new SignAgreement(agreementId, caller.stakeholderId(), request.occurredAt(),
                CurrentState.expectedVersion(ifMatch));
        return commands.send(caller, key, Requests.identity(http, request), agreementId, command);
    }

    @PostMapping("/api/agreements/{agreementId}/amendments")
    public Mono<Recorded> amend(
            Caller caller,
            ServerHttpRequest http,
            @PathVariable String agreementId,
            @RequestHeader(value = "Idempotency-Key", required = false) String key,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody AmendRequest body) {
        PathIds.check("agreementId", agreementId);
        AmendAgreement command = new AmendAgreement(agreementId, caller.stakeholderId(), body.occurredAt(),
                body.termsSummary(), body.validUntil(), body.reason(), CurrentState.expectedVersion(ifMatch));
        return commands.send(caller, key, Requests.identity(http, body), agreementId, command);
    }

    @PostMapping("/api/agreements/{agreementId}/termination")
    public Mono<Recorded> terminate(
            Caller caller,
            ServerHttpRequest http,
            @PathVariable String agreementId,
            @RequestHeader(value = "Idempotency-Key", required = false) String key,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody TerminateRequest body) {
        PathIds.check("agreementId", agreementId);
        TerminateAgreement command = new TerminateAgreement(agreementId, caller.stakeholderId(), body.occurredAt(),
                body.reason(), CurrentState.expectedVersion(ifMatch));
        return commands.send(caller, key, Requests.identity(http, body), agreementId, command);
    }
}
