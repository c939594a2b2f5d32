package id.gotong.agreement;

import java.util.Optional;
import id.gotong.web.Readers;
import id.gotong.events.AgreementKind;
import id.gotong.web.Caller;
import id.gotong.web.CurrentState;
import id.gotong.web.PathIds;
import id.gotong.web.Recorded;
import id.gotong.web.Write;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.Repository;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;

/** Drafting, signing, amending and terminating agreements; the signer is always the caller. */
@RestController
public class AgreementEndpoints {

    private final Repository<Agreement> agreements;
    private final Readers readers;

    public AgreementEndpoints(Repository<Agreement> agreements, Readers readers) {
        this.readers = readers;
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
    @ResponseStatus(HttpStatus.CREATED)
    public Mono<ResponseEntity<Recorded>> draft(Write write, @Valid @RequestBody DraftRequest body) {
        String collaborationId = write.pathId("collaborationId");
        String agreementId = PathIds.newId("agr");
        return write.created("/api/agreements/", body, agreementId, new DraftAgreement(agreementId, write.actor(),
                body.occurredAt(), collaborationId, body.kind(), body.number(), body.title(),
                new LinkedHashSet<>(body.parties()), body.termsSummary(), body.validFrom(), body.validUntil()));
    }

    @GetMapping("/api/agreements/{agreementId}")
    public Mono<ResponseEntity<Agreement.View>> get(Optional<Caller> caller, @PathVariable String agreementId) {
        PathIds.check("agreementId", agreementId);
        return CurrentState.of(agreements, agreementId, Agreement::view,
                view -> readers.readsAll(caller, view.collaborationId()) ? view : view.published());
    }

    @PostMapping("/api/agreements/{agreementId}/signatures")
    public Mono<Recorded> sign(Write write, @RequestBody(required = false) SignRequest body) {
        String agreementId = write.pathId("agreementId");
        SignRequest request = body == null ? new SignRequest(null) : body;
        return write.send(request, agreementId, new SignAgreement(agreementId, write.actor(), request.occurredAt(),
                write.expectedVersion()));
    }

    @PostMapping("/api/agreements/{agreementId}/amendments")
    public Mono<Recorded> amend(Write write, @Valid @RequestBody AmendRequest body) {
        String agreementId = write.pathId("agreementId");
        return write.send(body, agreementId, new AmendAgreement(agreementId, write.actor(), body.occurredAt(),
                body.termsSummary(), body.validUntil(), body.reason(), write.expectedVersion()));
    }

    @PostMapping("/api/agreements/{agreementId}/termination")
    public Mono<Recorded> terminate(Write write, @Valid @RequestBody TerminateRequest body) {
        String agreementId = write.pathId("agreementId");
        return write.send(body, agreementId, new TerminateAgreement(agreementId, write.actor(), body.occurredAt(),
                body.reason(), write.expectedVersion()));
    }
}
