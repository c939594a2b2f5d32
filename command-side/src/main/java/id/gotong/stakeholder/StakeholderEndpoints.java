package id.gotong.stakeholder;

import id.gotong.act.AppendedEvents;
import id.gotong.act.NotPermitted;
import id.gotong.events.Sector;
import id.gotong.web.Credentials;
import id.gotong.web.CurrentState;
import id.gotong.web.PathIds;
import id.gotong.web.Requests;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Instant;
import java.util.List;

/** Registering stakeholders (the operator only) and reading one back. */
@RestController
@RequestMapping("/api/stakeholders")
public class StakeholderEndpoints {

    private final Credentials credentials;
    private final Repository<Stakeholder> stakeholders;

    public StakeholderEndpoints(Credentials credentials, Repository<Stakeholder> stakeholders) {
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
    @ResponseStatus(HttpStatus.CREATED)
    Mono<ResponseEntity<Registration>> register(Write write, @Valid @RequestBody RegisterStakeholderRequest request) {
        if (!write.caller().operator()) {
            return Mono.error(new NotPermitted("operator-only", "Only the operator registers stakeholders"));
        }
        String id = PathIds.newId("stk");
        RegisterStakeholder command = new RegisterStakeholder(id, write.actor(), request.occurredAt(),
                request.name(), request.sector(), request.region(), request.parentOrganisation());
        return write.created("/api/stakeholders/", request, id, command,
                recorded -> Mono.fromCallable(() -> credentials.issue(recorded.id()))
                        .subscribeOn(Schedulers.boundedElastic())
                        .map(credential -> new Registration(recorded.id(), credential, recorded.events())));
    }

    @GetMapping("/{stakeholderId}")
    Mono<ResponseEntity<Stakeholder.View>> get(@PathVariable String stakeholderId) {
        return CurrentState.of(stakeholders, PathIds.check("stakeholderId", stakeholderId), Stakeholder::view);
    }
}
