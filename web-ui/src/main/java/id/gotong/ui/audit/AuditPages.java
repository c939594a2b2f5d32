package id.gotong.ui.audit;

import id.gotong.dossier.Dossiers;
import id.gotong.listing.Listings;
import id.gotong.listing.Listings.CollaborationItem;
import id.gotong.projection.AsOf;
import id.gotong.projection.BadQuery;
import id.gotong.projection.Blocking;
import id.gotong.projection.NotFound;
import id.gotong.researchexport.ResearchExport;
import id.gotong.ui.EventTypes;
import id.gotong.ui.LocalApi;
import id.gotong.ui.Messages;
import id.gotong.ui.PageMessages;
import id.gotong.ui.Pages;
import id.gotong.ui.collaboration.CollaborationView;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /audit}: the history browser; {@code /audit/replay}: a collaboration as of a past act or day. */
@Controller
public class AuditPages {

    static final int PAGE = 50;

    private final LocalApi api;
    private final Listings listings;
    private final Dossiers dossiers;
    private final ResearchExport export;
    private final PageMessages messages;
    private final ZoneId zone;

    public AuditPages(LocalApi api, Listings listings, Dossiers dossiers, ResearchExport export,
                      PageMessages messages, Clock clock) {
        this.api = api;
        this.listings = listings;
        this.dossiers = dossiers;
        this.export = export;
        this.messages = messages;
        this.zone = clock.getZone();
    }

    /** One row of the history: an event with the fields an auditor filters by. */
    public record Item(long position, String leafHash, String type, String actor, String collaborationId,
                       String occurredAt) {
    }

    @GetMapping("/audit")
    Mono<String> history(@RequestParam(required = false) String collaborationId,
                         @RequestParam(required = false) String actor,
                         @RequestParam(required = false) String type,
                         @RequestParam(required = false) String since,
                         @RequestParam(required = false) String until,
                         @RequestParam(required = false) String from,
                         ServerWebExchange exchange, Model model) {
        Map<String, String> filter = new LinkedHashMap<>();
        filter.put("collaborationId", Pages.blankToNull(collaborationId));
        filter.put("actor", Pages.blankToNull(actor));
        filter.put("type", Pages.blankToNull(type));
        filter.put("since", Pages.blankToNull(since));
        filter.put("until", Pages.blankToNull(until));
        filter.put("from", Pages.blankToNull(from));
        model.addAttribute("filter", filter);
        model.addAttribute("eventTypes", EventTypes.ALL);
        Messages text = new Messages(messages, exchange.getLocaleContext().getLocale());
        Map<String, String> errors = new LinkedHashMap<>();
        Instant after = day(filter.get("since"), false, "since", errors, text);
        Instant before = day(filter.get("until"), true, "until", errors, text);
        model.addAttribute("errors", errors);
        Mono<List<CollaborationItem>> collaborations = Blocking.call(() -> listings.collaborations(null, null,
                AsOf.LIVE, 0, Listings.MAX_PAGE_SIZE).items());
        if (!errors.isEmpty()) {
            exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
            return collaborations.map(list -> {
                model.addAttribute("collaborations", list);
                return "audit";
            });
        }
        UriComponentsBuilder query = UriComponentsBuilder.fromPath("/api/ledger/history")
                .queryParam("limit", PAGE);
        for (String name : List.of("collaborationId", "actor", "type", "from")) {
            if (filter.get(name) != null) {
                query.queryParam(name, filter.get(name));
            }
        }
        if (after != null) {
            query.queryParam("since", after.toString());
        }
        if (before != null) {
            query.queryParam("until", before.toString());
        }
        Mono<JsonNode> history = api.client().get().uri(query.encode().build().toUri().toString())
                .exchangeToMono(r -> r.bodyToMono(JsonNode.class));
        return Mono.zip(collaborations, history).map(t -> {
            model.addAttribute("collaborations", t.getT1());
            JsonNode answer = t.getT2();
            if (answer.has("items")) {
                List<Item> items = new ArrayList<>();
                for (JsonNode item : answer.path("items")) {
                    JsonNode event = item.path("event");
                    JsonNode provenance = event.path("payload").path("provenance");
                    items.add(new Item(item.path("position").asLong(), text(item, "leafHash"),
                            EventTypes.simpleName(text(event, "payloadType")), text(provenance, "actor"),
                            text(provenance, "collaborationId"), text(provenance, "occurredAt")));
                }
                long next = answer.path("next").asLong();
                long size = answer.path("treeSize").asLong();
                model.addAttribute("items", items);
                model.addAttribute("next", next);
                model.addAttribute("treeSize", size);
                if (next < size) {
                    model.addAttribute("nextLink", UriComponentsBuilder.fromPath("/audit")
                            .queryParams(MultiValueMap.fromSingleValue(withFrom(filter, next)))
                            .encode().build().toUriString());
                }
            } else {
                // A problem from the ledger API: put it next to the field it names.
                String field = text(answer, "field");
                errors.put(field == null || !filter.containsKey(field) ? "form" : field, text(answer, "detail"));
                exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
            }
            return "audit";
        });
    }

    @GetMapping("/audit/replay")
    Mono<String> replay(@RequestParam(required = false) String collaborationId,
                        @RequestParam(required = false) String act,
                        @RequestParam(required = false) String day,
                        ServerWebExchange exchange, Model model) {
        String chosen = Pages.blankToNull(collaborationId);
        Messages text = new Messages(messages, exchange.getLocaleContext().getLocale());
        Map<String, String> errors = new LinkedHashMap<>();
        model.addAttribute("errors", errors);
        model.addAttribute("collaborationId", chosen);
        model.addAttribute("day", Pages.blankToNull(day));
        Instant dayEnd = day(Pages.blankToNull(day), true, "day", errors, text);
        return Blocking.call(() -> {
            model.addAttribute("collaborations", listings.collaborations(null, null, AsOf.LIVE, 0,
                    Listings.MAX_PAGE_SIZE).items());
            if (chosen == null || !Pages.validId(chosen)) {
                return "replay";
            }
            List<ResearchExport.Row> acts = export.rows(chosen, AsOf.LIVE);
            int count = acts.size();
            int index = count;
            if (Pages.blankToNull(act) != null) {
                try {
                    index = Math.max(1, Math.min(count, Integer.parseInt(act.strip())));
                } catch (NumberFormatException e) {
                    errors.put("act", text.get("replay.actInvalid"));
                }
            }
            model.addAttribute("count", count);
            model.addAttribute("act", index);
            ResearchExport.Row row = acts.get(index - 1);
            model.addAttribute("row", row);
            AsOf at = dayEnd != null ? new AsOf(dayEnd, null) : new AsOf(null, row.position());
            model.addAttribute("byDay", dayEnd != null);
            model.addAttribute("view", CollaborationView.read(dossiers, export, chosen, at, text));
            return "replay";
        });
    }

    @ExceptionHandler({NotFound.class, BadQuery.class})
    String refused(RuntimeException e, ServerWebExchange exchange, Model model) {
        return Pages.error(e, exchange, model);
    }

    private static Map<String, String> withFrom(Map<String, String> filter, long next) {
        Map<String, String> query = new LinkedHashMap<>();
        filter.forEach((name, value) -> {
            if (value != null && !name.equals("from")) {
                query.put(name, value);
            }
        });
        query.put("from", Long.toString(next));
        return query;
    }

    /** A day from a date field: its first instant, or with {@code end} its last, in the server's zone. */
    private Instant day(String value, boolean end, String field, Map<String, String> errors, Messages text) {
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            return end ? date.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1)
                    : date.atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            errors.put(field, text.get("error.date"));
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }
}
