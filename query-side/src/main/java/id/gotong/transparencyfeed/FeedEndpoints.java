package id.gotong.transparencyfeed;

import id.gotong.projection.Blocking;
import id.gotong.projection.Change;
import id.gotong.projection.Changes;
import id.gotong.projection.NotFound;
import id.gotong.transparencyfeed.TransparencyFeed.Head;
import id.gotong.transparencyfeed.TransparencyFeed.Scope;
import id.gotong.web.PathIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.http.server.reactive.ServerHttpRequest;
import id.gotong.web.Answer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * The public transparency feeds: Activity Streams 2.0 and Atom, for everything and per collaboration, one act at its
 * own address, and a Server-Sent Events stream of new acts. Every document carries an {@code ETag} and
 * {@code Last-Modified} and answers a matching {@code If-None-Match} or {@code If-Modified-Since} with 304, checked
 * before the document is read.
 */
@RestController
public class FeedEndpoints {

    static final MediaType ACTIVITY_JSON = MediaType.parseMediaType(As2.MEDIA_TYPE);
    static final MediaType ATOM_XML = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);
    /** The feeds' texts are Indonesian (see docs/transparency.md). */
    static final String LANGUAGE = "id";

    private static final Logger log = LoggerFactory.getLogger(FeedEndpoints.class);

    private final TransparencyFeed feed;
    private final Changes changes;

    public FeedEndpoints(TransparencyFeed feed, Changes changes) {
        this.feed = feed;
        this.changes = changes;
    }

    @GetMapping("/api/feed")
    @Answer(status = 304, description = "Not modified since the `ETag` in `If-None-Match` (or `If-Modified-Since`)")
    public Mono<ResponseEntity<String>> activities(@RequestParam(required = false) String page,
                                                  @RequestParam(required = false) String before,
                                                  @RequestParam(required = false) String after,
                                                  @RequestParam(required = false) String size,
                                                  ServerWebExchange exchange) {
        return activities(Scope.ALL, page, before, after, size, exchange);
    }

    @GetMapping("/api/collaborations/{collaborationId}/feed")
    @Answer(status = 304, description = "Not modified since the `ETag` in `If-None-Match` (or `If-Modified-Since`)")
    public Mono<ResponseEntity<String>> collaborationActivities(@PathVariable String collaborationId,
                                                               @RequestParam(required = false) String page,
                                                               @RequestParam(required = false) String before,
                                                               @RequestParam(required = false) String after,
                                                               @RequestParam(required = false) String size,
                                                               ServerWebExchange exchange) {
        Scope scope = new Scope(PathIds.check("collaborationId", collaborationId));
        return activities(scope, page, before, after, size, exchange);
    }

    private Mono<ResponseEntity<String>> activities(Scope scope, String page, String before, String after,
                                                   String size, ServerWebExchange exchange) {
        Cursor cursor = Cursor.parse(page, before, after);
        int items = Cursor.size(size, TransparencyFeed.DEFAULT_SIZE, TransparencyFeed.MAX_SIZE);
        Links links = links(exchange.getRequest());
        As2 as2 = new As2(links);
        String variant = "as2|" + scope + "|" + (cursor == null ? "collection" : cursor.query()) + "|" + items + "|"
                + links.base();
        return answer(exchange, ACTIVITY_JSON, () -> head(scope), variant, head -> {
            if (cursor == null) {
                return as2.collection(scope, title(scope), feed.total(scope), items);
            }
            return as2.page(scope, cursor, items, feed.page(scope, cursor, items, head), head.treeSize());
        });
    }

    @GetMapping("/feed.atom")
    @Answer(status = 304, description = "Not modified since the `ETag` in `If-None-Match` (or `If-Modified-Since`)")
    public Mono<ResponseEntity<String>> atom(@RequestParam(required = false) String page,
                                             @RequestParam(required = false) String before,
                                             @RequestParam(required = false) String after,
                                             @RequestParam(required = false) String size,
                                             ServerWebExchange exchange) {
        return atom(Scope.ALL, page, before, after, size, exchange);
    }

    @GetMapping("/api/collaborations/{collaborationId}/feed.atom")
    @Answer(status = 304, description = "Not modified since the `ETag` in `If-None-Match` (or `If-Modified-Since`)")
    public Mono<ResponseEntity<String>> collaborationAtom(@PathVariable String collaborationId,
                                                          @RequestParam(required = false) String page,
                                                          @RequestParam(required = false) String before,
                                                          @RequestParam(required = false) String after,
                                                          @RequestParam(required = false) String size,
                                                          ServerWebExchange exchange) {
        Scope scope = new Scope(PathIds.check("collaborationId", collaborationId));
        return atom(scope, page, before, after, size, exchange);
    }

    private Mono<ResponseEntity<String>> atom(Scope scope, String page, String before, String after, String size,
                                              ServerWebExchange exchange) {
        Cursor parsed = Cursor.parse(page, before, after);
        Cursor cursor = parsed == null ? Cursor.NEWEST : parsed;
        int items = Cursor.size(size, TransparencyFeed.DEFAULT_SIZE, TransparencyFeed.MAX_SIZE);
        Links links = links(exchange.getRequest());
        String variant = "atom|" + scope + "|" + cursor.query() + "|" + items + "|" + links.base();
        return answer(exchange, ATOM_XML, () -> head(scope), variant, head -> {
            TransparencyFeed.Page found = feed.page(scope, cursor, items, head);
            List<Atom.Link> feedLinks = new ArrayList<>();
            feedLinks.add(new Atom.Link("self", links.atomPage(scope, cursor, items), Atom.MEDIA_TYPE));
            feedLinks.add(new Atom.Link("alternate", links.as2(scope), As2.MEDIA_TYPE));
            if (!scope.all()) {
                feedLinks.add(new Atom.Link("related", links.dashboard(scope.collaborationId()),
                        MediaType.APPLICATION_JSON_VALUE));
            }
            feedLinks.add(new Atom.Link("first", links.atomPage(scope, Cursor.NEWEST, items), Atom.MEDIA_TYPE));
            if (found.newer() != null) {
                feedLinks.add(new Atom.Link("previous", links.atomPage(scope, Cursor.after(found.newer()), items),
                        Atom.MEDIA_TYPE));
            }
            if (found.older() != null) {
                feedLinks.add(new Atom.Link("next", links.atomPage(scope, Cursor.before(found.older()), items),
                        Atom.MEDIA_TYPE));
            }
            feedLinks.add(new Atom.Link("last", links.atomPage(scope, Cursor.OLDEST, items), Atom.MEDIA_TYPE));
            Instant updated = head.lastModified() == null ? Instant.EPOCH : head.lastModified();
            Atom.Head atomHead = new Atom.Head(Links.feedId(scope), title(scope),
                    "Tindakan publik kolaborasi yang tercatat di ledger Gotong, masing-masing dengan bukti inklusinya.",
                    updated, feedLinks);
            return new Atom(links).feed(atomHead, found.items(), head.treeSize());
        });
    }

    @GetMapping("/api/feed/items/{position}")
    @Answer(status = 304, description = "Not modified since the `ETag` in `If-None-Match` (or `If-Modified-Since`)")
    public Mono<ResponseEntity<String>> item(@PathVariable String position, ServerWebExchange exchange) {
        long at = Cursor.position("position", position);
        Links links = links(exchange.getRequest());
        String variant = "as2-item|" + at + "|" + links.base();
        return answer(exchange, ACTIVITY_JSON, () -> feed.head(at).orElseThrow(() -> noAct(at)), variant,
                head -> new As2(links).item(feed.item(at).orElseThrow(() -> noAct(at)), head.treeSize()));
    }

    /**
     * Each public act as it is projected, as an {@code activity} event whose id is its ledger position and whose data
     * is the act as an Activity Streams document. A client that reconnects reads what it missed from
     * {@code /api/feed?after=<last id>}.
     */
    @GetMapping(path = "/api/feed/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public Flux<ServerSentEvent<String>> stream(ServerHttpRequest request) {
        Links links = links(request);
        return Changes.live(changes.stream()
                .filter(change -> change.collaborationId() != null)
                .concatMap(change -> Blocking.call(() -> activity(change, links))
                        // One act that cannot be read must not end every subscriber's stream; its id is skipped.
                        .onErrorResume(e -> {
                            log.warn("Feed stream: cannot read the act at position {}", change.position(), e);
                            return Mono.just(List.of());
                        }))
                .flatMapIterable(events -> events));
    }

    private List<ServerSentEvent<String>> activity(Change change, Links links) {
        Long treeSize = feed.head(change.position()).map(Head::treeSize).orElse(null);
        return feed.item(change.position())
                .map(act -> List.of(ServerSentEvent.builder(new As2(links).item(act, treeSize)).event("activity")
                        .id(Long.toString(act.position())).build()))
                .orElse(List.of());
    }

    private Head head(Scope scope) {
        Head head = feed.head(scope);
        if (!scope.all() && head.newest() == null) {
            throw new NotFound("unknown-collaboration", "No acts of collaboration " + scope.collaborationId()
                    + " are recorded");
        }
        return head;
    }

    private String title(Scope scope) {
        if (scope.all()) {
            return "Gotong: tindakan publik semua kolaborasi";
        }
        return "Gotong: " + feed.collaborationName(scope.collaborationId()).orElse(scope.collaborationId());
    }

    private static Mono<ResponseEntity<String>> answer(ServerWebExchange exchange, MediaType type,
                                                       Callable<Head> readHead, String variant,
                                                       Function<Head, String> document) {
        return Blocking.call(() -> {
            Head head = readHead.call();
            String etag = head.etag(variant);
            Instant lastModified = head.lastModified();
            boolean notModified = lastModified == null ? exchange.checkNotModified(etag)
                    : exchange.checkNotModified(etag, lastModified);
            ResponseEntity.BodyBuilder answer = ResponseEntity.status(notModified ? HttpStatus.NOT_MODIFIED
                            : HttpStatus.OK)
                    .eTag(etag)
                    .cacheControl(CacheControl.noCache().cachePublic());
            if (lastModified != null) {
                answer.lastModified(lastModified);
            }
            if (notModified) {
                return answer.build();
            }
            return answer.contentType(type).header(HttpHeaders.CONTENT_LANGUAGE, LANGUAGE)
                    .body(document.apply(head));
        });
    }

    private static NotFound noAct(long position) {
        return new NotFound("unknown-act", "No public act is recorded at ledger position " + position);
    }

    /** Links on the server the request reached (behind a proxy, as it forwards them when so configured). */
    static Links links(ServerHttpRequest request) {
        String base = UriComponentsBuilder.fromUri(request.getURI()).replacePath(null).replaceQuery(null)
                .fragment(null).build().toUriString();
        return new Links(base, TransparencyFeed.DEFAULT_SIZE);
    }
}
