package id.gotong.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import id.gotong.ledger.CanonicalJson;
import org.bson.BsonArray;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The store's documents canonicalise as their JSON does ({@code CanonicalJsonTest} has the rest of RFC 8785). */
class BsonCanonicalJsonTest {

    @Test
    void jacksonAndBsonTreesCanonicaliseAlike() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("b", 1).put("a", "x").put("long", 1L << 53).put("pi", 3.14).put("f", 0.5f)
                .put("t", true).putNull("n");
        node.putObject("nested").put("z", -0.0).put("y", new BigDecimal("4.50"));
        node.putArray("list").add(1).add("two").addNull();

        Document document = new Document("b", 1).append("a", "x").append("long", 1L << 53).append("pi", 3.14)
                .append("f", 0.5f).append("t", true).append("n", null)
                .append("nested", new Document("z", -0.0).append("y", 4.5))
                .append("list", Arrays.asList(1, "two", null));

        BsonDocument bson = new BsonDocument("b", new BsonInt32(1)).append("a", new BsonString("x"))
                .append("long", new BsonInt64(1L << 53)).append("pi", new BsonDouble(3.14))
                .append("f", new BsonDouble(0.5)).append("t", org.bson.BsonBoolean.TRUE).append("n", BsonNull.VALUE)
                .append("nested", new BsonDocument("z", new BsonDouble(-0.0)).append("y", new BsonDouble(4.5)))
                .append("list", new BsonArray(List.of(new BsonInt32(1), new BsonString("two"), BsonNull.VALUE)));

        String expected = "{\"a\":\"x\",\"b\":1,\"f\":0.5,\"list\":[1,\"two\",null],\"long\":9007199254740992,"
                + "\"n\":null,\"nested\":{\"y\":4.5,\"z\":0},\"pi\":3.14,\"t\":true}";
        assertThat(new String(CanonicalJson.canonicalize(node), StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(new String(CanonicalJson.canonicalizeValue(document), StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(new String(StoredLeaf.canonicalJson(bson), StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(CanonicalJson.canonicalize(JsonMapper.shared().writeValueAsString(node)))
                .isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
        assertThat(new String(CanonicalJson.canonicalizeValue(List.of(BigInteger.TEN.pow(22), 1L << 60)),
                StandardCharsets.UTF_8)).isEqualTo("[1e+22,1152921504606847000]");
    }

    @Test
    void bsonTypesWithoutJsonFormAreRejected() {
        for (Object value : new Object[] {new ObjectId(), new Date(), Decimal128.parse("1.5"),
                new BsonDateTime(0), new byte[] {1}}) {
            assertThatThrownBy(() -> CanonicalJson.canonicalizeValue(new Document("v", value)))
                    .as(value.getClass().getName()).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> StoredLeaf.canonicalJson(new Document("v", value)))
                    .as(value.getClass().getName()).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
