package id.gotong.outcome;

import java.util.Optional;
import id.gotong.web.Readers;
import id.gotong.web.Caller;
import id.gotong.web.Commands;
import id.gotong.web.CurrentState;
import id.gotong.web.PathIds;
import id.gotong.web.Recorded;
import id.gotong.web.Requests;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;

/** Reporting measured outcomes, and the other members' confirmations and disputes; the actor is the caller. */
@RestController
public class OutcomeEndpoints {

    private final Commands commands;
    private final Repository<Outcome> outcomes;
    private final Readers readers;

    public OutcomeEndpoints(Commands commands, Repository<Outcome> outcomes, Readers readers) {
        this.readers = readers;
        this.commands = commands;
        this.outcomes = outcomes;
    }

    /**
     * Numbers may be JSON numbers or decimal strings; they are kept exactly as written. {@code @Digits} bounds them,
     * so a value such as {@code 1e999999999} cannot blow up into a billion-digit string.
     *
     * @param baseline     the value the programme started from, or {@code null}
     * @param target       the value aimed at, or {@code null}
     * @param minimum      the least value a standard requires (the national minimum), or {@code null}
     * @param evidenceLink where the measurement is published, or {@code null}
     */
    public record ReportRequest(@NotBlank @Size(max = 200) String indicator,
                                @NotBlank @Size(max = 50) String period,
                                @NotNull @Digits(integer = 30, fraction = 10) BigDecimal value,
                                @NotBlank @Size(max = 100) String unit,
                                @Digits(integer = 30, fraction = 10) BigDecimal baseline,
                                @Digits(integer = 30, fraction = 10) BigDecimal target,
                                @Digits(integer = 30, fraction = 10) BigDecimal minimum,
                                @Size(max = 2000) String evidenceLink,
                                Instant occurredAt) {
    }

    /** @param occurredAt when the caller confirmed, or {@code null} for now */
    public record ConfirmationRequest(Instant occurredAt) {
    }

    public record DisputeRequest(@NotBlank @Size(max = 2000) String reason, Instant occurredAt) {
    }

    @PostMapping("/api/collaborations/{collaborationId}/outcomes")
    public Mono<ResponseEntity<Recorded>> report(
            Caller caller,
            ServerHttpRequest http,
            @PathVariable String collaborationId,
            @RequestHeader(value = "Idempotency-Key", required = false) String key,
            @Valid @RequestBody ReportRequest body) {
        PathIds.check("collaborationId", collaborationId);
        String outcomeId = PathIds.newId("out");
        ReportOutcome command = new ReportOutcome(outcomeId, caller.stakeholderId(), body.occurredAt(),
                collaborationId, body.indicator(), body.period(), body.value(), body.unit(), body.baseline(),
                body.target(), body.minimum(), body.evidenceLink());
        return commands.send(caller, key, Requests.identity(http, body), outcomeId, command)
                       .map(recorded -> ResponseEntity.created(URI.create("/api/outcomes/" + recorded.id()))
                                                      .body(recorded));
    }

    @GetMapping("/api/outcomes/{outcomeId}")
    public Mono<ResponseEntity<Outcome.View>> get(Optional<Caller> caller, @PathVariable String outcomeId) {
        PathIds.check("outcomeId", outcomeId);
        return CurrentState.of(outcomes, outcomeId, Outcome::view,
                view -> readers.readsAll(caller, view.collaborationId()) ? view : view.published());
    }

    @PostMapping("/api/outcomes/{outcomeId}/confirmations")
    public Mono<Recorded> confirm(
            Caller caller,
            ServerHttpRequest http,
            @PathVariable String outcomeId,
            @RequestHeader(value = "Idempotency-Key", required = false) String key,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) ConfirmationRequest body) {
        PathIds.check("outcomeId", outcomeId);
        ConfirmationRequest request = body == null ? new ConfirmationRequest(null) : body;
        ConfirmOutcome command = new ConfirmOutcome(outcomeId, caller.stakeholderId(), request.occurredAt(),
                CurrentState.expectedVersion(ifMatch));
        return commands.send(caller, key, Requests.identity(http, request), outcomeId, command);
    }

    @PostMapping("/api/outcomes/{outcomeId}/disputes")
    public Mono<Recorded> dispute(
            Caller caller,
            ServerHttpRequest http,
            @PathVariable String outcomeId,
            @RequestHeader(value = "Idempotency-Key", required = false) String key,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody DisputeRequest body) {
        PathIds.check("outcomeId", outcomeId);
        DisputeOutcome command = new DisputeOutcome(outcomeId, caller.stakeholderId(), body.occurredAt(),
                body.reason(), CurrentState.expectedVersion(ifMatch));
        return commands.send(caller, key, Requests.identity(http, body), outcomeId, command);
    }
}
