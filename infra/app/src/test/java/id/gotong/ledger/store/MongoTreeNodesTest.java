package id.gotong.ledger.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import id.gotong.embedded.EmbeddedMongoServer;
import id.gotong.ledger.InMemoryTreeNodes;
import id.gotong.ledger.MerkleTree;
import id.gotong.ledger.NodeId;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MongoTreeNodesTest {
    @TempDir
    static Path dir;
    static EmbeddedMongoServer server;
    static MongoClient client;

    @BeforeAll
    static void start() {
        server = EmbeddedMongoServer.start(dir.resolve("nodes.mv"), 0);
        client = MongoClients.create(server.connectionString());
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @Test
    void aTreeOnMongoMatchesTheInMemoryTreeAndReopensAtItsSize() {
        MongoDatabase db = client.getDatabase("tree");
        MerkleTree mongo = MerkleTree.create(new MongoTreeNodes(db));
        MerkleTree memory = MerkleTree.create(new InMemoryTreeNodes());
        List<byte[]> batch = new ArrayList<>();
        for (int i = 0; i < 37; i++) {
            batch.add(("leaf " + i).getBytes(StandardCharsets.UTF_8));
            if (batch.size() == 5 || i == 36) {
                mongo.appendAll(batch);
                memory.appendAll(batch);
                batch.clear();
            }
        }
        MerkleTree reopened = MerkleTree.open(new MongoTreeNodes(db), 37);
        for (long size = 0; size <= 37; size++) {
            assertThat(reopened.root(size)).isEqualTo(memory.root(size));
        }
        assertThat(reopened.inclusionProof(12, 30).hashes()).containsExactlyElementsOf(
                memory.inclusionProof(12, 30).hashes());
        assertThat(reopened.consistencyProof(7, 37).hashes()).containsExactlyElementsOf(
                memory.consistencyProof(7, 37).hashes());
        BsonDocument stored = db.getCollection(MongoTreeNodes.COLLECTION, BsonDocument.class).find().first();
        assertThat(stored.get("_id").isInt64()).isTrue();
        assertThat(stored.get("hash").isBinary()).isTrue();
    }

    @Test
    void rewritingTheSameHashIsFineButADifferentHashIsCorruption() {
        MongoTreeNodes nodes = new MongoTreeNodes(client.getDatabase("idempotent"));
        byte[] a = new byte[32];
        byte[] b = new byte[32];
        b[0] = 1;
        nodes.putAll(Map.of(new NodeId(0, 1), a, new NodeId(1, 0), b));
        nodes.putAll(Map.of(new NodeId(0, 1), a, new NodeId(0, 2), b));  // a retried batch, partly new
        assertThat(nodes.get(List.of(new NodeId(0, 1), new NodeId(0, 2), new NodeId(1, 0), new NodeId(5, 0))))
                .containsOnlyKeys(new NodeId(0, 1), new NodeId(0, 2), new NodeId(1, 0));
        assertThatThrownBy(() -> nodes.putAll(Map.of(new NodeId(0, 3), a, new NodeId(1, 0), a)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("1/0");
        assertThat(MongoTreeNodes.key(new NodeId(3, 5))).isEqualTo((3L << 56) | 5);
    }
}
