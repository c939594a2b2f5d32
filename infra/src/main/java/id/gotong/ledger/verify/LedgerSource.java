package id.gotong.ledger.verify;

import java.util.List;

/** Where an auditor reads the ledger from: the HTTP API or the database itself. */
public interface LedgerSource extends AutoCloseable {

    /**
     * One entry as the log presents it. {@code event} is a Jackson {@code JsonNode} (HTTP) or a BSON document
     * (database); {@code leaf} is the log's leaf bytes (null where the source does not serve them) and
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

    @Override
    default void close() {
    }
}
