package id.gotong.embedded;

import java.util.List;
import java.util.Map;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;

/**
 * Opens every unique-index map of an MVStore with {@link IndexKeyOrder}. The H2 backend opens its maps by name with
 * the default key type, and MVStore hands out a map that is already open as it is: so the maps are opened here first,
 * existing ones before the backend opens its databases and new ones by {@link Database} before the backend does.
 */
final class KeyOrderedIndexes {

    private static final Logger log = LoggerFactory.getLogger(KeyOrderedIndexes.class);
    private static final String INDEX_MAP = "._index_";
    private static final String FORMAT_MAP = "gotong.format";
    private static final String KEY_ORDER = "indexKeyOrder";
    private static final String REORDERED_SUFFIX = ".reordered";

    private KeyOrderedIndexes() {
    }

    /**
     * Reorders the index maps of a file written with the stock key order (once; a marker in the file records it),
     * then opens every index map with {@link IndexKeyOrder}. Must run before a backend opens the store's databases.
     */
    static void prepare(MVStore store) {
        MVMap<String, Object> format = store.openMap(FORMAT_MAP);
        boolean reordered = format.containsKey(KEY_ORDER);
        for (String name : List.copyOf(store.getMapNames())) {
            if (name.endsWith(REORDERED_SUFFIX)) {
                // A migration that did not finish: the original map is still there and is copied again.
                store.removeMap(name);
            } else if (isIndex(name) && !reordered) {
                reorder(store, name);
            }
        }
        for (String name : store.getMapNames()) {
            if (isIndex(name)) {
                open(store, name);
            }
        }
        if (!reordered) {
            format.put(KEY_ORDER, 1);
            store.commit();
        }
    }

    private static boolean isIndex(String name) {
        return name.contains(INDEX_MAP);
    }

    private static MVMap<KeyValue, Object> open(MVStore store, String name) {
        return store.openMap(name, new MVMap.Builder<KeyValue, Object>().keyType(IndexKeyOrder.INSTANCE));
    }

    private static void reorder(MVStore store, String name) {
        MVMap<Object, Object> old = store.openMap(name);
        MVMap<KeyValue, Object> copy = open(store, name + REORDERED_SUFFIX);
        for (Map.Entry<Object, Object> entry : old.entrySet()) {
            copy.put((KeyValue) entry.getKey(), entry.getValue());
        }
        long entries = old.sizeAsLong();
        store.removeMap(old);
        store.renameMap(copy, name);
        log.info("Store: index {} reordered ({} keys)", name, entries);
    }

    /** The H2 backend with {@link IndexKeyOrder} for every unique index. */
    static class Backend extends H2Backend {

        /** @param store prepared with {@link #prepare(MVStore)} */
        Backend(MVStore store) {
            super(store);
        }

        @Override
        protected MongoDatabase openOrCreateDatabase(String databaseName) {
            return new Database(databaseName, getMvStore(), getCursorRegistry());
        }
    }

    /** An H2 database whose new unique indexes get {@link IndexKeyOrder} too. */
    static final class Database extends H2Database {

        private final MVStore store;

        Database(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
            // The superclass opens the existing indexes here, before this.store is set: prepare() opened them.
            super(databaseName, store, cursorRegistry);
            this.store = store;
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                       boolean sparse) {
            if (store != null) {
                open(store, getFullCollectionNamespace(collectionName) + INDEX_MAP + indexName);
            }
            return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        }
    }
}
