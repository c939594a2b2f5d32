package id.gotong.personaldata;

import id.gotong.events.PersonalData;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

import java.util.Base64;

/**
 * {@link PersonalData} in stored events: written as an {@link Envelope}, read back through the cipher. Two other
 * shapes are read: {@code {"legacyClear": "…"}}, what the upcasters make of a name an older revision stored in clear,
 * and {@code {"subject": "…", "erased": true}}, what an erased value serializes to if it is ever written again.
 */
public final class PersonalDataJson {

    static final String SUBJECT = "subject";
    static final String ALG = "alg";
    static final String IV = "iv";
    static final String CT = "ct";
    static final String ERASED = "erased";
    public static final String LEGACY_CLEAR = "legacyClear";

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getUrlDecoder();

    private PersonalDataJson() {
    }

    public static SimpleModule module(PersonalDataCipher cipher) {
        return new SimpleModule("gotong-personal-data")
                .addSerializer(PersonalData.class, new Writer(cipher))
                .addDeserializer(PersonalData.class, new Reader(cipher));
    }

    private static final class Writer extends ValueSerializer<PersonalData> {
        private final PersonalDataCipher cipher;

        Writer(PersonalDataCipher cipher) {
            this.cipher = cipher;
        }

        @Override
        public void serialize(PersonalData data, JsonGenerator json, SerializationContext context) {
            json.writeStartObject();
            if (data.legacy()) {
                json.writeStringProperty(LEGACY_CLEAR, data.value());
            } else if (data.erased()) {
                json.writeStringProperty(SUBJECT, data.subject());
                json.writeBooleanProperty(ERASED, true);
            } else {
                Envelope envelope = cipher.seal(data);
                json.writeStringProperty(SUBJECT, envelope.subject());
                json.writeStringProperty(ALG, envelope.alg());
                json.writeStringProperty(IV, B64.encodeToString(envelope.iv()));
                json.writeStringProperty(CT, B64.encodeToString(envelope.ct()));
            }
            json.writeEndObject();
        }
    }

    private static final class Reader extends ValueDeserializer<PersonalData> {
        private final PersonalDataCipher cipher;

        Reader(PersonalDataCipher cipher) {
            this.cipher = cipher;
        }

        @Override
        public PersonalData deserialize(JsonParser parser, DeserializationContext context) {
            JsonNode node = context.readTree(parser);
            if (node.has(LEGACY_CLEAR)) {
                return PersonalData.legacyClear(node.get(LEGACY_CLEAR).asString());
            }
            String subject = node.path(SUBJECT).asString(null);
            if (subject == null) {
                return context.reportInputMismatch(PersonalData.class, "Personal data without a subject: %s",
                        node.propertyNames());
            }
            if (node.path(ERASED).asBoolean(false)) {
                return PersonalData.erasure(subject);
            }
            return cipher.open(new Envelope(subject, node.path(ALG).asString(null),
                    B64_DECODER.decode(node.path(IV).asString("")), B64_DECODER.decode(node.path(CT).asString(""))));
        }
    }
}
