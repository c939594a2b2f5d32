package id.gotong.ui.ledger;

import id.gotong.listing.EventPositions;
import id.gotong.projection.Blocking;
import id.gotong.ui.EventTypes;
import id.gotong.ui.LocalApi;
import id.gotong.ui.Pages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * {@code /ledger}: the latest checkpoint, the latest acts, and one act ({@code ?position=} or {@code ?event=}) with
 * the button that verifies it. The page reads the ledger through its public API, as the browser's check does.
 */
@Controller
public class LedgerPages {

    static final int LATEST = 10;

    private final LocalApi api;
    private final EventPositions positions;

    public LedgerPages(LocalApi api, EventPositions positions) {
        this.api = api;
        this.positions = positions;
    }

    /** One act as the ledger holds it. */
    public record Act(long position, String leafHash, String type, String actor, String collaborationId,
                      String occurredAt, String recordedAt, String authority, String eventId, String json) {

        static Act of(long position, String leafHash, JsonNode event) {
            JsonNode provenance = event.path("payload").path("provenance");
            return new Act(position, leafHash, EventTypes.simpleName(text(event, "payloadType")),
                    text(provenance, "actor"), text(provenance, "collaborationId"), text(provenance, "occurredAt"),
                    text(provenance, "recordedAt"), text(provenance, "authority"), text(event, "eventId"),
                    event.toPrettyString());
        }
    }

    @GetMapping("/ledger")
    Mono<String> ledger(@RequestParam(required = false) String position,
                        @RequestParam(required = false) String event,
                        ServerWebExchange exchange, Model model) {
        String positionText = Pages.blankToNull(position);
        String eventId = Pages.blankToNull(event);
        Long asked = null;
        if (positionText != null) {
            try {
                asked = Long.parseLong(positionText);
            } catch (NumberFormatException e) {
                asked = -1L;
            }
            if (asked < 0) {
                model.addAttribute("positionError", true);
                asked = null;
            }
        }
        model.addAttribute("position", positionText);
        Mono<Optional<Long>> wanted = asked != null ? Mono.just(Optional.of(asked))
                : eventId != null && Pages.validId(eventId) ? Blocking.call(() -> positions.of(eventId))
                : Mono.just(Optional.empty());
        if (eventId != null) {
            model.addAttribute("event", eventId);
        }
        WebClient client = api.client();
        Mono<Optional<Checkpoint>> checkpoint = client.get().uri("/api/ledger/checkpoint")
                .exchangeToMono(r -> r.statusCode().is2xxSuccessful()
                        ? r.bodyToMono(String.class).map(note -> Optional.of(Checkpoint.parse(note)))
                        : r.releaseBody().thenReturn(Optional.<Checkpoint>empty()));
        Mono<String> key = client.get().uri("/api/ledger/key").retrieve().bodyToMono(String.class).map(String::trim)
                .onErrorReturn("");
        return Mono.zip(checkpoint, key, wanted).flatMap(t -> {
            Optional<Checkpoint> cp = t.getT1();
            model.addAttribute("checkpoint", cp.orElse(null));
            model.addAttribute("verifierKey", t.getT2());
            Optional<Long> at = t.getT3();
            if (eventId != null && at.isEmpty()) {
                model.addAttribute("eventUnknown", true);
            }
            Mono<List<Act>> latest = cp.map(Checkpoint::size).filter(size -> size != null && size > 0)
                    .map(size -> latest(client, Math.max(0, size - LATEST))).orElse(Mono.just(List.of()));
            Mono<Optional<Act>> act = at.map(p -> act(client, p)).orElse(Mono.just(Optional.empty()));
            // While the ledger opens its tree at start-up it answers 503: the page says so instead of failing.
            latest = latest.onErrorResume(e -> {
                model.addAttribute("ledgerStarting", true);
                return Mono.just(List.of());
            });
            act = act.onErrorResume(e -> {
                model.addAttribute("ledgerStarting", true);
                return Mono.just(Optional.empty());
            });
            return Mono.zip(latest, act).map(u -> {
                model.addAttribute("latest", u.getT1());
                if (at.isPresent()) {
                    model.addAttribute("act", u.getT2().orElse(null));
                    model.addAttribute("actPosition", at.get());
                    if (u.getT2().isEmpty()) {
                        exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
                    }
                }
                return "ledger";
            });
        });
    }

    private static Mono<Optional<Act>> act(WebClient client, long position) {
        return client.get().uri(u -> u.path("/api/ledger/entries").queryParam("start", position)
                        .queryParam("end", position + 1).build())
                .retrieve().bodyToMono(JsonNode.class)
                .map(entries -> {
                    for (JsonNode entry : entries) {
                        if (entry.path("index").asLong(-1) == position) {
                            return Optional.of(Act.of(position, text(entry, "leafHash"), entry.path("event")));
                        }
                    }
                    return Optional.<Act>empty();
                });
    }

    private static Mono<List<Act>> latest(WebClient client, long from) {
        return client.get().uri(u -> u.path("/api/ledger/history").queryParam("from", from)
                        .queryParam("limit", LATEST).build())
                .retrieve().bodyToMono(JsonNode.class)
                .map(history -> {
                    List<Act> acts = new ArrayList<>();
                    for (JsonNode item : history.path("items")) {
                        acts.add(Act.of(item.path("position").asLong(), text(item, "leafHash"), item.path("event")));
                    }
                    Collections.reverse(acts);
                    return acts;
                });
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }
}
