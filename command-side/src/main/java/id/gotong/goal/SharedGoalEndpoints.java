package id.gotong.goal;

import id.gotong.events.SharedGoalEvent.GoalKind;
import id.gotong.web.Caller;
import id.gotong.web.Commands;
import id.gotong.web.CurrentState;
import id.gotong.web.PathIds;
import id.gotong.web.Recorded;
import id.gotong.web.Requests;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Instant;

/**
 * Proposing a collaboration's shared goals and taking positions on them. Endorsements, dissents and revisions name
 * the {@code goalVersion} (the statement's version) the member read; {@code If-Match} is the resource's ETag.
 */
@RestController
@RequestMapping("/api")
public class SharedGoalEndpoints {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final Commands commands;
    private final Repository<SharedGoal> goals;

    public SharedGoalEndpoints(Commands commands, Repository<SharedGoal> goals) {
        this.commands = commands;
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
    Mono<ResponseEntity<Recorded>> propose(Caller caller, @PathVariable String collaborationId,
                                           @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                           @Valid @RequestBody ProposeSharedGoalRequest request,
                                           ServerHttpRequest http) {
        String collaboration = PathIds.check("collaborationId", collaborationId);
        String id = PathIds.newId("goal");
        ProposeSharedGoal command = new ProposeSharedGoal(id, caller.stakeholderId(), request.occurredAt(),
                collaboration, request.kind(), request.statement());
        return commands.send(caller, key, Requests.identity(http, request), id, command)
                       .map(recorded -> ResponseEntity.created(URI.create("/api/goals/" + recorded.id()))
                                                      .body(recorded));
    }

    @GetMapping("/goals/{goalId}")
    Mono<ResponseEntity<SharedGoal.View>> get(@PathVariable String goalId) {
        return CurrentState.of(goals, PathIds.check("goalId", goalId), SharedGoal::view);
    }

    @PostMapping("/goals/{goalId}/endorsements")
    Mono<Recorded> endorse(Caller caller, @PathVariable String goalId,
                           @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                           @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                           @Valid @RequestBody EndorsementRequest request, ServerHttpRequest http) {
        String id = PathIds.check("goalId", goalId);
        return commands.send(caller, key, Requests.identity(http, request), id,
                new EndorseSharedGoal(id, caller.stakeholderId(), request.occurredAt(), request.goalVersion(),
                        CurrentState.expectedVersion(ifMatch)));
    }

    @PostMapping("/goals/{goalId}/dissents")
    Mono<Recorded> dissent(Caller caller, @PathVariable String goalId,
                           @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                           @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                           @Valid @RequestBody DissentRequest request, ServerHttpRequest http) {
        String id = PathIds.check("goalId", goalId);
        return commands.send(caller, key, Requests.identity(http, request), id,
                new RecordDissent(id, caller.stakeholderId(), request.occurredAt(), request.goalVersion(),
                        request.reason(), CurrentState.expectedVersion(ifMatch)));
    }

    @PostMapping("/goals/{goalId}/revisions")
    Mono<Recorded> revise(Caller caller, @PathVariable String goalId,
                          @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                          @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                          @Valid @RequestBody RevisionRequest request, ServerHttpRequest http) {
        String id = PathIds.check("goalId", goalId);
        return commands.send(caller, key, Requests.identity(http, request), id,
                new ReviseSharedGoal(id, caller.stakeholderId(), request.occurredAt(), request.goalVersion(),
                        request.statement(), request.reason(), CurrentState.expectedVersion(ifMatch)));
    }
}
