package id.gotong.ledger.web;

import java.util.HashMap;
import java.util.Optional;
import id.gotong.web.Readers;
import id.gotong.web.Caller;
import id.gotong.eventstore.EventLog;
import id.gotong.ledger.store.StoredLeaf;
import id.gotong.ledger.MerkleTree;
import id.gotong.ledger.NodeId;
import id.gotong.ledger.store.LedgerAppender;
import id.gotong.ledger.store.LedgerStore;
import id.gotong.ledger.store.LedgerWitnesses;
import id.gotong.ledger.store.MongoTreeNodes;
import id.gotong.web.PathIds;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The public, read-only ledger API: the verifier key, the latest signed checkpoint (with the witnesses'
 * cosignatures), the entries (leaf bytes, leaf hash and the event), and inclusion and consistency proofs. Blocking MongoDB work runs on bounded-elastic threads.
 */
@RestController
@RequestMapping("/api/ledger")
public class LedgerController {
    /** Largest page of entries; a larger range is cut to this many without error. */
    public static final int MAX_PAGE = 1000;
    private static final MediaType TEXT = new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Encoder B64 = Base64.getEncoder();

    private final LedgerAppender appender;
    private final LedgerStore store;
    private final MongoTreeNodes nodes;
    private final LedgerWitnesses witnesses;
    private final Readers readers;

    public LedgerController(LedgerAppender appender, LedgerStore store, MongoTreeNodes nodes,
                            LedgerWitnesses witnesses, Readers readers) {
        this.readers = readers;
        this.appender = appender;
        this.store = store;
        this.nodes = nodes;
        this.witnesses = witnesses;
    }

    public record Entry(long index, String leaf, String leafHash, JsonNode event) {
    }

    /** One event of the auditor history: its global position, the stored tree's leaf hash, and the event. */
    public record HistoryItem(long position, String leafHash, JsonNode event) {
    }

    /**
     * A page of the auditor history. {@code next} is the first position not yet examined: ask again with
     * {@code from=next}; {@code treeSize} is the ledger's size when answering, so {@code next == treeSize} means the
     * client has seen everything so far.
     */
    public record History(List<HistoryItem> items, long next, long treeSize) {
    }

    /**
     * One event of an evidence pack: position, base64 leaf bytes, the event, and its inclusion proof. For a reader
     * without full access to the collaboration, an event with withheld fields comes without {@code leaf} and with its
     * {@code leafHash}, so its inclusion is still proved but not its withheld content.
     */
    public record EvidenceEvent(long position, String leaf, JsonNode event, List<String> proof, String leafHash) {
    }

    /** Everything an auditor needs to check a collaboration's events offline against one signed checkpoint. */
    public record EvidencePack(String format, String collaborationId, String verifierKey, String checkpoint,
                               long treeSize, List<EvidenceEvent> events) {
    }

    public static final String EVIDENCE_FORMAT = id.gotong.ledger.verify.EvidenceVerifier.FORMAT;
    /** Largest page of the auditor history; a larger limit is cut to this without error. */
    public static final int MAX_HISTORY = 200;
    public static final int DEFAULT_HISTORY = 50;
    /** Most positions one history request examines before answering with {@code next} where it stopped. */
    public static final int MAX_HISTORY_SCAN = 10_000;

    public record InclusionProof(long index, long treeSize, String leafHash, List<String> proof) {
    }

    public record ConsistencyProof(long from, long to, List<String> proof) {
    }

    @GetMapping("/key")
    ResponseEntity<String> key() {
        return ResponseEntity.ok().contentType(TEXT).body(appender.signer().verifierKey() + "\n");
    }

    @GetMapping("/checkpoint")
    Mono<ResponseEntity<String>> checkpoint() {
        return blocking(() -> {
            LedgerStore.StoredCheckpoint latest = store.latestCheckpoint();
            if (latest == null) {
                throw LedgerProblems.problem(HttpStatus.NOT_FOUND, "no-checkpoint", "No checkpoint yet",
                        "the ledger has not signed a checkpoint yet; it does once the first event is appended",
                        null, null);
            }
            // tlog-tiles: the checkpoint is mutable, so caches must not keep it.
            return ResponseEntity.ok().contentType(TEXT).cacheControl(CacheControl.noCache())
                    .body(witnesses.cosigned(latest));
        });
    }

