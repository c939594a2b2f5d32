package id.gotong.transparencyfeed;

import id.gotong.events.TheoryElement;
import id.gotong.transparencyfeed.PublicAct.Subject;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/**
 * Renders public acts as Activity Streams 2.0 documents ({@value #MEDIA_TYPE}): the feed as an
 * {@code OrderedCollection} of {@code OrderedCollectionPage}s, newest first, and each act as an activity. Terms that
 * Activity Streams lacks (the ledger index, when the act was recorded, its inclusion proof, the published event
 * fields) come from Gotong's extension context, inlined in every document so a JSON-LD processor needs nothing but
 * the Activity Streams context.
 */
public final class As2 {

    public static final String MEDIA_TYPE = "application/activity+json";
    public static final String CONTEXT = "https://www.w3.org/ns/activitystreams";
    /** Gotong's vocabulary for what Activity Streams has no term for. */
    public static final String NAMESPACE = "https://gotong.id/ns/transparency#";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Links links;

    public As2(Links links) {
        this.links = links;
    }

    /** {@code ["https://www.w3.org/ns/activitystreams", {the extension terms}]}. */
    public static ArrayNode context() {
        ObjectNode extension = NODES.objectNode();
        extension.put("@version", 1.1);
        extension.put("gotong", NAMESPACE);
        extension.put("eventType", "gotong:eventType");
        extension.set("ledgerIndex", typed("gotong:ledgerIndex", "xsd:nonNegativeInteger"));
        extension.set("recorded", typed("gotong:recorded", "xsd:dateTime"));
        extension.put("authority", "gotong:authority");
        extension.put("evidences", "gotong:evidences");
        extension.put("sector", "gotong:sector");
        extension.set("details", typed("gotong:details", "@json"));
        extension.set("inclusionProof", typed("gotong:inclusionProof", "@id"));
        extension.set("awaitingCheckpoint", typed("gotong:awaitingCheckpoint", "@id"));
        ArrayNode context = NODES.arrayNode();
        context.add(CONTEXT);
        context.add(extension);
        return context;
    }

    private static ObjectNode typed(String id, String type) {
        ObjectNode term = NODES.objectNode();
        term.put("@id", id);
        term.put("@type", type);
        return term;
    }

    public String collection(TransparencyFeed.Scope scope, String name, long totalItems, int size) {
        ObjectNode collection = document();
        collection.put("id", links.as2(scope));
        collection.put("type", "OrderedCollection");
        collection.put("name", name);
        collection.put("summary", "Tindakan publik kolaborasi yang tercatat di ledger Gotong, terbaru lebih dulu.");
        collection.put("totalItems", totalItems);
        collection.put("first", links.as2Page(scope, Cursor.NEWEST, size));
        collection.put("last", links.as2Page(scope, Cursor.OLDEST, size));
        return JSON.writeValueAsString(collection);
    }

    public String page(TransparencyFeed.Scope scope, Cursor cursor, int size, TransparencyFeed.Page page,
                       Long treeSize) {
        ObjectNode document = document();
        document.put("id", links.as2Page(scope, cursor, size));
        document.put("type", "OrderedCollectionPage");
        document.put("partOf", links.as2(scope));
        if (page.older() != null) {
            document.put("next", links.as2Page(scope, Cursor.before(page.older()), size));
        }
        if (page.newer() != null) {
            document.put("prev", links.as2Page(scope, Cursor.after(page.newer()), size));
        }
        ArrayNode items = document.putArray("orderedItems");
        page.items().forEach(act -> items.add(activity(act, treeSize)));
        return JSON.writeValueAsString(document);
    }

    /** One act as a document of its own, with its context: an item of the stream, or at its own address. */
    public String item(PublicAct act, Long treeSize) {
        ObjectNode document = document();
        document.setAll(activity(act, treeSize));
        return JSON.writeValueAsString(document);
    }

    private static ObjectNode document() {
        ObjectNode document = NODES.objectNode();
        document.set("@context", context());
        return document;
    }

    /**
     * @param treeSize the size of the latest signed checkpoint, or null before the first: acts below it link to their
     *                 inclusion proof, later ones to the checkpoint they are waiting for
     */
    ObjectNode activity(PublicAct act, Long treeSize) {
        ObjectNode activity = NODES.objectNode();
        activity.put("id", Links.act(act.eventId()));
        activity.put("type", act.verb().as2());
        activity.put("url", links.item(act.position()));
        activity.put("name", act.title());
        activity.put("summary", act.summary());
        activity.put("eventType", act.eventType());
        activity.put("ledgerIndex", act.position());
        activity.set("actor", party(act.actor()));
        activity.set("object", subject(act.object()));
        if (act.target() != null) {
            activity.set(act.verb() == PublicAct.Verb.REMOVE ? "origin" : "target", subject(act.target()));
        }
        activity.set("context", subject(act.collaboration()));
        activity.put("published", act.occurredAt().toString());
        activity.put("recorded", act.recordedAt().toString());
        if (act.authority() != null) {
            activity.put("authority", act.authority());
        }
        ArrayNode evidences = activity.putArray("evidences");
        act.evidences().stream().map(TheoryElement::name).forEach(evidences::add);
        activity.set("details", json(act.details()));
        if (treeSize != null && act.position() < treeSize) {
            activity.put("inclusionProof", links.inclusionProof(act.position(), treeSize));
        } else {
            activity.put("awaitingCheckpoint", links.checkpoint());
        }
        return activity;
    }

    private ObjectNode party(Party party) {
        ObjectNode node = NODES.objectNode();
        String id = links.party(party);
        if (id != null) {
            node.put("id", id);
        }
        node.put("type", party.organisation() ? "Organization" : "Application");
        node.put("name", party.name());
        if (party.sector() != null) {
            node.put("sector", party.sector().name());
        }
        return node;
    }

    private ObjectNode subject(Subject subject) {
        ObjectNode node = NODES.objectNode();
        String id = links.subject(subject);
        if (id != null) {
            node.put("id", id);
        }
        node.put("type", subject.kind().as2());
        if (subject.name() != null) {
            node.put("name", subject.name());
        }
        if (subject.startTime() != null) {
            node.put("startTime", subject.startTime().toString());
        }
        return node;
    }

    /** The published fields as plain JSON; an organisation as its stakeholder id, name and sector. */
    private static JsonNode json(Object value) {
        if (value == null) {
            return NODES.nullNode();
        } else if (value instanceof Party party) {
            ObjectNode node = NODES.objectNode();
            node.put("id", party.id());
            node.put("name", party.name());
            node.put("sector", party.sector() == null ? null : party.sector().name());
            return node;
        } else if (value instanceof Map<?, ?> map) {
            ObjectNode node = NODES.objectNode();
            map.forEach((key, v) -> node.set(String.valueOf(key), json(v)));
            return node;
        } else if (value instanceof List<?> list) {
            ArrayNode node = NODES.arrayNode();
            list.forEach(v -> node.add(json(v)));
            return node;
        } else if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        } else if (value instanceof Integer i) {
            return NODES.numberNode(i);
        } else if (value instanceof Long l) {
            return NODES.numberNode(l);
        }
        return NODES.stringNode(String.valueOf(value));
    }
}
