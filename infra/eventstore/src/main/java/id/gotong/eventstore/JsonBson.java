package id.gotong.eventstore;

import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * Moves serialized JSON in and out of BSON so that payloads and metadata are stored as documents any MongoDB client can
 * read, instead of opaque strings or bytes.
 */
final class JsonBson {

    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();
    private static final String WRAPPER = "v";

    private JsonBson() {
    }

    /** Parses any JSON value, not only objects: a payload may serialize to a string or a number. */
    static BsonValue fromJson(String json) {
        return BsonDocument.parse("{\"" + WRAPPER + "\":" + json + "}").get(WRAPPER);
    }

    static String toJson(BsonValue value) {
        if (value.isDocument()) {
            return value.asDocument().toJson(RELAXED);
        }
        String wrapped = new BsonDocument(WRAPPER, value).toJson(RELAXED);
        int start = wrapped.indexOf(':') + 1;
        return wrapped.substring(start, wrapped.lastIndexOf('}')).trim();
    }
}
