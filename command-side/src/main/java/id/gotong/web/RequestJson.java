package id.gotong.web;

import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * How request bodies are read, beyond the 256KB body limit: the parser refuses JSON nested deeper, strings and
 * numbers longer than any act needs before anything is bound, a value of the wrong JSON type is refused instead of
 * coerced ({@code 42} is no title and no role, {@code 1.5} no version), and text must be valid Unicode (no lone surrogate such as
 * U+D800 sent as an escape, which no store could write back). {@link Problems} names each refusal's rule.
 */
@Configuration(proxyBeanMethods = false)
public class RequestJson {

    /** Acts nest three levels at most (a body, a list, an entry); the margin is for clients, not for attacks. */
    public static final int MAX_NESTING_DEPTH = 32;
    /** The longest text field takes 50,000 characters; longer strings are refused while parsing. */
    public static final int MAX_STRING_LENGTH = 100_000;
    /** Digits and signs of a JSON number; {@code 1e400} passes, a thousand digits do not. */
    public static final int MAX_NUMBER_LENGTH = 100;

    @Bean
    JsonFactoryBuilderCustomizer requestLimits() {
        return factory -> factory.streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .build());
    }

    @Bean
    JsonMapperBuilderCustomizer strictTypes() {
        return mapper -> mapper
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, integer -> integer
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Enum, enumeration -> enumeration
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .addModule(new SimpleModule("UnicodeText").addDeserializer(String.class, new UnicodeText()));
    }

    /** A string holding half of a surrogate pair: well-formed JSON as an escape, but not text. */
    public static final class InvalidUnicode extends DatabindException {
        InvalidUnicode(JsonParser parser) {
            super(parser, "text must be valid Unicode: a lone surrogate (such as U+D800) is not a character");
        }
    }

    private static final class UnicodeText extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = super.deserialize(p, ctxt);
            if (value != null && !wellFormed(value)) {
                throw new InvalidUnicode(p);
            }
            return value;
        }

        private static boolean wellFormed(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c)) {
                    if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                        return false;
                    }
                    i++;
                } else if (Character.isLowSurrogate(c)) {
                    return false;
                }
            }
            return true;
        }
    }
}
