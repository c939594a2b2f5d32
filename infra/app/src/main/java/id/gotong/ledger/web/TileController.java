package id.gotong.ledger.web;

import java.util.Optional;
import id.gotong.web.Readers;
import id.gotong.web.Caller;
import id.gotong.eventstore.EventLog;
import id.gotong.ledger.store.StoredLeaf;
import id.gotong.ledger.MerkleTree;
import id.gotong.ledger.Tiles;
import id.gotong.ledger.store.LedgerAppender;
import id.gotong.ledger.store.LedgerStore;
import id.gotong.ledger.store.MongoTreeNodes;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import id.gotong.web.Answer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The tree as C2SP tlog-tiles, read-only: {@code GET /api/ledger/tile/<L>/<N>[.p/<W>]} (hash tiles, from the stored
 * complete subtrees) and {@code GET /api/ledger/tile/entries/<N>[.p/<W>]} (entry bundles, leaves recomputed from the
 * stored events). Any tile within the current tree is served; a tile's content never changes.
 */
@RestController
@RequestMapping("/api/ledger")
public class TileController {
    static final CacheControl FULL = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    /** A partial tile is only needed until the full one exists, and a log may drop it then. */
    static final CacheControl PARTIAL = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

    private final LedgerAppender appender;
    private final LedgerStore store;
    private final MongoTreeNodes nodes;

    public TileController(LedgerAppender appender, LedgerStore store, MongoTreeNodes nodes) {
        this.appender = appender;
        this.store = store;
        this.nodes = nodes;
    }

    @GetMapping("/tile/{*path}")
    @Answer(status = 403, description = "Entry bundles are read by auditors and the operator only (`auditor-only`)")
    Mono<ResponseEntity<byte[]>> tile(Optional<Caller> caller, @PathVariable String path) {
        Tiles.Tile tile;
        try {
            tile = Tiles.Tile.parse(path.startsWith("/") ? path.substring(1) : path);
        } catch (IllegalArgumentException e) {
            throw LedgerProblems.problem(HttpStatus.BAD_REQUEST, "invalid-tile-path", "Invalid tile path",
                    e.getMessage(), "path", "tlog-tiles-path");
        }
        if (tile.entries()) {
            // Entry bundles are whole leaves, every field of every collaboration: hash tiles stay public.
            Readers.requireReadsEverything(caller, "entry bundles (tile/entries)");
        }
        return Mono.fromCallable(() -> {
            MerkleTree tree = appender.tree();
            if (tree == null) {
                throw LedgerProblems.starting();
            }
            long size = tree.size();
            if (!tile.within(size)) {
                throw LedgerProblems.problem(HttpStatus.NOT_FOUND, "tile-beyond-tree", "Tile beyond tree",
                        "tile " + tile.path() + " is not within the current tree of size " + size
                                + "; fetch a checkpoint and only the tiles its size needs", "path", "within-tree");
            }
            byte[] body = tile.entries() ? bundle(tile) : Tiles.hashes(nodes, tile);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                    .cacheControl(tile.full() ? FULL : PARTIAL).body(body);
        }).subscribeOn(Schedulers.boundedElastic());
    }

    private byte[] bundle(Tiles.Tile tile) {
        long start = tile.index() * Tiles.WIDTH;
        List<EventLog.Entry> events = store.readEvents(start, start + tile.width());
        if (events.size() != tile.width()) {
            throw unavailable("position " + (start + events.size()) + " of the tree is missing from the event store");
        }
        List<byte[]> leaves = new ArrayList<>(events.size());
        for (EventLog.Entry e : events) {
            try {
                leaves.add(StoredLeaf.bytes(e.position(), e.event()));
            } catch (IllegalArgumentException noCanonicalForm) {
                throw unavailable("the event at position " + e.position() + " has no leaf: "
                        + noCanonicalForm.getMessage());
            }
        }
        try {
            return Tiles.bundle(leaves);
        } catch (IllegalArgumentException tooLong) {
            throw unavailable(tooLong.getMessage());
        }
    }

    private static ErrorResponseException unavailable(String detail) {
        return LedgerProblems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "entry-bundle-unavailable",
                "Entry bundle unavailable", detail, null, null);
    }
}
