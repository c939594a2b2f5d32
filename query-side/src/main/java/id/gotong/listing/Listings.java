package id.gotong.listing;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import id.gotong.dossier.Dossier.CommitmentState;
import id.gotong.dossier.Dossier.RequestState;
import id.gotong.dossier.DossierStore;
import id.gotong.events.CollaborationEvent.CollaborationRegistered;
import id.gotong.events.CommitmentEvent;
import id.gotong.events.CommitmentEvent.CommitmentAbandoned;
import id.gotong.events.CommitmentEvent.CommitmentBecameOverdue;
import id.gotong.events.CommitmentEvent.CommitmentFulfilled;
import id.gotong.events.CommitmentEvent.CommitmentPledged;
import id.gotong.events.InformationRequestEvent;
import id.gotong.events.InformationRequestEvent.InformationRequestAnswered;
import id.gotong.events.InformationRequestEvent.InformationRequestDeclined;
import id.gotong.events.InformationRequestEvent.InformationRequestLapsed;
import id.gotong.events.InformationRequestEvent.InformationRequested;
import id.gotong.events.SmartCityDimension;
import id.gotong.projection.Act;
import id.gotong.projection.ActProjection;
import id.gotong.projection.AsOf;
import id.gotong.projection.BadQuery;
import id.gotong.projection.EventHistory;
import id.gotong.projection.EventSwitch;
import id.gotong.projection.ReadModels;
import id.gotong.projection.Reflects;
import id.gotong.web.Requests;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The public lists: collaborations by region and dimension, commitments and information requests by state. As of a
 * past moment, which items existed and the state of each come from the acts up to that moment ({@code read_acts});
 * their unchanging fields (name, deliverable, due date) from the current read models.
 */
public class Listings {

    public static final int MAX_PAGE_SIZE = 500;

    /** The state each act of a commitment or a request leaves it in, by the act's type; every type has one. */
    static final Map<String, String> COMMITMENT_STATES = EventSwitch.table("The commitment list's states",
            CommitmentEvent.class, Map.of(CommitmentPledged.class, CommitmentState.OPEN.name(),
                    CommitmentBecameOverdue.class, CommitmentState.OVERDUE.name(),
                    CommitmentFulfilled.class, CommitmentState.FULFILLED.name(),
                    CommitmentAbandoned.class, CommitmentState.ABANDONED.name()));
    static final Map<String, String> REQUEST_STATES = EventSwitch.table("The request list's states",
            InformationRequestEvent.class, Map.of(InformationRequested.class, RequestState.OPEN.name(),
                    InformationRequestAnswered.class, RequestState.ANSWERED.name(),
                    InformationRequestDeclined.class, RequestState.DECLINED.name(),
                    InformationRequestLapsed.class, RequestState.LAPSED.name()));
    static final Set<String> COMMITMENT_STATE_NAMES = names(CommitmentState.values());
    static final Set<String> REQUEST_STATE_NAMES = names(RequestState.values());

    private final ReadModels models;
    private final EventHistory history;

    public Listings(ReadModels models, EventHistory history) {
        this.models = models;
        this.history = history;
    }

    public record Page<T>(Reflects reflects, int page, int size, long total, List<T> items) {
    }

    public record CollaborationItem(String collaborationId, String name, String region, List<String> dimensions) {
    }

    public record CommitmentItem(String commitmentId, String collaborationId, String pledgedBy, String deliverable,
                                 String dueOn, String state, List<String> eventIds) {
    }

    public record RequestItem(String requestId, String collaborationId, String requestedBy, String requestedFrom,
                              String subject, String dueOn, String state, List<String> eventIds) {
    }

    public Page<CollaborationItem> collaborations(String region, String dimension, AsOf asOf, int page, int size) {
        long ledgerSize = history.size();
        List<Bson> filters = new ArrayList<>();
        if (region != null) {
            filters.add(Filters.eq("region", region(region)));
        }
        if (dimension != null) {
            filters.add(Filters.eq("dimensions", dimension(dimension)));
        }
        long reflected = -1;
        if (!asOf.live()) {
            Map<String, Long> registered = new LinkedHashMap<>();
            for (Act act : acts(Set.of(CollaborationRegistered.class.getSimpleName()), asOf)) {
                registered.put(act.collaborationId(), act.position());
                reflected = Math.max(reflected, act.position());
            }
            filters.add(Filters.in("_id", registered.keySet()));
        }
        Bson filter = filters.isEmpty() ? Filters.empty() : Filters.and(filters);
        List<CollaborationItem> items = new ArrayList<>();
        MongoCollection<Document> dossiers = models.collection(DossierStore.COLLECTION);
        for (Document d : dossiers.find(filter).sort(Sorts.ascending("_id")).skip(page * size).limit(size)) {
            items.add(new CollaborationItem(d.getString("_id"), d.getString("name"), d.getString("region"),
                    d.getList("dimensions", String.class)));
            if (asOf.live()) {
                reflected = Math.max(reflected, d.get("position", Number.class).longValue());
            }
        }
        return new Page<>(Reflects.of(asOf, reflected, ledgerSize), page, size,
                dossiers.countDocuments(filter), items);
    }

    public Page<CommitmentItem> commitments(String state, String collaborationId, AsOf asOf, int page, int size) {
        String wanted = state(state, COMMITMENT_STATE_NAMES);
        return list(COMMITMENT_STATES, wanted, collaborationId, asOf, page, size,
                d -> new CommitmentItem(d.getString("_id"), d.getString("collaborationId"), d.getString("pledgedBy"),
                        d.getString("deliverable"), d.getString("dueOn"), d.getString("state"),
                        d.getList("eventIds", String.class)),
                models.collection(ListProjection.COMMITMENTS));
    }

