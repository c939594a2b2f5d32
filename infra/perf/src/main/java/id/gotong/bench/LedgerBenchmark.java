package id.gotong.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import id.gotong.embedded.EmbeddedMongoServer;
import id.gotong.ledger.InMemoryTreeNodes;
import id.gotong.ledger.MerkleHash;
import id.gotong.ledger.MerkleTree;
import id.gotong.ledger.MerkleVerifier;
import id.gotong.ledger.Proof;
import id.gotong.ledger.store.MongoTreeNodes;
import id.gotong.ledger.store.StoredLeaf;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonNull;
import org.bson.BsonString;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Figures for the ledger ({@code -Pbench -Dbench=ledger}, see {@code id.gotong.perf.Bench}): leaves hashed per second
 * building an in-memory tree, next to a plain SHA-256 loop over the same leaf bytes; inclusion and consistency proof
 * latency on the in-memory store and on {@link MongoTreeNodes} over the embedded server; full verification (the root recomputed from
 * the leaves, and from the events) next to the SHA-256 loop. System properties: {@code bench.leaves} (1,000,000),
 * {@code bench.mongoLeaves} (1,000,000), {@code bench.mongoLoadSeconds} (loading into the embedded server stops there
 * and the size reached is used; 600), {@code bench.proofs} (1,000), {@code bench.output}, {@code bench.dataDir}.
 *
 * <p>Leaves are a pool of 4,096 distinct realistic events with provenance (their canonical JSON leaves, positions 0
 * to 4,095 included), used in turn: position p gets the leaf of pool entry p mod 4,096, so every loop hashes the same
 * bytes and the leaf pool stays in the CPU caches' reach rather than taking 600 MB of heap.
 */
public final class LedgerBenchmark {
    static final int POOL = 4096;
    static final int BATCH = 1000;

    public record Settings(int leaves, int mongoLeaves, long mongoLoadSeconds, int proofs, Path output,
                           Path dataDir) {
        static Settings fromSystemProperties() {
            return new Settings(Integer.getInteger("bench.leaves", 1_000_000),
                    Integer.getInteger("bench.mongoLeaves", 1_000_000),
                    Long.getLong("bench.mongoLoadSeconds", 600), Integer.getInteger("bench.proofs", 1000),
                    Path.of(System.getProperty("bench.output", "target/bench/ledger.md")),
                    Path.of(System.getProperty("bench.dataDir", "target/bench")));
        }
    }

    public record Row(String measurement, String value, String baseline, String ratio) {
    }

    /** Proof latencies in milliseconds at {@code size} entries on one node store. */
    public record Proofs(String store, long size, double inclusionP50, double inclusionP99, double consistencyP50,
                         double consistencyP99) {
    }

    /**
     * The figures as numbers: rates in leaves per second, times in seconds; {@code storedLeaves} is the size the
     * embedded load reached.
     */
    public record Figures(int leaves, double shaRate, double shaSeconds, double buildRate, double verifyFromLeaves,
                          double verifyFromEvents, long storedLeaves, double storedLoadRate, List<Proofs> proofs) {
    }

    private final Settings settings;
    private final PrintStream progress;
    private final List<Row> rows = new ArrayList<>();
    private final List<Proofs> proofs = new ArrayList<>();
    private Figures figures;
    private final BsonDocument[] events = new BsonDocument[POOL];
    private final byte[][] leaves = new byte[POOL][];

    public LedgerBenchmark(Settings settings, PrintStream progress) {
        this.settings = settings;
        this.progress = progress;
        for (int i = 0; i < POOL; i++) {
            events[i] = event(i);
            leaves[i] = StoredLeaf.bytes(i, events[i]);
        }
    }

    public static void main(String[] args) throws Exception {
        LedgerBenchmark bench = new LedgerBenchmark(Settings.fromSystemProperties(), System.err);
        System.out.println(bench.run());
    }

    /** A stored event as the engine writes it, with provenance; distinct per {@code i}. */
    static BsonDocument event(int i) {
        Instant at = Instant.parse("2024-01-01T00:00:00Z").plusSeconds(37L * i);
        BsonDocument provenance = new BsonDocument("actor", new BsonString("stakeholder-" + (i % 97)))
                .append("authority", BsonNull.VALUE)
                .append("collaborationId", new BsonString("collab-" + (i % 13)))
                .append("evidences", new org.bson.BsonArray(List.of(new BsonString("TRUST"))))
                .append("occurredAt", new BsonString(at.toString()))
                .append("recordedAt", new BsonString(at.plusSeconds(5).toString()));
        BsonDocument payload = new BsonDocument("agreementId", new BsonString("agr-" + (i % 211)))
                .append("clause", new BsonString("Clause " + i + ": the parties share quarterly reports"))
                .append("version", new BsonInt32(i % 7))
                .append("provenance", provenance);
        return new BsonDocument("eventId", new BsonString(new java.util.UUID(i, ~i).toString()))
                .append("aggregateType", new BsonString("Agreement"))
                .append("aggregateId", new BsonString("agr-" + (i % 211)))
                .append("sequenceNumber", new org.bson.BsonInt64(i / 211))
                .append("timestamp", new BsonString(at.plusSeconds(5).toString()))
                .append("payloadType", new BsonString("id.gotong.events.AgreementEvent$AgreementSigned"))
                .append("payloadRevision", BsonNull.VALUE)
                .append("payload", payload)
                .append("metadata", new BsonDocument("actor", new BsonString("stakeholder-" + (i % 97))));
    }

