package id.gotong.projection;

import java.util.List;

/**
 * A read model as the projection machinery sees it: the collections it owns, their indexes, and what it writes for a
 * batch of events. Each feature implements it for its own documents; the machinery knows read models only through
 * this port. It runs every read model over each batch of the live processor and each page of a rebuild, in the order
 * {@link ReadModels} lists them, and drops their collections with a generation.
 */
public interface ReadModel {

    /**
     * The collections it owns, by their name in generation a ({@code read_…}). A batch writes them in this order,
     * read model after read model.
     */
    List<String> collections();

    /** Creates the indexes of its collections in one generation. */
    void createIndexes(ReadModels generation);

    /**
     * What it projects into one generation. A live projector keeps one for the life of the processor; a rebuild opens
     * one, and is the only writer of its generation.
     *
     * @param rebuild whether this is a rebuild, which folds each event exactly once into empty collections
     */
    Projection open(ReadModels generation, EventHistory history, boolean rebuild);

    /** A read model's part of projecting: called with every batch, in ledger order. */
    interface Projection {

        /** Adds its writes for the batch, and what each event changed, to {@code batch}. */
        void project(Batch batch);

        /** At a rebuild's end: writes what it kept in memory. */
        default void flush() {
        }
    }
}
