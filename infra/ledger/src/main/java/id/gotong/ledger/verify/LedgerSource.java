package id.gotong.ledger.verify;

import id.gotong.ledger.LedgerLeaf;
import tools.jackson.databind.JsonNode;

import java.util.List;

/** Where an auditor reads the ledger from: the HTTP API or the database itself. */
public interface LedgerSource extends AutoCloseable {

    /**
     * One entry as the log presents it. {@code event} is a Jackson {@code JsonNode} (HTTP) or the source's own form
     * of the stored event (the database's BSON document), which {@link #leaf} reads; {@code leaf} is the log's leaf bytes (null where the source does not serve them) and
     * {@code leafHash} the leaf hash the log's stored tree holds (null if it has none).
     */
    record Entry(long index, byte[] leaf, byte[] leafHash, Object event) {
    }

    /** The latest signed checkpoint note. */
    String checkpointNote() throws Exception;

    /** Entries from {@code start} onwards, at most up to {@code end} (exclusive); fewer where the log has a hole. */
    List<Entry> entries(long start, long end) throws Exception;

    /** The log's consistency proof from tree size {@code from} to {@code to}. */
    List<byte[]> consistencyProof(long from, long to) throws Exception;

    /**
     * The leaf bytes the verifier recomputes from an entry's event ({@link LedgerLeaf#bytes}); a source that presents
     * events in another form computes the same bytes from it.
     *
     * @throws IllegalArgumentException if the event has no canonical JSON form
     */
    default byte[] leaf(long index, Object event) {
        if (event instanceof JsonNode json && json.isObject()) {
            return LedgerLeaf.bytes(index, json);
        }
        throw new IllegalArgumentException("the event is not a JSON object");
    }

    @Override
    default void close() {
    }
}
