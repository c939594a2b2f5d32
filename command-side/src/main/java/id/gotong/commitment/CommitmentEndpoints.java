package id.gotong.commitment;

import reactor.core.scheduler.Schedulers;
import id.gotong.act.RuleViolation;
import id.gotong.meeting.Meeting;
import id.gotong.agreement.Agreement;
import java.util.Optional;
import id.gotong.web.Readers;
import id.gotong.web.Caller;
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

/** Pledging commitments and reporting them fulfilled or abandoned; the pledger is always the caller. */
@RestController
public class CommitmentEndpoints {

    private final Repository<Commitment> commitments;
    private final Readers readers;
    private final Repository<Agreement> agreements;
    private final Repository<Meeting> meetings;

    public CommitmentEndpoints(Repository<Commitment> commitments, Readers readers,
                               Repository<Agreement> agreements, Repository<Meeting> meetings) {
        this.agreements = agreements;
        this.meetings = meetings;
        this.readers = readers;
        this.commitments = commitments;
    }

    /**
     * @param agreementId the agreement the commitment carries out, or {@code null}
     * @param meetingId   the meeting where it was pledged, or {@code null}
     * @param decisionRef the decision in that meeting's minutes, or {@code null}
     */
    public record PledgeRequest(@NotBlank @Size(max = 2000) String deliverable,
                                @NotNull LocalDate dueOn,
                                @Pattern(regexp = PathIds.PATTERN) String agreementId,
                                @Pattern(regexp = PathIds.PATTERN) String meetingId,
                                @Size(max = 200) String decisionRef,
                                Instant occurredAt) {
    }

    /** @param evidence what shows the deliverable was delivered: a description or a link */
    public record FulfilRequest(@NotBlank @Size(max = 2000) String evidence, Instant occurredAt) {
    }

    public record AbandonRequest(@NotBlank @Size(max = 2000) String reason, Instant occurredAt) {
    }

    @PostMapping("/api/collaborations/{collaborationId}/commitments")
    @ResponseStatus(HttpStatus.CREATED)
    public Mono<ResponseEntity<Recorded>> pledge(Write write, @Valid @RequestBody PledgeRequest body) {
        String collaborationId = write.pathId("collaborationId");
        String commitmentId = PathIds.newId("cmt");
        PledgeCommitment command = new PledgeCommitment(commitmentId, write.actor(), body.occurredAt(),
                collaborationId, body.deliverable(), body.dueOn(), body.agreementId(), body.meetingId(),
                body.decisionRef());
        Mono<Void> references = Mono.<Void>fromRunnable(() -> {
            requireWithin(agreements, body.agreementId(), "agreementId", collaborationId, Agreement.View::collaborationId,
                    Agreement::view);
            requireWithin(meetings, body.meetingId(), "meetingId", collaborationId, Meeting.View::collaborationId,
                    Meeting::view);
        }).subscribeOn(Schedulers.boundedElastic());
        return references.then(write.created("/api/commitments/", body, commitmentId, command));
    }

    /**
     * A commitment carries out an agreement, or was pledged at a meeting, of its own collaboration: a reference to
     * another collaboration's record (or to none) is refused, so one agency cannot tie its pledges to another's acts.
     */
    private static <T, V> void requireWithin(Repository<T> repository, String id, String field, String collaborationId,
                                             java.util.function.Function<V, String> collaborationOf,
                                             java.util.function.Function<T, V> view) {
        if (id == null) {
            return;
        }
        boolean within = CurrentState.collaborationOf(repository, id, aggregate -> collaborationOf.apply(
                view.apply(aggregate))).map(collaborationId::equals).orElse(false);
        if (!within) {
            throw new RuleViolation("reference-within-collaboration", field, "No record " + id + " of this kind"
                    + " belongs to collaboration " + collaborationId);
        }
    }

    @GetMapping("/api/commitments/{commitmentId}")
    public Mono<ResponseEntity<Commitment.View>> get(Optional<Caller> caller, @PathVariable String commitmentId) {
        PathIds.check("commitmentId", commitmentId);
        return CurrentState.of(commitments, commitmentId, Commitment::view,
                view -> readers.readsAll(caller, view.collaborationId()) ? view : view.published());
    }

    @PostMapping("/api/commitments/{commitmentId}/fulfilment")
    public Mono<Recorded> fulfil(Write write, @Valid @RequestBody FulfilRequest body) {
        String commitmentId = write.pathId("commitmentId");
        return write.send(body, commitmentId, new FulfilCommitment(commitmentId, write.actor(), body.occurredAt(),
                body.evidence(), write.expectedVersion()));
    }

    @PostMapping("/api/commitments/{commitmentId}/abandonment")
    public Mono<Recorded> abandon(Write write, @Valid @RequestBody AbandonRequest body) {
        String commitmentId = write.pathId("commitmentId");
        return write.send(body, commitmentId, new AbandonCommitment(commitmentId, write.actor(), body.occurredAt(),
                body.reason(), write.expectedVersion()));
    }
}