    @GetMapping("/entries")
    Mono<List<Entry>> entries(Optional<Caller> caller, @RequestParam(required = false) String start,
                              @RequestParam(required = false) String end) {
        long from = LedgerProblems.nonNegative("start", start);
        long to = end == null ? from + MAX_PAGE : LedgerProblems.nonNegative("end", end);
        if (to < from) {
            throw LedgerProblems.problem(HttpStatus.BAD_REQUEST, "inverted-range", "Inverted range",
                    "end " + to + " is before start " + from, "end", "end-at-least-start");
        }
        return blocking(() -> {
            long size = tree().size();
            long until = Math.min(Math.min(to, from + MAX_PAGE), size);
            List<EventLog.Entry> stored = store.readEvents(from, until);
            List<NodeId> ids = stored.stream().map(e -> new NodeId(0, e.position())).toList();
            Map<NodeId, byte[]> hashes = nodes.get(ids);
            List<Entry> result = new ArrayList<>(stored.size());
            Access access = new Access(caller);
            for (EventLog.Entry e : stored) {
                byte[] hash = hashes.get(new NodeId(0, e.position()));
                result.add(access.visible(entry(e, hash)));
            }
            return result;
        });
    }

    private static Entry entry(EventLog.Entry e, byte[] leafHash) {
        String hash = leafHash == null ? null : B64.encodeToString(leafHash);
        try {
            byte[] leaf = StoredLeaf.bytes(e.position(), e.event());
            return new Entry(e.position(), B64.encodeToString(leaf), hash,
                    JSON.readTree(StoredLeaf.eventJson(e.event())));
        } catch (IllegalArgumentException noCanonicalForm) {
            // Only a stored event edited behind the engine's back gets here; serve it so an auditor sees it.
            return new Entry(e.position(), null, hash, JSON.readTree(StoredLeaf.event(e.event()).toJson()));
        }
    }

    @GetMapping("/history")
    Mono<History> history(Optional<Caller> caller, @RequestParam(required = false) String from,
                          @RequestParam(required = false) String limit,
                          @RequestParam(required = false) String collaborationId,
                          @RequestParam(required = false) String actor,
                          @RequestParam(required = false) String type,
                          @RequestParam(required = false) String since,
                          @RequestParam(required = false) String until) {
        long start = LedgerProblems.nonNegative("from", from, 0);
        long max = LedgerProblems.nonNegative("limit", limit, DEFAULT_HISTORY);
        if (max == 0) {
            throw LedgerProblems.invalid("limit", "positive", "query parameter 'limit' must be at least 1");
        }
        Instant after = LedgerProblems.instant("since", since);
        Instant before = LedgerProblems.instant("until", until);
        if (after != null && before != null && after.isAfter(before)) {
            throw LedgerProblems.problem(HttpStatus.BAD_REQUEST, "inverted-range", "Inverted range",
                    "since " + after + " is after until " + before, "since", "since-at-most-until");
        }
        HistoryFilter filter = new HistoryFilter(id("collaborationId", collaborationId), id("actor", actor),
                typeName(blankToNull(type)), after, before);
        return blocking(() -> {
            long size = tree().size();
            HistoryFilter.Page page = filter.scan(store::readEvents, start, size,
                    (int) Math.min(max, MAX_HISTORY), MAX_HISTORY_SCAN);
            Map<NodeId, byte[]> hashes = nodes.get(page.events().stream()
                    .map(e -> new NodeId(0, e.position())).toList());
            List<HistoryItem> items = new ArrayList<>(page.events().size());
            Access access = new Access(caller);
            for (EventLog.Entry e : page.events()) {
                Entry entry = access.visible(entry(e, hashes.get(new NodeId(0, e.position()))));
                items.add(new HistoryItem(e.position(), entry.leafHash(), entry.event()));
            }
            return new History(items, Math.max(page.next(), start), size);
        });
    }

