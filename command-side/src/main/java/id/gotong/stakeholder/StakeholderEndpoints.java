package id.gotong.stakeholder;

import id.gotong.act.AppendedEvents;
import id.gotong.act.NotPermitted;
import id.gotong.events.Sector;
import id.gotong.web.Caller;
import id.gotong.web.Commands;
import id.gotong.web.Credentials;
import id.gotong.web.CurrentState;
import id.gotong.web.PathIds;
import id.gotong.web.Requests;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.Repository;
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
import reactor.core.scheduler.Schedulers;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/** Registering stakeholders (the operator only) and reading one back. */
@RestController
@RequestMapping("/api/stakeholders")
public class StakeholderEndpoints {

    private final Commands commands;
    private final Credentials credentials;
    private final Repository<Stakeholder> stakeholders;

    public StakeholderEndpoints(Commands commands, Credentials credentials, Repository<Stakeholder> stakeholders) {
        this.commands = commands;
        this.credentials = credentials;
        this.stakeholders = stakeholders;
    }

    /** @param occurredAt when the stakeholder was registered, if not now */
    public record RegisterStakeholderRequest(@NotBlank @Size(max = 200) String name,
                                             @NotNull Sector sector,
                                             @Size(max = 200) @Pattern(regexp = Requests.PLAIN_TEXT) String region,
                                             @Size(max = 200) String parentOrganisation,
                                             Instant occurredAt) {
    }

    /** @param credential the new stakeholder's bearer token; shown only in this answer and never stored in clear */
    public record Registration(String id, String credential, List<AppendedEvents.Appended> events) {
    }

    /**
     * A retry with the same {@code Idempotency-Key} appends nothing but issues a fresh credential: the first one was
     * never stored in clear, and a client retries precisely because it lost that answer.
     */
    @PostMapping
    Mono<ResponseEntity<Registration>> register(Caller caller,
                                                @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                                @Valid @RequestBody RegisterStakeholderRequest request,
                                                ServerHttpRequest http) {
        if (!caller.operator()) {
            return Mono.error(new NotPermitted("operator-only", "Only the operator registers stakeholders"));
        }
        String id = PathIds.newId("stk");
        RegisterStakeholder command = new RegisterStakeholder(id, caller.stakeholderId(), request.occurredAt(),
                request.name(), request.sector(), request.region(), request.parentOrganisation());
        return commands.send(caller, key, Requests.identity(http, request), id, command)
                       .flatMap(recorded -> Mono.fromCallable(() -> credentials.issue(recorded.id()))
                               .subscribeOn(Schedulers.boundedElastic())
                               .map(credential -> ResponseEntity
                                       .created(URI.create("/api/stakeholders/" + recorded.id()))
                                       .body(new Registration(recorded.id(), credential, recorded.events()))));
    }

    @GetMapping("/{stakeholderId}")
    Mono<ResponseEntity<Stakeholder.View>> get(@PathVariable String stakeholderId) {
        return CurrentState.of(stakeholders, PathIds.check("stakeholderId", stakeholderId), Stakeholder::view);
    }
}
