package id.gotong.outcome;

import java.util.Optional;
import id.gotong.web.Readers;
import id.gotong.web.Caller;
import id.gotong.web.CurrentState;
import id.gotong.web.PathIds;
import id.gotong.web.Recorded;
import id.gotong.web.Write;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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

import java.math.BigDecimal;
import java.time.Instant;

/** Reporting measured outcomes, and the other members' confirmations and disputes; the actor is the caller. */
@RestController
public class OutcomeEndpoints {

    private final Repository<Outcome> outcomes;
    private final Readers readers;

    public OutcomeEndpoints(Repository<Outcome> outcomes, Readers readers) {
        this.readers = readers;
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
    @ResponseStatus(HttpStatus.CREATED)
    public Mono<ResponseEntity<Recorded>> report(Write write, @Valid @RequestBody ReportRequest body) {
        String collaborationId = write.pathId("collaborationId");
        String outcomeId = PathIds.newId("out");
        return write.created("/api/outcomes/", body, outcomeId, new ReportOutcome(outcomeId, write.actor(),
                body.occurredAt(), collaborationId, body.indicator(), body.period(), body.value(), body.unit(),
                body.baseline(), body.target(), body.minimum(), body.evidenceLink()));
    }

    @GetMapping("/api/outcomes/{outcomeId}")
    public Mono<ResponseEntity<Outcome.View>> get(Optional<Caller> caller, @PathVariable String outcomeId) {
        PathIds.check("outcomeId", outcomeId);
        return CurrentState.of(outcomes, outcomeId, Outcome::view,
                view -> readers.readsAll(caller, view.collaborationId()) ? view : view.published());
    }

    @PostMapping("/api/outcomes/{outcomeId}/confirmations")
    public Mono<Recorded> confirm(Write write, @RequestBody(required = false) ConfirmationRequest body) {
        String outcomeId = write.pathId("outcomeId");
        ConfirmationRequest request = body == null ? new ConfirmationRequest(null) : body;
        return write.send(request, outcomeId, new ConfirmOutcome(outcomeId, write.actor(), request.occurredAt(),
                write.expectedVersion()));
    }

    @PostMapping("/api/outcomes/{outcomeId}/disputes")
    public Mono<Recorded> dispute(Write write, @Valid @RequestBody DisputeRequest body) {
        String outcomeId = write.pathId("outcomeId");
        return write.send(body, outcomeId, new DisputeOutcome(outcomeId, write.actor(), body.occurredAt(),
                body.reason(), write.expectedVersion()));
    }
}