    @GetMapping("/evidence")
    Mono<ResponseEntity<EvidencePack>> evidence(Optional<Caller> caller,
                                                @RequestParam(required = false) String collaborationId) {
        String collaboration = LedgerProblems.required("collaborationId", collaborationId);
        return blocking(() -> {
            boolean whole = readers.readsAll(caller, collaboration);
            MerkleTree tree = tree();
            LedgerStore.StoredCheckpoint checkpoint = store.latestCheckpoint();
            if (checkpoint == null) {
                throw LedgerProblems.problem(HttpStatus.NOT_FOUND, "no-checkpoint", "No checkpoint yet",
                        "the ledger has not signed a checkpoint yet; an evidence pack needs one", null, null);
            }
            long size = checkpoint.treeSize();
            HistoryFilter.Page page = HistoryFilter.collaboration(collaboration)
                    .scan(store::readEvents, 0, size, Integer.MAX_VALUE, Long.MAX_VALUE);
            List<EvidenceEvent> events = new ArrayList<>(page.events().size());
            for (EventLog.Entry e : page.events()) {
                Entry entry = entry(e, null);
                List<String> proof = encode(tree.inclusionProof(e.position(), size).hashes());
                JsonNode published = whole ? entry.event() : PublishedEvent.of(entry.event());
                if (published == entry.event()) {
                    events.add(new EvidenceEvent(e.position(), entry.leaf(), entry.event(), proof, null));
                } else {
                    events.add(new EvidenceEvent(e.position(), null, published, proof,
                            B64.encodeToString(tree.leafHash(e.position()))));
                }
            }
            EvidencePack pack = new EvidencePack(EVIDENCE_FORMAT, collaboration, appender.signer().verifierKey(),
                    witnesses.cosigned(checkpoint), size, events);
            String file = "evidence-" + collaboration.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + size + ".json";
            return ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file)
                            .build().toString())
                    .body(pack);
        });
    }

    /** An id filter of the history: blank means none; otherwise it has the shape of an id or is refused. */
    private static String id(String field, String value) {
        String id = blankToNull(value);
        if (id != null && !id.matches(PathIds.PATTERN)) {
            throw LedgerProblems.invalid(field, "pattern",
                    "query parameter '" + field + "' is an id: 1 to 100 letters, digits, '.', '_' or '-'");
        }
        return id;
    }

    private static String typeName(String type) {
        if (type != null && !type.matches("[A-Za-z][A-Za-z0-9]{0,99}")) {
            throw LedgerProblems.invalid("type", "pattern",
                    "query parameter 'type' is the simple name of an event type, such as MeetingConvened");
        }
        return type;
    }

    /**
     * What one reader sees of each entry: all of it for the auditor, the operator and members of the entry's
     * collaboration ({@link Readers}), else the published fields without the leaf. Decisions are kept per request.
     */
    private final class Access {
        private final Optional<Caller> caller;
        private final Map<String, Boolean> readsAll = new HashMap<>();

        Access(Optional<Caller> caller) {
            this.caller = caller;
        }

        Entry visible(Entry entry) {
            if (caller.isPresent() && caller.get().readsEverything()) {
                return entry;
            }
            String collaborationId = PublishedEvent.collaborationId(entry.event());
            boolean all = collaborationId != null
                    && readsAll.computeIfAbsent(collaborationId, id -> readers.readsAll(caller, id));
            if (all) {
                return entry;
            }
            JsonNode published = PublishedEvent.of(entry.event());
            return published == entry.event() ? entry : new Entry(entry.index(), null, entry.leafHash(), published);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @GetMapping("/proof/inclusion")
    Mono<InclusionProof> inclusion(@RequestParam(required = false) String index,
                                   @RequestParam(required = false) String treeSize) {
        long leaf = LedgerProblems.nonNegative("index", index);
        long size = LedgerProblems.nonNegative("treeSize", treeSize);
        if (leaf >= size) {
            throw LedgerProblems.problem(HttpStatus.BAD_REQUEST, "index-beyond-tree", "Index beyond tree",
                    "leaf index " + leaf + " is not below tree size " + size, "index", "index-below-tree-size");
        }
        return blocking(() -> {
            MerkleTree tree = withinTree("treeSize", size);
            List<String> proof = encode(tree.inclusionProof(leaf, size).hashes());
            return new InclusionProof(leaf, size, B64.encodeToString(tree.leafHash(leaf)), proof);
        });
    }

    @GetMapping("/proof/consistency")
    Mono<ConsistencyProof> consistency(@RequestParam(required = false) String from,
                                       @RequestParam(required = false) String to) {
        long first = LedgerProblems.nonNegative("from", from);
        long second = LedgerProblems.nonNegative("to", to);
        if (first > second) {
            throw LedgerProblems.problem(HttpStatus.BAD_REQUEST, "inverted-range", "Inverted range",
                    "from " + first + " is after to " + second, "from", "from-at-most-to");
        }
        return blocking(() -> {
            MerkleTree tree = withinTree("to", second);
            return new ConsistencyProof(first, second, encode(tree.consistencyProof(first, second).hashes()));
        });
    }

    private MerkleTree tree() {
        MerkleTree tree = appender.tree();
        if (tree == null) {
            throw LedgerProblems.starting();
        }
        return tree;
    }

    private MerkleTree withinTree(String field, long size) {
        MerkleTree tree = tree();
        if (size > tree.size()) {
            throw LedgerProblems.problem(HttpStatus.BAD_REQUEST, "tree-size-beyond-tree", "Tree size beyond tree",
                    "tree size " + size + " is beyond the current tree size " + tree.size(), field,
                    "at-most-current-tree-size");
        }
        return tree;
    }

    private static List<String> encode(List<byte[]> hashes) {
        return hashes.stream().map(B64::encodeToString).toList();
    }

    private static <T> Mono<T> blocking(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }
}
