package id.gotong.ledger;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 8785 JSON Canonicalization Scheme: the exact UTF-8 bytes that are hashed into the ledger.
 *
 * <p>Accepted values: Jackson {@link JsonNode} trees; {@link java.util.Map} with string keys, {@link java.util.List},
 * {@link String}, {@link Boolean}, {@code null} and numbers. Trees of another library (the store's BSON) are read
 * through an adapter that turns each of their values into one of these ({@link #canonicalizeValue(Object, UnaryOperator)}).
 *
 * <p>Numbers are IEEE 754 doubles, as RFC 8785 requires: {@code double}, {@code float} and {@link BigDecimal} values
 * are rounded to the nearest double, as any JSON parser would. Integer types ({@code int}, {@code long},
 * {@link BigInteger}) must be exactly representable — a long above 2^53 that a double would round is rejected rather
 * than silently changed; keep such values (ids, amounts) as strings. NaN and ±Infinity are rejected.
 *
 * <p>Types with no JSON counterpart (dates, ObjectIds, Decimal128, binary, timestamps, regexes, …) are rejected:
 * map them to strings or numbers before canonicalising, so the mapping is visible in the event, not hidden here.
 * Strings must be well-formed UTF-16 (no lone surrogates).
 */
public final class CanonicalJson {
    /** Built on first parse only: canonicalising trees needs no mapper. */
    private static final class Parser {
        static final JsonMapper STRICT = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }

    private static final double MAX_EXACT_INTEGER = 0x1p53;

    private CanonicalJson() {
    }

    /** Parses JSON text (rejecting duplicate property names, which RFC 8785 forbids) and canonicalises it. */
    public static byte[] canonicalize(String jsonText) {
        JsonNode tree;
        try {
            tree = Parser.STRICT.readTree(jsonText);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
        }
        return canonicalize(tree);
    }

    public static byte[] canonicalize(JsonNode node) {
        StringBuilder out = new StringBuilder();
        writeNode(node, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Canonicalises a plain Java map/list/scalar tree (see class comment). */
    public static byte[] canonicalizeValue(Object value) {
        return canonicalizeValue(value, UnaryOperator.identity());
    }

    /**
     * Canonicalises a tree whose values {@code adapter} turns, one at a time, into a map, a list or a scalar of the
     * accepted types (it returns those unchanged); the maps' and lists' own values are adapted in turn.
     */
    public static byte[] canonicalizeValue(Object value, UnaryOperator<Object> adapter) {
        StringBuilder out = new StringBuilder();
        new ValueWriter(adapter).write(value, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void writeNode(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                TreeMap<String, JsonNode> sorted = new TreeMap<>();
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    sorted.put(e.getKey(), e.getValue());
                }
                writeObject(sorted, out, CanonicalJson::writeNode);
            }
            case ARRAY -> writeArray(new ArrayList<>(node.values()), out, CanonicalJson::writeNode);
            case STRING -> writeString(node.stringValue(), out);
            case NUMBER -> out.append(number(node.numberValue()));
            case BOOLEAN -> out.append(node.booleanValue());
            case NULL -> out.append("null");
            default -> throw new IllegalArgumentException("no JSON form for a " + node.getNodeType() + " node");
        }
    }

    private record ValueWriter(UnaryOperator<Object> adapter) implements Writer<Object> {
        @Override
        public void write(Object value, StringBuilder out) {
            writeValue(adapter.apply(value), out, this);
        }
    }

    private static void writeValue(Object value, StringBuilder out, ValueWriter values) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            writeString(s, out);
        } else if (value instanceof Boolean b) {
            out.append(b);
        } else if (value instanceof Number n) {
            out.append(number(n));
        } else if (value instanceof Map<?, ?> map) {
            TreeMap<String, Object> sorted = new TreeMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String key)) {
                    throw new IllegalArgumentException("property name is not a string: " + e.getKey());
                }
                sorted.put(key, e.getValue());
            }
            writeObject(sorted, out, values);
        } else if (value instanceof List<?> list) {
            writeArray(list, out, values);
        } else {
            throw new IllegalArgumentException("no JSON form for " + value.getClass().getName()
                    + "; map it to a string or number first");
        }
    }

    private interface Writer<T> {
        void write(T value, StringBuilder out);
    }

    /** RFC 8785 §3.2.3: String.compareTo orders by UTF-16 code units, exactly what the RFC asks for. */
    private static <T> void writeObject(TreeMap<String, T> sorted, StringBuilder out, Writer<? super T> writer) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, T> e : sorted.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            writeString(e.getKey(), out);
            out.append(':');
            writer.write(e.getValue(), out);
        }
        out.append('}');
    }

    private static <T> void writeArray(List<T> values, StringBuilder out, Writer<? super T> writer) {
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            writer.write(values.get(i), out);
        }
        out.append(']');
    }

    /** RFC 8785 §3.2.2.2 (ECMAScript QuoteJSONString): only the mandatory escapes; everything else verbatim. */
    static void writeString(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        throw new IllegalArgumentException("lone surrogate U+" + Integer.toHexString(c)
                                + " at index " + i + " is not Unicode text");
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static String number(Number n) {
        if (n instanceof Integer || n instanceof Short || n instanceof Byte) {
            return Integer.toString(n.intValue());
        }
        if (n instanceof Long l) {
            return exactInteger(BigInteger.valueOf(l));
        }
        if (n instanceof BigInteger b) {
            return exactInteger(b);
        }
        if (n instanceof Double || n instanceof Float) {
            return serialize(n.doubleValue());
        }
        if (n instanceof BigDecimal d) {
            // Double.parseDouble is correctly rounded; BigDecimal.doubleValue is only guaranteed so from JDK 19.
            return serialize(Double.parseDouble(d.toString()));
        }
        throw new IllegalArgumentException("no JSON form for number type " + n.getClass().getName());
    }

    private static String exactInteger(BigInteger value) {
        double d = Double.parseDouble(value.toString());
        if (Double.isInfinite(d) || new BigDecimal(d).toBigIntegerExact().compareTo(value) != 0) {
            throw new IllegalArgumentException(value + " is not exactly representable as an IEEE 754 double; "
                    + "store it as a string");
        }
        return serialize(d);
    }

    /**
     * ECMAScript Number.prototype.toString (ECMA-262 Number::toString, RFC 8785 §3.2.2.3). Done by hand because JDK 17's
     * Double.toString does not always give the shortest round-tripping digits (JDK-4511638, fixed in 19).
     */
    static String serialize(double d) {
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException(d + " is not allowed in JSON");
        }
        if (d == 0) {
            return "0";  // also -0
        }
        if (d == Math.rint(d) && Math.abs(d) <= MAX_EXACT_INTEGER) {
            return Long.toString((long) d);  // every shorter digit string is another integer, so this is shortest
        }
        BigDecimal shortest = shortestDigits(d);
        String digits = shortest.unscaledValue().abs().toString();
        int k = digits.length();
        int n = k - shortest.scale();  // |d| = digits × 10^(n−k)
        StringBuilder out = new StringBuilder(d < 0 ? "-" : "");
        if (k <= n && n <= 21) {
            out.append(digits).append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            out.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            out.append("0.").append("0".repeat(-n)).append(digits);
        } else {
            out.append(digits.charAt(0));
            if (k > 1) {
                out.append('.').append(digits, 1, k);
            }
            out.append('e').append(n - 1 < 0 ? '-' : '+').append(Math.abs(n - 1));
        }
        return out.toString();
    }

    /**
     * The fewest significant digits that read back as {@code d}; among those, the closest to d's exact value (ties to
     * even). Rounding the exact value to p digits gives the closest candidate, but at a power of two the round-trip
     * interval is lopsided, so the neighbour on the other side must be tried too. Whether some p-digit number reads
     * back is monotone in p, so p is found by bisection.
     */
    private static BigDecimal shortestDigits(double d) {
        BigDecimal exact = new BigDecimal(d);
        BigDecimal best = roundTripping(exact, d, 17);
        if (best == null) {
            throw new AssertionError("17 significant digits always round-trip a double: " + d);
        }
        int low = 1;
        int high = 17;  // best has high digits and reads back; fewer than low never do
        while (low < high) {
            int mid = (low + high) >>> 1;
            BigDecimal candidate = roundTripping(exact, d, mid);
            if (candidate != null) {
                best = candidate;
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return best.stripTrailingZeros();
    }

    /** The p-digit number closest to {@code exact} that reads back as {@code d}, or null. */
    private static BigDecimal roundTripping(BigDecimal exact, double d, int p) {
        BigDecimal nearest = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
        if (Double.parseDouble(nearest.toString()) == d) {
            return nearest;
        }
        RoundingMode otherWay = nearest.compareTo(exact) > 0 ? RoundingMode.FLOOR : RoundingMode.CEILING;
        BigDecimal other = exact.round(new MathContext(p, otherWay));
        return Double.parseDouble(other.toString()) == d ? other : null;
    }
}
