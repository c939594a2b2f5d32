package id.gotong.collaboration;

import id.gotong.events.CollaborationEvent.DriverKind;
import id.gotong.events.CollaborationEvent.PlannedEvent;
import id.gotong.events.MeetingCadence;
import id.gotong.events.Role;
import id.gotong.events.SmartCityDimension;
import id.gotong.web.CurrentState;
import id.gotong.web.PathIds;
import id.gotong.web.Recorded;
import id.gotong.web.Requests;
import id.gotong.web.Write;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.Repository;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Registering collaborations and managing their membership, leadership, drivers and event calendars. The acting
 * stakeholder is always the caller; {@code If-Match} carries the version (ETag) the caller acted on.
 */
@RestController
@RequestMapping("/api/collaborations")
public class CollaborationEndpoints {

    private final Repository<Collaboration> collaborations;

    public CollaborationEndpoints(Repository<Collaboration> collaborations) {
        this.collaborations = collaborations;
    }

    /**
     * @param dimensions a list, not a set, so that ten thousand copies of one dimension are refused as too many
     *                   rather than quietly folded into one
     * @param legalBasis the regulations and decrees it rests on, in order, e.g. "Keputusan Bupati Toba 724/2022"
     */
    public record RegisterCollaborationRequest(@NotBlank @Size(max = 200) String name,
                                               @Size(max = 200) @Pattern(regexp = Requests.PLAIN_TEXT) String region,
                                               @NotEmpty @Size(max = 6) List<@NotNull SmartCityDimension> dimensions,
                                               @Size(max = 20) List<@NotBlank @Size(max = 300) String> legalBasis,
                                               @NotBlank @Pattern(regexp = PathIds.PATTERN) String leadStakeholderId,
                                               @NotNull MeetingCadence meetingCadence,
                                               Instant occurredAt) {
    }

    /** @param authority the decree or letter that appoints the member, if any */
    public record AdmitMemberRequest(@NotBlank @Pattern(regexp = PathIds.PATTERN) String stakeholderId,
                                     @NotNull Role role,
                                     @Size(max = 300) String authority,
                                     Instant occurredAt) {
    }

    public record ChangeRoleRequest(@NotNull Role role, @Size(max = 300) String authority, Instant occurredAt) {
    }

    /** @param reason why the member leaves; may come as the query parameter {@code reason} instead */
    public record WithdrawMemberRequest(@Size(max = 2000) String reason, Instant occurredAt) {
    }

    public record LeadershipChangeRequest(@NotBlank @Pattern(regexp = PathIds.PATTERN) String newLeadStakeholderId,
                                          @NotBlank @Size(max = 2000) String reason,
                                          @Size(max = 300) String authority,
                                          Instant occurredAt) {
    }

    public record DriverRequest(@NotNull DriverKind kind, @NotBlank @Size(max = 4000) String description,
                                Instant occurredAt) {
    }

    public record CalendarRequest(@NotEmpty @Size(max = 400) List<@NotNull @Valid PlannedEntry> entries,
                                  Instant occurredAt) {
    }

    public record PlannedEntry(@NotBlank @Size(max = 200) String title, @NotNull LocalDate date,
                               @Size(max = 2000) String description) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Mono<ResponseEntity<Recorded>> register(Write write, @Valid @RequestBody RegisterCollaborationRequest request) {
        String id = PathIds.newId("col");
        return write.created("/api/collaborations/", request, id, new RegisterCollaboration(id, write.actor(),
                request.occurredAt(), request.name(), request.region(), new LinkedHashSet<>(request.dimensions()),
                request.legalBasis(), request.leadStakeholderId(), request.meetingCadence()));
    }

    @GetMapping("/{collaborationId}")
    Mono<ResponseEntity<Collaboration.View>> get(@PathVariable String collaborationId) {
        return CurrentState.of(collaborations, PathIds.check("collaborationId", collaborationId),
                Collaboration::view);
    }

