package id.gotong.goal;

import id.gotong.events.SharedGoalEvent.GoalKind;
import id.gotong.web.CurrentState;
import id.gotong.web.PathIds;
import id.gotong.web.Recorded;
import id.gotong.web.Write;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.Repository;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Instant;

/**
 * Proposing a collaboration's shared goals and taking positions on them. Endorsements, dissents and revisions name
 * the {@code goalVersion} (the statement's version) the member read; {@code If-Match} is the resource's ETag.
 */
@RestController
@RequestMapping("/api")
public class SharedGoalEndpoints {

    private final Repository<SharedGoal> goals;

    public SharedGoalEndpoints(Repository<SharedGoal> goals) {
        this.goals = goals;
    }

    public record ProposeSharedGoalRequest(@NotNull GoalKind kind, @NotBlank @Size(max = 4000) String statement,
                                           Instant occurredAt) {
    }

    /** @param goalVersion the version of the statement the member endorses */
    public record EndorsementRequest(@NotNull @Positive Integer goalVersion, Instant occurredAt) {
    }

    /** @param goalVersion the version of the statement the member disagrees with */
    public record DissentRequest(@NotNull @Positive Integer goalVersion, @NotBlank @Size(max = 4000) String reason,
                                 Instant occurredAt) {
    }

    /** @param goalVersion the version being revised */
    public record RevisionRequest(@NotNull @Positive Integer goalVersion,
                                  @NotBlank @Size(max = 4000) String statement,
                                  @NotBlank @Size(max = 4000) String reason,
                                  Instant occurredAt) {
    }

    @PostMapping("/collaborations/{collaborationId}/goals")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<ResponseEntity<Recorded>> propose(Write write, @Valid @RequestBody ProposeSharedGoalRequest request) {
        String collaboration = write.pathId("collaborationId");
        String id = PathIds.newId("goal");
        return write.created("/api/goals/", request, id, new ProposeSharedGoal(id, write.actor(),
                request.occurredAt(), collaboration, request.kind(), request.statement()));
    }

    @GetMapping("/goals/{goalId}")
    Mono<ResponseEntity<SharedGoal.View>> get(@PathVariable String goalId) {
        return CurrentState.of(goals, PathIds.check("goalId", goalId), SharedGoal::view);
    }

    @PostMapping("/goals/{goalId}/endorsements")
    Mono<Recorded> endorse(Write write, @Valid @RequestBody EndorsementRequest request) {
        String id = write.pathId("goalId");
        return write.send(request, id, new EndorseSharedGoal(id, write.actor(), request.occurredAt(),
                request.goalVersion(), write.expectedVersion()));
    }

    @PostMapping("/goals/{goalId}/dissents")
    Mono<Recorded> dissent(Write write, @Valid @RequestBody DissentRequest request) {
        String id = write.pathId("goalId");
        return write.send(request, id, new RecordDissent(id, write.actor(), request.occurredAt(),
                request.goalVersion(), request.reason(), write.expectedVersion()));
    }

    @PostMapping("/goals/{goalId}/revisions")
    Mono<Recorded> revise(Write write, @Valid @RequestBody RevisionRequest request) {
        String id = write.pathId("goalId");
        return write.send(request, id, new ReviseSharedGoal(id, write.actor(), request.occurredAt(),
                request.goalVersion(), request.statement(), request.reason(), write.expectedVersion()));
    }
}
