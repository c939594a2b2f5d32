package id.gotong.ledger.web;

import id.gotong.events.StakeholderEvent;
import id.gotong.transparencyfeed.Publication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * A ledger event as a reader without full access sees it: the fields the transparency feed withholds
 * ({@link Publication}) removed from the payload, the paths of those that held a value listed in {@code withheld}.
 * Such an event is served without its leaf bytes (they contain every field) but with its leaf hash, so inclusion
 * proofs still check out. An event whose withheld fields are all empty is returned unchanged: it has nothing to hide.
 */
final class PublishedEvent {

    private PublishedEvent() {
    }

    /** The collaboration the event belongs to, or {@code null} (a stakeholder registration). */
    static String collaborationId(JsonNode event) {
        JsonNode id = event.path("payload").path("provenance").path("collaborationId");
        return id.isString() ? id.asString() : null;
    }

    static JsonNode of(JsonNode event) {
        ObjectNode copy = (ObjectNode) event.deepCopy();
        Class<?> type = type(event.path("payloadType").asString(""));
        JsonNode payload = copy.get("payload");
        if (type != null && StakeholderEvent.class.isAssignableFrom(type)) {
            return event;
        }
        if (type == null || !Publication.eventTypes().contains(type) || !(payload instanceof ObjectNode fields)) {
            copy.putNull("payload");
            copy.putArray("withheld").add("payload");
            return copy;
        }
        List<String> removed = Publication.fields(type).withheld().keySet().stream().sorted()
                .filter(path -> remove(fields, path)).toList();
        if (removed.isEmpty()) {
            return event;
        }
        ArrayNode paths = copy.putArray("withheld");
        removed.forEach(paths::add);
        return copy;
    }

    /**
     * Removes the field at a path as {@link Publication} names it ({@code a}, {@code a[].b}, {@code a{key}},
     * {@code a{value}}); answers whether it held a value.
     */
    private static boolean remove(ObjectNode payload, String path) {
        int list = path.indexOf("[].");
        if (list > 0) {
            boolean any = false;
            JsonNode elements = payload.get(path.substring(0, list));
            if (elements != null && elements.isArray()) {
                for (JsonNode element : elements) {
                    if (element instanceof ObjectNode object) {
                        any |= remove(object, path.substring(list + 3));
                    }
                }
            }
            return any;
        }
        if (path.endsWith("{value}")) {
            JsonNode map = payload.get(path.substring(0, path.length() - "{value}".length()));
            boolean any = false;
            if (map instanceof ObjectNode entries) {
                for (String key : List.copyOf(entries.propertyNames())) {
                    any |= held(entries.get(key));
                    entries.putNull(key);
                }
            }
            return any;
        }
        JsonNode value = payload.remove(path.endsWith("{key}") ? path.substring(0, path.length() - "{key}".length())
                : path);
        return held(value);
    }

    private static boolean held(JsonNode value) {
        return value != null && !value.isNull() && !(value.isContainer() && value.isEmpty());
    }

    private static Class<?> type(String payloadType) {
        try {
            return Class.forName(payloadType, false, PublishedEvent.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
