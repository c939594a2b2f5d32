package id.gotong.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The read models in MongoDB, in generations. The current generation is read and projected into; a rebuild fills the
 * other ({@code read_…} in generation a, {@code b_read_…} in b) and then makes it current. Which read models there
 * are is given: the two every feature reads ({@link StakeholderProjection read_stakeholders} and
 * {@link ActProjection read_acts}) first, then the features' own, in the order given ({@link ReadModel}).
 */
public final class ReadModels {

    /** Which generation of the read models is current: {@code {_id: "current", generation: "a" | "b"}}. */
    public static final String GENERATIONS = "read_generations";

    private final MongoDatabase database;
    private final List<ReadModel> readModels;
    private final List<String> collections;
    private final boolean followsCurrent;
    private volatile String generation;

    /** How long a process reads the generation it last saw before asking again (another process may rebuild). */
    private static final long FOLLOW_EVERY_NANOS = 1_000_000_000L;
    private volatile long followedAt;

    /**
     * The current generation of the read models, as recorded in {@value #GENERATIONS}, and followed: re-read at most
     * every second, and before every live batch ({@link #followCurrent()}), since a rebuild in another process may
     * have made the other generation current.
     *
     * @param features the features' read models, in the order a batch is projected into them
     */
    public ReadModels(MongoDatabase database, List<ReadModel> features) {
        this(database, withShared(features), true, null);
        followCurrent();
    }

    private ReadModels(MongoDatabase database, List<ReadModel> readModels, boolean followsCurrent,
                       String generation) {
        this.database = database;
        this.readModels = readModels;
        this.collections = readModels.stream().flatMap(model -> model.collections().stream()).toList();
        if (new HashSet<>(collections).size() != collections.size()) {
            throw new IllegalArgumentException("two read models own one collection: " + collections);
        }
        this.followsCurrent = followsCurrent;
        this.generation = generation;
    }

    private static List<ReadModel> withShared(List<ReadModel> features) {
        List<ReadModel> all = new ArrayList<>();
        all.add(new StakeholderProjection());
        all.add(new ActProjection());
        all.addAll(features);
        return List.copyOf(all);
    }

    /** Every read model, in the order a batch is projected into them. */
    public List<ReadModel> readModels() {
        return readModels;
    }

    /** Every collection of every read model, by its name in generation a, in the order a batch writes them. */
    public List<String> collections() {
        return collections;
    }

    /**
     * The other generation, for a rebuild to fill while this one is read. Two generations rather than renamed
     * collections: the embedded server's {@code renameCollection} leaves the indexes under the old name.
     */
    public ReadModels shadow() {
        return new ReadModels(database, readModels, false, generation.equals("a") ? "b" : "a");
    }

    /** Re-reads which generation is current. */
    public synchronized void followCurrent() {
        if (!followsCurrent) {
            return;
        }
        Document current = database == null ? null
                : database.getCollection(GENERATIONS).find(new Document("_id", "current")).first();
        generation = current == null ? "a" : current.getString("generation");
        followedAt = System.nanoTime();
    }

    /** Makes a filled shadow the current generation, then drops the generation it replaces. */
    public synchronized void replaceWith(ReadModels shadow) {
        if (!followsCurrent) {
            throw new IllegalStateException("only the current read models can be replaced");
        }
        ReadModels previous = new ReadModels(database, readModels, false, generation);
        database.getCollection(GENERATIONS).replaceOne(new Document("_id", "current"),
                new Document("_id", "current").append("generation", shadow.generation),
                new ReplaceOptions().upsert(true));
        generation = shadow.generation;
        previous.dropAll();
    }

    private void dropAll() {
        Set<String> existing = database.listCollectionNames().into(new HashSet<>());
        collections.stream().filter(name -> existing.contains(physical(name))).forEach(name -> collection(name).drop());
    }

    /** {@code read_acts} in generation a, {@code b_read_acts} in generation b. */
    private String physical(String name) {
        return generation.equals("a") ? name : generation + "_" + name;
    }

    /** A collection of a read model, in this generation, by its name in generation a. */
    public MongoCollection<Document> collection(String name) {
        if (!collections.contains(name)) {
            throw new IllegalArgumentException("no read model owns " + name);
        }
        if (followsCurrent && System.nanoTime() - followedAt > FOLLOW_EVERY_NANOS) {
            followCurrent();
        }
        return database.getCollection(physical(name));
    }

    public void ensureIndexes() {
        readModels.forEach(model -> model.createIndexes(this));
    }

    public void drop() {
        dropAll();
        ensureIndexes();
    }

    /** {@value StakeholderProjection#COLLECTION}: every registered stakeholder, as every feature names it. */
    public MongoCollection<Document> stakeholders() {
        return collection(StakeholderProjection.COLLECTION);
    }

    /** {@value ActProjection#COLLECTION}: every event of a collaboration, by position. */
    public MongoCollection<Document> acts() {
        return collection(ActProjection.COLLECTION);
    }
}
