package id.gotong.stakeholderhistory;

import id.gotong.projection.AsOf;
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

/** A stakeholder's history of trust, commitment and shared understanding, and its live stream. Public. */
@RestController
public class HistoryEndpoints {

    private final Histories histories;
    private final Changes changes;

    public HistoryEndpoints(Histories histories, Changes changes) {
        this.histories = histories;
        this.changes = changes;
    }

    @GetMapping(path = "/api/stakeholders/{stakeholderId}/history", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<Histories.HistoryRead> history(@PathVariable String stakeholderId,
                                               @RequestParam(required = false) String asOf,
                                               @RequestParam(required = false) String position) {
        String id = PathIds.check("stakeholderId", stakeholderId);
        AsOf at = AsOf.parse(asOf, position);
        return Blocking.call(() -> histories.history(id, at));
    }

    @GetMapping(path = "/api/stakeholders/{stakeholderId}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public Flux<ServerSentEvent<Change>> stream(@PathVariable String stakeholderId) {
        String id = PathIds.check("stakeholderId", stakeholderId);
        return changes.events(change -> change.stakeholderIds().contains(id));
    }
}