    public String run() throws IOException {
        long started = System.nanoTime();
        int n = settings.leaves();
        progress.printf("ledger bench: %,d leaves, pool of %,d leaves of ~%d bytes%n", n, POOL,
                Arrays.stream(leaves).mapToInt(l -> l.length).sum() / POOL);

        double shaSeconds = shaLoop(n);  // warm-up
        shaSeconds = shaLoop(n);
        double shaRate = n / shaSeconds;
        progress.printf("SHA-256 loop: %,.0f leaves/s%n", shaRate);

        MerkleTree tree = MerkleTree.create(new InMemoryTreeNodes());
        long t0 = System.nanoTime();
        List<byte[]> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < n; i++) {
            batch.add(leaves[i % POOL]);
            if (batch.size() == BATCH || i == n - 1) {
                tree.appendAll(batch);
                batch.clear();
            }
            if ((i + 1) % (n / 10 == 0 ? n : n / 10) == 0) {
                progress.printf("in-memory build: %,d/%,d%n", i + 1, n);
            }
        }
        double buildSeconds = seconds(t0);
        double buildRate = n / buildSeconds;
        rows.add(new Row(String.format("Build a %,d-leaf tree in memory (leaves/s)", n), rate(buildRate),
                rate(shaRate), ratio(buildRate / shaRate)));

        byte[] root = tree.root(n);
        t0 = System.nanoTime();
        byte[] fromLeaves = rootFromLeaves(n, false);
        double verifyLeaves = seconds(t0);
        t0 = System.nanoTime();
        byte[] fromEvents = rootFromLeaves(n, true);
        double verifyEvents = seconds(t0);
        if (!Arrays.equals(root, fromLeaves) || !Arrays.equals(root, fromEvents)) {
            throw new IllegalStateException("recomputed roots differ from the tree's root");
        }
        rows.add(new Row(String.format("Verify %,d entries: root from leaf bytes (s)", n), secs(verifyLeaves),
                secs(shaSeconds), ratio(verifyLeaves / shaSeconds)));
        rows.add(new Row(String.format("Verify %,d entries: leaves recomputed from events, then root (s)", n),
                secs(verifyEvents), secs(shaSeconds), ratio(verifyEvents / shaSeconds)));
        progress.printf("verification: %.2f s from leaves, %.2f s from events%n", verifyLeaves, verifyEvents);

        proofRows("in memory", tree, n);

        Path dir = settings.dataDir();
        Files.createDirectories(dir);
        Path file = dir.resolve("ledger-bench.mv");
        Files.deleteIfExists(file);
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(file, 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoTreeNodes nodes = new MongoTreeNodes(client.getDatabase("ledgerbench"));
            MerkleTree stored = MerkleTree.create(nodes);
            int target = settings.mongoLeaves();
            long deadline = System.nanoTime() + Duration.ofSeconds(settings.mongoLoadSeconds()).toNanos();
            t0 = System.nanoTime();
            long lastReport = t0;
            for (int i = 0; i < target && System.nanoTime() < deadline; i += BATCH) {
                List<byte[]> leavesBatch = new ArrayList<>(BATCH);
                for (int j = i; j < Math.min(target, i + BATCH); j++) {
                    leavesBatch.add(leaves[j % POOL]);
                }
                stored.appendAll(leavesBatch);
                if (System.nanoTime() - lastReport > 10_000_000_000L) {
                    lastReport = System.nanoTime();
                    progress.printf("embedded load: %,d/%,d leaves (%,.0f leaves/s)%n", stored.size(), target,
                            stored.size() / seconds(t0));
                }
            }
            double loadSeconds = seconds(t0);
            long m = stored.size();
            progress.printf("embedded load: %,d leaves in %.0f s%n", m, loadSeconds);
            rows.add(new Row(String.format("Load %,d leaves into ledger_nodes, embedded server (leaves/s)%s", m,
                    m < target ? String.format(" — stopped at %d s of %,d", settings.mongoLoadSeconds(), target) : ""),
                    rate(m / loadSeconds), "", ""));
            if (!Arrays.equals(stored.root(m), tree.root(m))) {
                throw new IllegalStateException("the stored tree's root differs from the in-memory tree's");
            }
            proofRows("MongoTreeNodes, embedded server", stored, m);
            figures = new Figures(n, shaRate, shaSeconds, buildRate, verifyLeaves, verifyEvents, m, m / loadSeconds,
                    List.copyOf(proofs));
        }
        Files.deleteIfExists(file);

