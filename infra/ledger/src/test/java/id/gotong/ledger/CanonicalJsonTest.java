package id.gotong.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class CanonicalJsonTest {

    private static String jcs(String json) {
        return new String(CanonicalJson.canonicalize(json), StandardCharsets.UTF_8);
    }

    /** RFC 8785 §3.2.2 sample input and its canonical output (also §3.2.4's bytes). */
    @Test
    void rfc8785MainExample() {
        String input = """
                {
                  "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
                  "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
                  "literals": [null, true, false]
                }""";
        assertThat(jcs(input)).isEqualTo("{\"literals\":[null,true,false],"
                + "\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                + "\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    }

    /** RFC 8785 §3.2.3: properties sorted by UTF-16 code units. */
    @Test
    void rfc8785SortingExample() {
        String input = """
                {
                  "\\u20ac": "Euro Sign",
                  "\\r": "Carriage Return",
                  "\\ufb33": "Hebrew Letter Dalet With Dagesh",
                  "1": "One",
                  "\\ud83d\\ude00": "Emoji: Grinning Face",
                  "\\u0080": "Control",
                  "\\u00f6": "Latin Small Letter O With Diaeresis"
                }""";
        assertThat(jcs(input)).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
                + "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    /** cyberphone/json-canonicalization testdata weird.json: DEL and U+0080 stay raw, "<" and "/" unescaped. */
    @Test
    void referenceWeirdSample() {
        String input = """
                {
                  "\\u20ac": "Euro Sign",
                  "1": "One",
                  "\\u0080": "Control\\u007f",
                  "\\ud83d\\ude02": "Smiley",
                  "\\u00f6": "Latin Small Letter O With Diaeresis",
                  "\\ufb33": "Hebrew Letter Dalet With Dagesh",
                  "</script>": "Browser Challenge"
                }""";
        assertThat(jcs(input)).isEqualTo("{\"1\":\"One\",\"</script>\":\"Browser Challenge\","
                + "\"\u0080\":\"Control\u007f\",\"\u00f6\":\"Latin Small Letter O With Diaeresis\","
                + "\"\u20ac\":\"Euro Sign\",\"\ud83d\ude02\":\"Smiley\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    /** RFC 8785 Appendix B: IEEE 754 bit patterns and their ECMAScript serialisation. */
    @Test
    void rfc8785AppendixBNumbers() {
        String[][] vectors = {
                {"0000000000000000", "0"},
                {"8000000000000000", "0"},
                {"0000000000000001", "5e-324"},
                {"8000000000000001", "-5e-324"},
                {"7fefffffffffffff", "1.7976931348623157e+308"},
                {"ffefffffffffffff", "-1.7976931348623157e+308"},
                {"4340000000000000", "9007199254740992"},
                {"c340000000000000", "-9007199254740992"},
                {"4430000000000000", "295147905179352830000"},
                {"44b52d02c7e14af5", "9.999999999999997e+22"},
                {"44b52d02c7e14af6", "1e+23"},
                {"44b52d02c7e14af7", "1.0000000000000001e+23"},
                {"444b1ae4d6e2ef4e", "999999999999999700000"},
                {"444b1ae4d6e2ef4f", "999999999999999900000"},
                {"444b1ae4d6e2ef50", "1e+21"},
                {"3eb0c6f7a0b5ed8c", "9.999999999999997e-7"},
                {"3eb0c6f7a0b5ed8d", "0.000001"},
                {"41b3de4355555553", "333333333.3333332"},
                {"41b3de4355555554", "333333333.33333325"},
                {"41b3de4355555555", "333333333.3333333"},
                {"41b3de4355555556", "333333333.3333334"},
                {"41b3de4355555557", "333333333.33333343"},
                {"becbf647612f3696", "-0.0000033333333333333333"},
                {"43143ff3c1cb0959", "1424953923781206.2"},
        };
        for (String[] v : vectors) {
            double d = Double.longBitsToDouble(Long.parseUnsignedLong(v[0], 16));
            assertThat(CanonicalJson.serialize(d)).as(v[0]).isEqualTo(v[1]);
        }
        for (String bits : new String[] {"7fffffffffffffff", "7ff0000000000000", "fff0000000000000"}) {
            double d = Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16));
            assertThatThrownBy(() -> CanonicalJson.serialize(d)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> CanonicalJson.canonicalizeValue(List.of(d)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void numberLayoutBoundaries() {
        assertThat(CanonicalJson.serialize(1e21)).isEqualTo("1e+21");
        assertThat(CanonicalJson.serialize(1e20)).isEqualTo("100000000000000000000");
        assertThat(CanonicalJson.serialize(123e18)).isEqualTo("123000000000000000000");
        assertThat(CanonicalJson.serialize(1e-6)).isEqualTo("0.000001");
        assertThat(CanonicalJson.serialize(1e-7)).isEqualTo("1e-7");
        assertThat(CanonicalJson.serialize(1.5e-7)).isEqualTo("1.5e-7");
        assertThat(CanonicalJson.serialize(-1.5)).isEqualTo("-1.5");
        assertThat(CanonicalJson.serialize(100)).isEqualTo("100");
        assertThat(CanonicalJson.serialize(0.1)).isEqualTo("0.1");
        assertThat(CanonicalJson.serialize(Math.pow(2, 60))).isEqualTo("1152921504606847000");
        assertThat(CanonicalJson.serialize(Double.MIN_NORMAL)).isEqualTo("2.2250738585072014e-308");
        assertThat(CanonicalJson.serialize(-0.0)).isEqualTo("0");
    }

    /** Shortest round-trip digits: read back exactly, one digit fewer never does, and never longer than JDK 17's. */
    @Test
    void randomDoublesRoundTripWithShortestDigits() {
        Random random = new Random(8785);
        for (int i = 0; i < 20_000; i++) {
            double d = i % 2 == 0 ? Double.longBitsToDouble(random.nextLong())
                    : random.nextDouble() * Math.pow(10, random.nextInt(50) - 25);
            if (!Double.isFinite(d)) {
                continue;
            }
            String s = CanonicalJson.serialize(d);
            assertThat(Double.parseDouble(s)).as(s).isEqualTo(d == 0 ? 0.0 : d);
            int k = significantDigits(s);
            assertThat(k).as("%s vs %s", s, Double.toString(d))
                    .isLessThanOrEqualTo(significantDigits(Double.toString(d)));
            if (k > 1) {  // the two (k-1)-digit numbers around d's exact value both read back as other doubles
                BigDecimal exact = new BigDecimal(d);
                for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
                    String shorter = exact.round(new MathContext(k - 1, mode)).toString();
                    assertThat(Double.parseDouble(shorter)).as("%s is not shortest: %s", s, shorter).isNotEqualTo(d);
                }
            }
        }
    }

    @Test
    void stringEscaping() {
        String controls = "\u0000\u0001\u001f\b\t\n\u000b\f\r\"\\/\u007f\u2028\ud83d\ude00";
        assertThat(new String(CanonicalJson.canonicalizeValue(controls), StandardCharsets.UTF_8))
                .isEqualTo("\"\\u0000\\u0001\\u001f\\b\\t\\n\\u000b\\f\\r\\\"\\\\/\u007f\u2028\ud83d\ude00\"");
        assertThatThrownBy(() -> CanonicalJson.canonicalizeValue("lone \ud83d")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.canonicalizeValue("lone \ude00x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> jcs("{\"a\": \"\\ud800\"}")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void outputIsUtf8() {
        assertThat(CanonicalJson.canonicalizeValue("\u20ac\ud83d\ude00"))
                .isEqualTo(new byte[] {'"', (byte) 0xe2, (byte) 0x82, (byte) 0xac,
                        (byte) 0xf0, (byte) 0x9f, (byte) 0x98, (byte) 0x80, '"'});
    }

    @Test
    void rejectsWhatIJsonForbids() {
        assertThatThrownBy(() -> jcs("{\"a\":1,\"a\":2}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> jcs("[NaN]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> jcs("[1e400]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.canonicalizeValue(List.of(Long.MAX_VALUE)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.canonicalizeValue(List.of((1L << 53) + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> jcs("[12345678901234567891]")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void jacksonAndJavaTreesCanonicaliseAlike() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("b", 1).put("a", "x").put("long", 1L << 53).put("pi", 3.14).put("t", true).putNull("n");
        node.putObject("nested").put("z", -0.0).put("y", new BigDecimal("4.50"));
        node.putArray("list").add(1).add("two").addNull();

        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("z", -0.0);
        nested.put("y", 4.5);
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("b", 1);
        tree.put("a", "x");
        tree.put("long", 1L << 53);
        tree.put("pi", 3.14);
        tree.put("t", true);
        tree.put("n", null);
        tree.put("nested", nested);
        tree.put("list", Arrays.asList(1, "two", null));

        String expected = "{\"a\":\"x\",\"b\":1,\"list\":[1,\"two\",null],\"long\":9007199254740992,"
                + "\"n\":null,\"nested\":{\"y\":4.5,\"z\":0},\"pi\":3.14,\"t\":true}";
        assertThat(new String(CanonicalJson.canonicalize(node), StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(new String(CanonicalJson.canonicalizeValue(tree), StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    /** A foreign tree (here: values wrapped in a record) is read through an adapter, every value in turn. */
    @Test
    void anAdapterTurnsForeignValuesIntoJsonValues() {
        record Wrapped(Object value) {
        }
        Object tree = new Wrapped(Map.of("b", new Wrapped(List.of(new Wrapped(1), new Wrapped("two"))),
                "a", new Wrapped(null)));
        assertThat(new String(CanonicalJson.canonicalizeValue(tree, v -> v instanceof Wrapped w ? w.value() : v),
                StandardCharsets.UTF_8)).isEqualTo("{\"a\":null,\"b\":[1,\"two\"]}");
        assertThatThrownBy(() -> CanonicalJson.canonicalizeValue(tree)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no JSON form for");
        assertThatThrownBy(() -> CanonicalJson.canonicalizeValue(List.of(new Object()), v -> v))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static int significantDigits(String number) {
        String mantissa = number.replaceFirst("^-", "").replaceFirst("[eE].*$", "").replace(".", "");
        return mantissa.replaceFirst("^0+", "").replaceFirst("0+$", "").length();
    }
}
