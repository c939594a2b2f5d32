package id.gotong.serialization;

import id.gotong.events.PersonalData;
import id.gotong.personaldata.PersonalDataCipher;
import id.gotong.personaldata.PersonalDataJson;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import tools.jackson.databind.DefaultTyping;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * The two Axon serializers.
 * <ul>
 *   <li>{@link #events}: events, snapshots and messages. Plain JSON with no type hints, ISO-8601 dates, and it fails on
 *   unknown properties, so a schema change without an upcaster breaks a test instead of silently dropping data.
 *   {@link PersonalData} is sealed under its subject's key on the way in and opened on the way out
 *   ({@link PersonalDataJson}).</li>
 *   <li>{@link #general}: tracking tokens and other framework state. Those hold interface-typed fields (a
 *   {@code ReplayToken} wraps another token), so they need type hints; the validator only admits Axon's and our own
 *   classes, and unknown properties are tolerated so a framework upgrade cannot strand a processor.</li>
 * </ul>
 */
public final class GotongJson {

    private static final BasicPolymorphicTypeValidator TRUSTED_TYPES = BasicPolymorphicTypeValidator.builder()
            .allowIfSubType("org.axonframework.")
            .allowIfSubType("id.gotong.")
            .allowIfSubType("java.util.")
            .allowIfSubType("java.time.")
            .allowIfSubType("java.lang.")
            .build();

    private GotongJson() {
    }

    /** Settings every Gotong mapper shares. */
    public static JsonMapper.Builder pinned(JsonMapper.Builder builder) {
        return builder
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }

    public static Serializer events(RevisionResolver revisionResolver, PersonalDataCipher personalData) {
        return Jackson3Serializer.builder()
                .revisionResolver(revisionResolver)
                .jsonMapperBuilderCustomizer(b -> pinned(b).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                        .addModule(PersonalDataJson.module(personalData)))
                .build();
    }

    public static Serializer general(RevisionResolver revisionResolver) {
        return Jackson3Serializer.builder()
                .revisionResolver(revisionResolver)
                .jsonMapperBuilderCustomizer(b -> pinned(b)
                        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                        // Both are needed: default typing for interface-typed fields, and the mapper-wide validator
                        // for fields Axon annotates with @JsonTypeInfo (ReplayToken's context).
                        .polymorphicTypeValidator(TRUSTED_TYPES)
                        .activateDefaultTyping(TRUSTED_TYPES, DefaultTyping.NON_CONCRETE_AND_ARRAYS))
                .build();
    }
}
