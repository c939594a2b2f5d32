package id.gotong.ledger.web;

import id.gotong.ledger.MerkleHash;
import id.gotong.ledger.TileRoots;
import id.gotong.ledger.Tiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The log as C2SP tlog-tiles over HTTP: a client rebuilds the signed root from tiles and entry bundles alone. */
class LedgerTilesTest extends LedgerTlogTestSupport {

    private byte[] fetch(String path, boolean full) {
        EntityExchangeResult<byte[]> result = web.get().uri("/api/ledger/tile/" + path)
                .headers(h -> {
                    if (path.startsWith("entries/")) {
                        h.setBearerAuth(operatorToken());
                    }
                }).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .expectBody(byte[].class).returnResult();
        assertThat(result.getResponseHeaders().getFirst(HttpHeaders.CACHE_CONTROL)).isEqualTo(full
                ? "max-age=31536000, public, immutable" : "max-age=60, public");
        return result.getResponseBody();
    }

    @Test
    void theSignedRootRecomputesFromFetchedTilesAlone() {
        long size = checkpoint.treeSize();
        List<String> paths = new ArrayList<>();
        byte[] root = TileRoots.root(size, (level, index, width) -> {
            String path = new Tiles.Tile(false, level, index, width).path();
            paths.add(path);
            return fetch(path, width == Tiles.WIDTH);
        });
        assertThat(root).isEqualTo(checkpoint.rootHash());
        // 1000 = 512 + 256 (level-1 hashes 0-2) + 128 + 64 + 32 + 8 (the partial level-0 tile of 232)
        assertThat(paths).containsExactlyInAnyOrder("1/000.p/" + size / 256, "0/003.p/" + size % 256);
    }

    @Test
    void entryBundlesHoldTheLeavesOfTheLevelZeroTiles() {
        long size = checkpoint.treeSize();
        long position = 0;
        for (long n = 0; n * 256 < size; n++) {
            int width = (int) Math.min(256, size - n * 256);
            String suffix = String.format("%03d", n) + (width == 256 ? "" : ".p/" + width);
            byte[] tile = fetch("0/" + suffix, width == 256);
            ByteBuffer bundle = ByteBuffer.wrap(fetch("entries/" + suffix, width == 256));
            List<byte[]> leaves = new ArrayList<>();
            while (bundle.hasRemaining()) {
                byte[] leaf = new byte[Short.toUnsignedInt(bundle.getShort())];
                bundle.get(leaf);
                leaves.add(leaf);
            }
            assertThat(leaves).hasSize(width);
            for (int i = 0; i < width; i++) {
                assertThat(MerkleHash.leaf(leaves.get(i))).isEqualTo(Arrays.copyOfRange(tile, i * 32, i * 32 + 32));
            }
            JsonNode entries = JsonMapper.builder().build().readTree(web.get()
                    .uri("/api/ledger/entries?start=" + (n * 256) + "&end=" + (n * 256 + 2))
                    .headers(h -> h.setBearerAuth(operatorToken())).exchange()
                    .expectBody(String.class).returnResult().getResponseBody());
            assertThat(leaves.get(1)).isEqualTo(Base64.getDecoder().decode(entries.get(1).get("leaf").asString()));
            position += width;
        }
        assertThat(position).isEqualTo(size);
        // A narrower partial tile of a full one is its prefix.
        assertThat(fetch("0/000.p/10", false)).isEqualTo(Arrays.copyOf(fetch("0/000", true), 320));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0/004", "0/003", "0/003.p/255", "1/000", "1/000.p/4", "2/000.p/1", "7/000.p/1",
            "63/000.p/1", "entries/003", "entries/004.p/1", "0/x999/x999/x999/x999/x999/x999/x999/999"})
    void tilesBeyondTheTreeAre404Problems(String path) {
        web.get().uri("/api/ledger/tile/" + path).headers(h -> h.setBearerAuth(operatorToken())).exchange()
           .expectStatus().isNotFound()
           .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
           .expectBody()
           .jsonPath("$.type").isEqualTo("https://gotong.id/problems/tile-beyond-tree")
           .jsonPath("$.field").isEqualTo("path")
           .jsonPath("$.rule").isEqualTo("within-tree");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0/3", "00/000", "64/000", "0/x000/003", "0/000.p/0", "0/000.p/256", "0/000.p/010",
            "x/000", "entries", "0", "0/000/"})
    void malformedTilePathsAre400Problems(String path) {
        web.get().uri("/api/ledger/tile/" + path).exchange()
           .expectStatus().isBadRequest()
           .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
           .expectBody()
           .jsonPath("$.type").isEqualTo("https://gotong.id/problems/invalid-tile-path")
           .jsonPath("$.field").isEqualTo("path")
           .jsonPath("$.rule").isEqualTo("tlog-tiles-path");
    }

    @Test
    void theCheckpointIsNotCached() {
        web.get().uri("/api/ledger/checkpoint").exchange()
           .expectStatus().isOk()
           .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache")
           .expectHeader().contentType("text/plain;charset=UTF-8");
    }
}
