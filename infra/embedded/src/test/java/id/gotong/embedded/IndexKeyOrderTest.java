package id.gotong.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

class IndexKeyOrderTest {

    private final IndexKeyOrder order = IndexKeyOrder.INSTANCE;

    @Test
    void aTotalOrderThatAgreesWithEquality() {
        List<KeyValue> keys = sampleKeys();
        for (KeyValue a : keys) {
            for (KeyValue b : keys) {
                int ab = order.compare(a, b);
                assertThat(Integer.signum(ab)).as("%s vs %s", a, b).isEqualTo(-Integer.signum(order.compare(b, a)));
                assertThat(ab == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
                for (KeyValue c : keys) {
                    if (ab < 0 && order.compare(b, c) < 0) {
                        assertThat(order.compare(a, c)).as("%s < %s < %s", a, b, c).isNegative();
                    }
                }
            }
        }
    }

    @Test
    void equalKeysBuiltSeparatelyCompareEqual() {
        KeyValue a = new KeyValue(new Document("processorName", "projections").append("segment", 0.0), 2.0, "x");
        KeyValue b = new KeyValue(new Document("processorName", "projections").append("segment", 0.0), 2.0, "x");
        assertThat(order.compare(a, b)).isZero();
    }

    private static List<KeyValue> sampleKeys() {
        Random random = new Random(7);
        List<Object> values = new ArrayList<>();
        values.add(null);
        for (int i = 0; i < 6; i++) {
            values.add((double) random.nextInt(5));
            values.add("k" + random.nextInt(5));
        }
        values.add(Long.MAX_VALUE - 1);
        values.add(true);
        values.add(false);
        values.add(Instant.ofEpochSecond(1_700_000_000L));
        values.add(new UUID(1, 2));
        values.add(new ObjectId("5f1d7f2c9d3e2a0012345678"));
        values.add(new ObjectId("5f1d7f2c9d3e2a0012345679"));
        values.add(new Document("a", 1.0).append("b", "x"));
        values.add(new Document("a", 1.0));
        values.add(List.of(1.0, 2.0));
        values.add(List.of(1.0));
        List<KeyValue> keys = new ArrayList<>();
        for (Object value : values) {
            keys.add(new KeyValue(java.util.Collections.singletonList(value)));
        }
        for (int i = 0; i < 20; i++) {
            keys.add(new KeyValue(values.get(random.nextInt(values.size())), values.get(random.nextInt(values.size()))));
        }
        return keys;
    }
}