    public Page<RequestItem> requests(String state, String collaborationId, AsOf asOf, int page, int size) {
        String wanted = state(state, REQUEST_STATE_NAMES);
        return list(REQUEST_STATES, wanted, collaborationId, asOf, page, size,
                d -> new RequestItem(d.getString("_id"), d.getString("collaborationId"), d.getString("requestedBy"),
                        d.getString("requestedFrom"), d.getString("subject"), d.getString("dueOn"),
                        d.getString("state"), d.getList("eventIds", String.class)),
                models.collection(ListProjection.REQUESTS));
    }

    private <T> Page<T> list(Map<String, String> states, String wanted,
                             String collaborationId, AsOf asOf, int page, int size,
                             java.util.function.Function<Document, T> item,
                             MongoCollection<Document> collection) {
        long ledgerSize = history.size();
        List<Bson> filters = new ArrayList<>();
        if (collaborationId != null) {
            filters.add(Filters.eq("collaborationId", collaborationId));
        }
        long reflected = -1;
        if (asOf.live()) {
            if (wanted != null) {
                filters.add(Filters.eq("state", wanted));
            }
            Bson filter = filters.isEmpty() ? Filters.empty() : Filters.and(filters);
            List<T> items = new ArrayList<>();
            for (Document d : collection.find(filter).sort(Sorts.ascending("dueOn", "_id"))
                    .skip(page * size).limit(size)) {
                items.add(item.apply(d));
                reflected = Math.max(reflected, d.get("position", Number.class).longValue());
            }
            return new Page<>(Reflects.of(asOf, reflected, ledgerSize), page, size,
                    collection.countDocuments(filter), items);
        }
        Map<String, String> stateAt = new LinkedHashMap<>();
        Map<String, List<String>> eventsAt = new LinkedHashMap<>();
        for (Act act : acts(states.keySet(), asOf)) {
            if (collaborationId != null && !collaborationId.equals(act.collaborationId())) {
                continue;
            }
            String previous = stateAt.get(act.subjectId());
            String next = states.get(act.type());
            // An answer after the request lapsed leaves it lapsed, as the dossier does.
            if (!("LAPSED".equals(previous) && "ANSWERED".equals(next))) {
                stateAt.put(act.subjectId(), next);
            }
            eventsAt.computeIfAbsent(act.subjectId(), k -> new ArrayList<>()).add(act.eventId());
            reflected = Math.max(reflected, act.position());
        }
        List<String> ids = stateAt.entrySet().stream()
                .filter(e -> wanted == null || wanted.equals(e.getValue()))
                .map(Map.Entry::getKey).toList();
        List<T> items = new ArrayList<>();
        for (Document d : collection.find(Filters.in("_id", ids)).sort(Sorts.ascending("dueOn", "_id"))
                .skip(page * size).limit(size)) {
            Document atThen = new Document(d);
            atThen.put("state", stateAt.get(d.getString("_id")));
            atThen.put("eventIds", eventsAt.get(d.getString("_id")));
            items.add(item.apply(atThen));
        }
        return new Page<>(Reflects.of(asOf, reflected, ledgerSize), page, size, ids.size(), items);
    }

    private List<Act> acts(Set<String> types, AsOf asOf) {
        List<Act> acts = new ArrayList<>();
        for (Document d : models.acts().find(Filters.and(Filters.in("type", types), asOf.filter("_id", "occurredAt")))
                .sort(Sorts.ascending("_id"))) {
            Act act = ActProjection.act(d);
            if (asOf.includes(act.position(), act.occurredAt())) {
                acts.add(act);
            }
        }
        return acts;
    }

    private static Set<String> names(Enum<?>[] states) {
        return Arrays.stream(states).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }

    static String state(String state, Set<String> allowed) {
        if (state == null) {
            return null;
        }
        String upper = state.toUpperCase(Locale.ROOT).replace('-', '_');
        if (!allowed.contains(upper)) {
            throw new BadQuery("state", "state", "state must be one of " + new java.util.TreeSet<>(allowed)
                    .toString().toLowerCase(Locale.ROOT));
        }
        return upper;
    }

    /**
     * A region is plain text as registered ("Kabupaten Toba"); braces, brackets, {@code $} and control characters
     * are refused rather than looked up, so a filter never looks like a query operator.
     */
    static String region(String region) {
        if (region.isEmpty() || region.length() > 200 || !region.matches(Requests.PLAIN_TEXT)) {
            throw new BadQuery("region", "region", "region must be plain text of 1 to 200 characters, without "
                    + "$, braces or brackets");
        }
        return region;
    }

    static String dimension(String dimension) {
        try {
            return SmartCityDimension.valueOf(dimension.toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw new BadQuery("dimension", "dimension", "dimension must be one of "
                    + java.util.Arrays.toString(SmartCityDimension.values()).toLowerCase(Locale.ROOT));
        }
    }

    public static int[] paging(String page, String size) {
        int p;
        int s;
        try {
            p = page == null ? 0 : Integer.parseInt(page);
        } catch (NumberFormatException e) {
            p = -1;
        }
        if (p < 0) {
            throw new BadQuery("page", "page", "page must be a whole number, 0 or more");
        }
        try {
            s = size == null ? 50 : Integer.parseInt(size);
        } catch (NumberFormatException e) {
            s = -1;
        }
        if (s < 1 || s > MAX_PAGE_SIZE) {
            throw new BadQuery("page-size", "size", "size must be between 1 and " + MAX_PAGE_SIZE);
        }
        // The lists skip page × size items, an int.
        if ((long) p * s > Integer.MAX_VALUE) {
            throw new BadQuery("page", "page", "page × size must not exceed " + Integer.MAX_VALUE);
        }
        return new int[]{p, s};
    }
}
