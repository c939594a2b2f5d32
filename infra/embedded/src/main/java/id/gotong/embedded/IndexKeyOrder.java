package id.gotong.embedded;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.backend.KeyValue;

/**
 * The order of keys in the embedded server's unique-index maps. The stock H2 backend stores them with H2's
 * {@link ObjectDataType}, which does not know {@link KeyValue} and compares two keys by Java-serializing both: in a
 * profile of a rebuild that was 80 % of the server's time. This compares the values themselves and keeps the stored
 * form (H2's serialization), so only the order of existing files changes, which {@link KeyOrderedIndexes} migrates.
 * <p>
 * Unique indexes are only looked up by equal keys and iterated whole, so any total order consistent with equality
 * will do; it must not depend on anything that differs between runs, such as identity hash codes.
 */
final class IndexKeyOrder extends ObjectDataType {

    static final IndexKeyOrder INSTANCE = new IndexKeyOrder();

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue left && b instanceof KeyValue right) {
            return compareKeys(left, right);
        }
        return super.compare(a, b);
    }

    static int compareKeys(KeyValue left, KeyValue right) {
        int size = Integer.compare(left.size(), right.size());
        if (size != 0) {
            return size;
        }
        for (int i = 0; i < left.size(); i++) {
            int c = compareValues(left.get(i), right.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compareValues(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        if (a.getClass() != b.getClass()) {
            return a.getClass().getName().compareTo(b.getClass().getName());
        }
        if (a instanceof Double x) {
            // Double.compare tells -0.0 from 0.0 and orders NaN; normalized keys have no -0.0.
            return Double.compare(x, (Double) b);
        }
        if (a instanceof Map<?, ?> x) {
            return compareMaps(x, (Map<?, ?>) b);
        }
        if (a instanceof List<?> x) {
            return compareLists(x, (List<?>) b);
        }
        if (a instanceof Comparable x) {
            return x.compareTo(b);
        }
        if (a.equals(b)) {
            return 0;
        }
        return compareNotNull(serialize(a), serialize(b));
    }

    private static int compareMaps(Map<?, ?> a, Map<?, ?> b) {
        Iterator<? extends Map.Entry<?, ?>> left = a.entrySet().iterator();
        Iterator<? extends Map.Entry<?, ?>> right = b.entrySet().iterator();
        while (left.hasNext() && right.hasNext()) {
            Map.Entry<?, ?> x = left.next();
            Map.Entry<?, ?> y = right.next();
            int c = compareValues(x.getKey(), y.getKey());
            if (c == 0) {
                c = compareValues(x.getValue(), y.getValue());
            }
            if (c != 0) {
                return c;
            }
        }
        return Boolean.compare(left.hasNext(), right.hasNext());
    }

    private static int compareLists(List<?> a, List<?> b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            int c = compareValues(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
