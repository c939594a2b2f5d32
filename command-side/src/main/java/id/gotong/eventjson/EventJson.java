package id.gotong.eventjson;

import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON of events: plain JSON with no type hints, ISO-8601 dates, map entries in key order, and reading fails on
 * unknown properties, so a schema change without an upcaster breaks a test instead of silently dropping data. The
 * application's event serializer is this one with personal data sealed on the way in (infra's {@code GotongJson}).
 */
public final class EventJson {

    private EventJson() {
    }

    /** Settings every Gotong mapper shares, events and framework state alike. */
    public static JsonMapper.Builder pinned(JsonMapper.Builder builder) {
        return builder
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }

    /** The event settings: {@link #pinned}, and unknown properties fail. */
    public static JsonMapper.Builder events(JsonMapper.Builder builder) {
        return pinned(builder).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Axon's serializer for events with {@link #events} settings, plus {@code modules}. */
    public static Serializer serializer(RevisionResolver revisionResolver, JacksonModule... modules) {
        return Jackson3Serializer.builder()
                .revisionResolver(revisionResolver)
                .jsonMapperBuilderCustomizer(b -> events(b).addModules(modules))
                .build();
    }

    /** The event serializer with revisions from {@code @Revision} and no further modules (personal data as plain JSON). */
    public static Serializer serializer() {
        return serializer(new AnnotationRevisionResolver());
    }
}
