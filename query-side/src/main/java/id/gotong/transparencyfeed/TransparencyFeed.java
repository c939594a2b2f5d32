package id.gotong.transparencyfeed;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import id.gotong.dossier.Dossier;
import id.gotong.dossier.DossierStore;
import id.gotong.events.CollaborationAct;
import id.gotong.events.InformationRequestEvent.InformationRequested;
import id.gotong.projection.Act;
import id.gotong.projection.ActProjection;
import id.gotong.projection.Entry;
import id.gotong.projection.EventHistory;
import id.gotong.projection.Projector;
import id.gotong.projection.ReadModels;
import id.gotong.projection.Stakeholder;
import id.gotong.projection.StakeholderProjection;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the public acts for the feeds: which acts a page holds from {@code read_acts} (by ledger position), the events
 * themselves from the event store, organisations' names from {@code read_stakeholders}, and the latest checkpoint from
 * the ledger. Blocking: callers wrap it in {@code Blocking.call}.
 */
public class TransparencyFeed {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    /** Part of every validator: change it when a change of this code changes documents for the same data. */
    static final String FORMAT_VERSION = "1";

    private final ReadModels models;
    private final EventHistory history;
    private final Checkpoints checkpoints;
    private final PublicActs acts;

    public TransparencyFeed(ReadModels models, EventHistory history, Checkpoints checkpoints, PublicActs acts) {
        this.models = models;
        this.history = history;
        this.checkpoints = checkpoints;
        this.acts = acts;
    }

    /** Every collaboration's acts, or one collaboration's. */
    public record Scope(String collaborationId) {

        public static final Scope ALL = new Scope(null);

        public boolean all() {
            return collaborationId == null;
        }

        Bson filter() {
            return all() ? Filters.empty() : Filters.eq("collaborationId", collaborationId);
        }
    }

    /**
     * What a feed document depends on, read with a few small queries before the document itself: the newest and oldest
     * act in scope and the latest checkpoint. Items are projected in ledger order and never change, so two reads with
     * the same head give the same document: that is what the validators rest on.
     *
     * @param newest           the newest act's position, or null when the scope has none
     * @param newestRecordedAt when the newest act was recorded
     */
    public record Head(Long newest, Long oldest, Instant newestRecordedAt, Checkpoints.Signed checkpoint) {

        public Long treeSize() {
            return checkpoint == null ? null : checkpoint.treeSize();
        }