    @PostMapping("/{collaborationId}/members")
    Mono<Recorded> admit(Write write, @Valid @RequestBody AdmitMemberRequest request) {
        String id = write.pathId("collaborationId");
        return write.send(request, id, new AdmitMember(id, write.actor(), request.occurredAt(),
                request.stakeholderId(), request.role(), request.authority(), write.expectedVersion()));
    }

    @PutMapping("/{collaborationId}/members/{stakeholderId}")
    Mono<Recorded> changeRole(Write write, @Valid @RequestBody ChangeRoleRequest request) {
        String id = write.pathId("collaborationId");
        String member = write.pathId("stakeholderId");
        return write.send(request, id, new ChangeRole(id, write.actor(), request.occurredAt(), member, request.role(),
                request.authority(), write.expectedVersion()));
    }

    /**
     * A member withdraws itself ({@code stakeholderId} = the caller), or the secretary or the lead withdraws it. The
     * reason comes in a JSON body or, for clients that send no body with DELETE, as the query parameter {@code reason}.
     */
    @DeleteMapping(path = "/{collaborationId}/members/{stakeholderId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<Recorded> withdraw(Write write, @RequestParam(name = "reason", required = false) String reasonParam,
                            @Valid @RequestBody WithdrawMemberRequest body) {
        return withdraw(write, withReason(body, reasonParam));
    }

    @DeleteMapping("/{collaborationId}/members/{stakeholderId}")
    Mono<Recorded> withdraw(Write write, @RequestParam(name = "reason", required = false) String reasonParam,
                            ServerHttpRequest http) {
        MediaType type = http.getHeaders().getContentType();
        if (type != null) {
            // A body this mapping would ignore; only JSON (the mapping above) or none is understood.
            throw new UnsupportedMediaTypeStatusException(type, List.of(MediaType.APPLICATION_JSON));
        }
        return withdraw(write, withReason(null, reasonParam));
    }

    private Mono<Recorded> withdraw(Write write, WithdrawMemberRequest request) {
        String id = write.pathId("collaborationId");
        String member = write.pathId("stakeholderId");
        return write.send(request, id, new WithdrawMember(id, write.actor(), request.occurredAt(), member,
                request.reason(), write.expectedVersion()));
    }

    private static WithdrawMemberRequest withReason(WithdrawMemberRequest body, String reasonParam) {
        Instant occurredAt = body == null ? null : body.occurredAt();
        String reason = body != null && body.reason() != null ? body.reason() : reasonParam;
        if (reason == null || reason.isBlank()) {
            throw Requests.invalid("reason", "not-blank", "say why the member withdraws (query parameter or body)");
        }
        if (reason.length() > 2000) {
            throw Requests.invalid("reason", "size", "a reason has at most 2000 characters");
        }
        return new WithdrawMemberRequest(reason, occurredAt);
    }

    @PostMapping("/{collaborationId}/leadership")
    Mono<Recorded> changeLeadership(Write write, @Valid @RequestBody LeadershipChangeRequest request) {
        String id = write.pathId("collaborationId");
        return write.send(request, id, new RecordLeadershipChange(id, write.actor(), request.occurredAt(),
                request.newLeadStakeholderId(), request.reason(), request.authority(), write.expectedVersion()));
    }

    @PostMapping("/{collaborationId}/drivers")
    Mono<Recorded> recordDriver(Write write, @Valid @RequestBody DriverRequest request) {
        String id = write.pathId("collaborationId");
        return write.send(request, id, new RecordDriver(id, write.actor(), request.occurredAt(), request.kind(),
                request.description(), write.expectedVersion()));
    }

    @PostMapping("/{collaborationId}/calendar")
    Mono<Recorded> publishCalendar(Write write, @Valid @RequestBody CalendarRequest request) {
        String id = write.pathId("collaborationId");
        List<PlannedEvent> entries = request.entries().stream()
                .map(entry -> new PlannedEvent(entry.title(), entry.date(), entry.description()))
                .toList();
        return write.send(request, id, new PublishEventCalendar(id, write.actor(), request.occurredAt(), entries,
                write.expectedVersion()));
    }
}
