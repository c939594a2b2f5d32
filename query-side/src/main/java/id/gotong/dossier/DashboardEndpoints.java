package id.gotong.dossier;

import id.gotong.projection.AsOf;
import id.gotong.projection.BadQuery;
import id.gotong.projection.Blocking;
import id.gotong.projection.Change;
import id.gotong.projection.Changes;
import id.gotong.web.PathIds;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** A collaboration's dashboard, now or as of a past moment, and its live stream of changes. Public. */
@RestController
public class DashboardEndpoints {

    private final Dossiers dossiers;
    private final Changes changes;

    public DashboardEndpoints(Dossiers dossiers, Changes changes) {
        this.dossiers = dossiers;
        this.changes = changes;
    }

    @GetMapping(path = "/api/collaborations/{collaborationId}/dashboard", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<Dossiers.DashboardRead> dashboard(@PathVariable String collaborationId,
                                                  @RequestParam(required = false) String asOf,
                                                  @RequestParam(required = false) String position,
                                                  @RequestParam(required = false) String since,
                                                  @RequestParam(required = false) String until) {
        String id = PathIds.check("collaborationId", collaborationId);
        AsOf at = AsOf.parse(asOf, position);
        Instant from = instant("since", since);
        Instant to = instant("until", until);
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadQuery("window-order", "since", "since must not be after until");
        }
        return Blocking.call(() -> dossiers.dashboard(id, at, from, to));
    }

    /** Each change to the collaboration as it is projected, as {@code change} events. */
    @GetMapping(path = "/api/collaborations/{collaborationId}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public Flux<ServerSentEvent<Change>> stream(@PathVariable String collaborationId) {
        String id = PathIds.check("collaborationId", collaborationId);
        return changes.events(change -> id.equals(change.collaborationId()));
    }

    static Instant instant(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadQuery("instant", field, field + " must be an ISO-8601 instant such as 2024-06-30T00:00:00Z");
        }
    }
}
