package id.gotong.information;

import id.gotong.web.Caller;
import id.gotong.web.Commands;
import id.gotong.web.CurrentState;
import id.gotong.web.PathIds;
import id.gotong.web.Recorded;
import id.gotong.web.Requests;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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

/** Requesting information from another member, and that member's answer or refusal; the actor is the caller. */
@RestController
public class InformationRequestEndpoints {

    private final Commands commands;
    private final Repository<InformationRequest> requests;

    public InformationRequestEndpoints(Commands commands, Repository<InformationRequest> requests) {
        this.commands = commands;
        this.requests = requests;
    }

    /** @param requestedFrom the stakeholder id of the member asked to answer by the end of {@code dueOn} */
    public record RequestInformationRequest(@NotNull @Pattern(regexp = PathIds.PATTERN) String requestedFrom,
                                            @NotBlank @Size(max = 2000) String subject,
                                            @NotNull LocalDate dueOn,
                                            Instant occurredAt) {
    }

    /** @param link where the information can be found, or {@code null} */
    public record AnswerRequest(@NotBlank @Size(max = 4000) String answerSummary,
                                @Size(max = 2000) String link,
                                Instant occurredAt) {
    }

    public record RefusalRequest(@NotBlank @Size(max = 2000) String reason, Instant occurredAt) {
    }

    @PostMapping("/api/collaborations/{collaborationId}/information-requests")
    public Mono<ResponseEntity<Recorded>> request(
            Caller caller,
            ServerHttpRequest http,
            @PathVariable String collaborationId,
            @RequestHeader(value = "Idempotency-Key", required = false) String key,
            @Valid @RequestBody RequestInformationRequest body) {
        PathIds.check("collaborationId", collaborationId);
        String requestId = PathIds.newId("irq");
        RequestInformation command = new RequestInformation(requestId, caller.stakeholderId(), body.occurredAt(),
                collaborationId, body.requestedFrom(), body.subject(), body.dueOn());
        return commands.send(caller, key, Requests.identity(http, body), requestId, command)
                       .map(recorded -> ResponseEntity.created(URI.create("/api/information-requests/"
                               + recorded.id())).body(recorded));
    }

    @GetMapping("/api/information-requests/{requestId}")
    public Mono<ResponseEntity<InformationRequest.View>> get(@PathVariable String requestId) {
        PathIds.check("requestId", requestId);
        return CurrentState.of(requests, requestId, InformationRequest::view);
    }

    @PostMapping("/api/information-requests/{requestId}/answer")
    public Mono<Recorded> answer(
            Caller caller,
            ServerHttpRequest http,
            @PathVariable String requestId,
            @RequestHeader(value = "Idempotency-Key", required = false) String key,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody AnswerRequest body) {
        PathIds.check("requestId", requestId);
        AnswerInformationRequest command = new AnswerInformationRequest(requestId, caller.stakeholderId(),
                body.occurredAt(), body.answerSummary(), body.link(), CurrentState.expectedVersion(ifMatch));
        return commands.send(caller, key, Requests.identity(http, body), requestId, command);
    }

    @PostMapping("/api/information-requests/{requestId}/refusal")
    public Mono<Recorded> refuse(
            Caller caller,
            ServerHttpRequest http,
            @PathVariable String requestId,
            @RequestHeader(value = "Idempotency-Key", required = false) String key,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody RefusalRequest body) {
        PathIds.check("requestId", requestId);
        DeclineInformationRequest command = new DeclineInformationRequest(requestId, caller.stakeholderId(),
                body.occurredAt(), body.reason(), CurrentState.expectedVersion(ifMatch));
        return commands.send(caller, key, Requests.identity(http, body), requestId, command);
    }
}