        /** A strong entity tag for the document {@code variant} (its format, scope, page and address) at this head. */
        public String etag(String variant) {
            String key = String.join("|", FORMAT_VERSION, variant, String.valueOf(newest), String.valueOf(oldest),
                    String.valueOf(treeSize()));
            try {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
                return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        /**
         * The latest of the newest act's recording and the checkpoint's signing (which adds inclusion proofs), in
         * whole seconds as HTTP dates have them; null when there is neither.
         */
        public Instant lastModified() {
            Instant latest = newestRecordedAt;
            if (checkpoint != null && (latest == null || checkpoint.signedAt().isAfter(latest))) {
                latest = checkpoint.signedAt();
            }
            return latest == null ? null : latest.truncatedTo(ChronoUnit.SECONDS);
        }
    }

    /**
     * @param items newest first
     * @param older the cursor for the next (older) page: {@code before} this position, or null at the oldest act
     * @param newer the cursor for the previous (newer) page: {@code after} this position, or null at the newest act
     */
    public record Page(List<PublicAct> items, Long older, Long newer) {
    }

    public Head head(Scope scope) {
        Document newest = models.acts().find(scope.filter()).sort(Sorts.descending("_id"))
                .projection(Projections.include("_id", "recordedAt")).limit(1).first();
        Document oldest = models.acts().find(scope.filter()).sort(Sorts.ascending("_id"))
                .projection(Projections.include("_id")).limit(1).first();
        return new Head(position(newest), position(oldest),
                newest == null ? null : Instant.parse(newest.getString("recordedAt")),
                checkpoints.latest().orElse(null));
    }

    /** The head of the one-act document at {@code position}, or empty when no public act is there. */
    public Optional<Head> head(long position) {
        Document act = models.acts().find(Filters.eq("_id", position))
                .projection(Projections.include("_id", "recordedAt")).first();
        return Optional.ofNullable(act).map(found -> new Head(position, position,
                Instant.parse(found.getString("recordedAt")), checkpoints.latest().orElse(null)));
    }

    public long total(Scope scope) {
        return models.acts().countDocuments(scope.filter());
    }

    /** The registered name of a collaboration, if it is registered. */
    public Optional<String> collaborationName(String collaborationId) {
        Document dossier = models.collection(DossierStore.COLLECTION).find(Filters.eq("_id", collaborationId))
                .projection(Projections.include("name")).first();
        return Optional.ofNullable(dossier).map(d -> d.getString("name"));
    }

    public Page page(Scope scope, Cursor cursor, int size, Head head) {
        Bson filter = scope.filter();
        List<Document> found = new ArrayList<>();
        boolean ascending = cursor.mode() == Cursor.Mode.OLDEST || cursor.mode() == Cursor.Mode.AFTER;
        Bson range = switch (cursor.mode()) {
            case NEWEST, OLDEST -> filter;
            case BEFORE -> Filters.and(filter, Filters.lt("_id", cursor.position()));
            case AFTER -> Filters.and(filter, Filters.gt("_id", cursor.position()));
        };
        models.acts().find(range).sort(ascending ? Sorts.ascending("_id") : Sorts.descending("_id")).limit(size)
                .into(found);
        List<Act> page = new ArrayList<>(found.stream().map(ActProjection::act).toList());
        if (ascending) {
            Collections.reverse(page);
        }
        List<PublicAct> items = load(page);
        if (page.isEmpty()) {
            return new Page(items, null, null);
        }
        long newestOnPage = page.get(0).position();
        long oldestOnPage = page.get(page.size() - 1).position();
        Long older = head.oldest() != null && head.oldest() < oldestOnPage ? oldestOnPage : null;
        Long newer = head.newest() != null && head.newest() > newestOnPage ? newestOnPage : null;
        return new Page(items, older, newer);
    }

    /** The public act at a ledger position, if there is one. */
    public Optional<PublicAct> item(long position) {
        Document act = models.acts().find(Filters.eq("_id", position)).first();
        return act == null ? Optional.empty() : load(List.of(ActProjection.act(act))).stream().findFirst();
    }

    /** The public acts of these read-model acts, in the same order. */
    List<PublicAct> load(List<Act> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<Entry> entries = history.at(page.stream().map(Act::position).toList()).stream()
                .filter(entry -> Publication.published(entry.event()))
                .toList();
        Map<String, CollaborationAct> origins = origins(entries);
        Set<String> named = new LinkedHashSet<>();
        entries.forEach(entry -> {
            named.add(entry.provenance().actor());
            named.addAll(Publication.organisationIds(entry.event()));
        });
        origins.values().forEach(origin -> {
            named.add(origin.provenance().actor());
            if (origin instanceof InformationRequested requested) {
                named.add(requested.requestedFrom());
            }
        });
        Map<String, Party> parties = parties(named);
        PublicActs.Directory directory = new PublicActs.Directory() {
            @Override
            public Party party(String stakeholderId) {
                return parties.getOrDefault(stakeholderId, unregistered(stakeholderId));
            }

            @Override
            public <T extends CollaborationAct> Optional<T> origin(Class<T> type, String subjectId) {
                return Optional.ofNullable(origins.get(originKey(type, subjectId))).map(type::cast);
            }
        };
        return entries.stream()
                .sorted(Comparator.comparingLong(Entry::position).reversed())
                .map(entry -> acts.of(entry, directory))
                .toList();
    }

    /** The events that created what these events act on, and their collaborations' registrations. */
    private Map<String, CollaborationAct> origins(List<Entry> entries) {
        Set<String> subjects = new LinkedHashSet<>();
        entries.forEach(entry -> {
            subjects.add(Projector.subjectOf(entry.event()));
            subjects.add(entry.provenance().collaborationId());
        });
        subjects.remove(null);
        List<String> types = PublicActs.ORIGINS.stream().map(Class::getSimpleName).toList();
        List<Long> positions = new ArrayList<>();
        for (Document act : models.acts().find(Filters.and(Filters.in("subjectId", subjects),
                Filters.in("type", types))).projection(Projections.include("_id"))) {
            positions.add(act.get("_id", Number.class).longValue());
        }
        Map<String, CollaborationAct> origins = new HashMap<>();
        for (Entry origin : history.at(positions)) {
            origins.putIfAbsent(originKey(origin.event().getClass(), Projector.subjectOf(origin.event())),
                    origin.event());
        }
        return origins;
    }

    private static String originKey(Class<?> type, String subjectId) {
        return type.getSimpleName() + "/" + subjectId;
    }

    private Map<String, Party> parties(Set<String> ids) {
        Map<String, Party> parties = new HashMap<>();
        for (String id : ids) {
            if (Dossier.NOT_STAKEHOLDERS.contains(id)) {
                parties.put(id, new Party(id, Party.SYSTEM_NAME, null, false));
            }
        }
        for (Document document : models.stakeholders().find(Filters.in("_id", ids))) {
            Stakeholder stakeholder = StakeholderProjection.stakeholder(document);
            parties.put(stakeholder.stakeholderId(), new Party(stakeholder.stakeholderId(), stakeholder.name(),
                    stakeholder.sector(), true));
        }
        return parties;
    }

    /** A stakeholder id the read model does not know (not expected): named by its id, never guessed. */
    private static Party unregistered(String stakeholderId) {
        return new Party(stakeholderId, stakeholderId, null, !Dossier.NOT_STAKEHOLDERS.contains(stakeholderId));
    }

    private static Long position(Document document) {
        return document == null ? null : document.get("_id", Number.class).longValue();
    }
}
