package id.gotong.serialization;

import id.gotong.eventjson.EventJson;
import id.gotong.events.PersonalData;
import id.gotong.personaldata.PersonalDataCipher;
import id.gotong.personaldata.PersonalDataJson;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import tools.jackson.databind.DefaultTyping;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * The two Axon serializers.
 * <ul>
 *   <li>{@link #events}: events, snapshots and messages, with the event contract's settings ({@link EventJson}: plain
 *   JSON with no type hints, ISO-8601 dates, unknown properties fail). {@link PersonalData} is sealed under its subject's key on the way in and opened on the way out
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

    public static Serializer events(RevisionResolver revisionResolver, PersonalDataCipher personalData) {
        return EventJson.serializer(revisionResolver, PersonalDataJson.module(personalData));
    }

    public static Serializer general(RevisionResolver revisionResolver) {
        return Jackson3Serializer.builder()
                .revisionResolver(revisionResolver)
                .jsonMapperBuilderCustomizer(b -> EventJson.pinned(b)
                        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                        // Both are needed: default typing for interface-typed fields, and the mapper-wide validator
                        // for fields Axon annotates with @JsonTypeInfo (ReplayToken's context).
                        .polymorphicTypeValidator(TRUSTED_TYPES)
                        .activateDefaultTyping(TRUSTED_TYPES, DefaultTyping.NON_CONCRETE_AND_ARRAYS))
                .build();
    }
}
