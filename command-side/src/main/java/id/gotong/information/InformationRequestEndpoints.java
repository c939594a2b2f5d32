package id.gotong.information;

import id.gotong.web.CurrentState;
import id.gotong.web.PathIds;
import id.gotong.web.Recorded;
import id.gotong.web.Write;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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

/** Requesting information from another member, and that member's answer or refusal; the actor is the caller. */
@RestController
public class InformationRequestEndpoints {

    private final Repository<InformationRequest> requests;

    public InformationRequestEndpoints(Repository<InformationRequest> requests) {
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
    @ResponseStatus(HttpStatus.CREATED)
    public Mono<ResponseEntity<Recorded>> request(Write write, @Valid @RequestBody RequestInformationRequest body) {
        String collaborationId = write.pathId("collaborationId");
        String requestId = PathIds.newId("irq");
        return write.created("/api/information-requests/", body, requestId, new RequestInformation(requestId,
                write.actor(), body.occurredAt(), collaborationId, body.requestedFrom(), body.subject(),
                body.dueOn()));
    }

    @GetMapping("/api/information-requests/{requestId}")
    public Mono<ResponseEntity<InformationRequest.View>> get(@PathVariable String requestId) {
        PathIds.check("requestId", requestId);
        return CurrentState.of(requests, requestId, InformationRequest::view);
    }

    @PostMapping("/api/information-requests/{requestId}/answer")
    public Mono<Recorded> answer(Write write, @Valid @RequestBody AnswerRequest body) {
        String requestId = write.pathId("requestId");
        return write.send(body, requestId, new AnswerInformationRequest(requestId, write.actor(), body.occurredAt(),
                body.answerSummary(), body.link(), write.expectedVersion()));
    }

    @PostMapping("/api/information-requests/{requestId}/refusal")
    public Mono<Recorded> refuse(Write write, @Valid @RequestBody RefusalRequest body) {
        String requestId = write.pathId("requestId");
        return write.send(body, requestId, new DeclineInformationRequest(requestId, write.actor(), body.occurredAt(),
                body.reason(), write.expectedVersion()));
    }
}