        String markdown = markdown(started);
        Files.createDirectories(settings.output().toAbsolutePath().getParent());
        Files.writeString(settings.output(), markdown, StandardCharsets.UTF_8);
        progress.printf("done in %.0f s; table in %s%n", seconds(started), settings.output());
        return markdown;
    }

    private double shaLoop(int n) {
        MessageDigest sha = sha256();
        long t0 = System.nanoTime();
        byte sink = 0;
        for (int i = 0; i < n; i++) {
            sink ^= sha.digest(leaves[i % POOL])[0];
        }
        double s = seconds(t0);
        if (sink == 42) {
            progress.print("");
        }
        return s;
    }

    /** What the verifier does per entry, minus the I/O: (the leaf from the event,) its hash, the running root. */
    private byte[] rootFromLeaves(int n, boolean fromEvents) {
        byte[][] peaks = new byte[64][];
        for (int i = 0; i < n; i++) {
            byte[] leaf = fromEvents ? StoredLeaf.bytes(i % POOL, events[i % POOL]) : leaves[i % POOL];
            byte[] hash = MerkleHash.leaf(leaf);
            int level = 0;
            long index = i;
            while ((index & 1) == 1) {
                hash = MerkleHash.node(peaks[level], hash);
                peaks[level] = null;
                level++;
                index >>= 1;
            }
            peaks[level] = hash;
        }
        byte[] root = null;
        for (byte[] peak : peaks) {
            if (peak != null) {
                root = root == null ? peak : MerkleHash.node(peak, root);
            }
        }
        return root == null ? MerkleHash.emptyRoot() : root;
    }

    private void proofRows(String store, MerkleTree tree, long size) {
        Random random = new Random(42);
        byte[] root = tree.root(size);
        int count = settings.proofs();
        long[] inclusion = new long[count];
        long[] consistency = new long[count];
        for (int warm = 0; warm < Math.min(count, 100); warm++) {
            tree.inclusionProof(random.nextLong(size), size);
        }
        for (int k = 0; k < count; k++) {
            long index = random.nextLong(size);
            long t0 = System.nanoTime();
            Proof proof = tree.inclusionProof(index, size);
            inclusion[k] = System.nanoTime() - t0;
            if (k < 10) {
                MerkleVerifier.verifyInclusion(index, size, MerkleHash.leaf(leaves[(int) (index % POOL)]),
                        proof.hashes(), root);
            }
        }
        for (int k = 0; k < count; k++) {
            long from = 1 + random.nextLong(size);
            long t0 = System.nanoTime();
            Proof proof = tree.consistencyProof(from, size);
            consistency[k] = System.nanoTime() - t0;
            if (k < 10) {
                MerkleVerifier.verifyConsistency(from, size, tree.root(from), root, proof.hashes());
            }
        }
        Arrays.sort(inclusion);
        Arrays.sort(consistency);
        proofs.add(new Proofs(store, size, inclusion[count / 2] / 1e6,
                inclusion[Math.min(count - 1, count * 99 / 100)] / 1e6, consistency[count / 2] / 1e6,
                consistency[Math.min(count - 1, count * 99 / 100)] / 1e6));
        rows.add(new Row(String.format("Inclusion proof at %,d entries, %s: p50 / p99 (ms)", size, store),
                ms(inclusion[count / 2]) + " / " + ms(inclusion[Math.min(count - 1, count * 99 / 100)]), "", ""));
        rows.add(new Row(String.format("Consistency proof to %,d entries, %s: p50 / p99 (ms)", size, store),
                ms(consistency[count / 2]) + " / " + ms(consistency[Math.min(count - 1, count * 99 / 100)]), "",
                ""));
        progress.printf("proofs (%s): inclusion p50 %s ms, consistency p50 %s ms%n", store,
                ms(inclusion[count / 2]), ms(consistency[count / 2]));
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** The figures of the last {@link #run()}; null before it finished. */
    public Figures figures() {
        return figures;
    }

    private String markdown(long started) {
        Runtime runtime = Runtime.getRuntime();
        StringBuilder out = new StringBuilder()
                .append("| measurement | ledger | plain SHA-256 loop, same leaf bytes | ratio |\n")
                .append("| --- | --- | --- | --- |\n");
        for (Row row : rows) {
            out.append("| ").append(row.measurement()).append(" | ").append(row.value()).append(" | ")
               .append(row.baseline()).append(" | ").append(row.ratio()).append(" |\n");
        }
        out.append('\n').append(String.format(Locale.ROOT,
                "%d cores, %s %s, max heap %d MB; %,d proofs per row; run took %.0f s.%n",
                runtime.availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), runtime.maxMemory() / (1024 * 1024), settings.proofs(),
                seconds(started)));
        return out.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%,.0f", perSecond);
    }

    private static String secs(double s) {
        return String.format(Locale.ROOT, "%.2f", s);
    }

    private static String ratio(double r) {
        return String.format(Locale.ROOT, "%.2f×", r);
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e6);
    }
}
