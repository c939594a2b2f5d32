package id.gotong.ledger.verify;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Reads the ledger through its public API ({@code /api/ledger/...}) with {@link HttpClient}. */
public final class HttpLedgerSource implements LedgerSource {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public HttpLedgerSource(String server) {
        this.base = server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
    }

    @Override
    public String checkpointNote() throws IOException, InterruptedException {
        return get("/api/ledger/checkpoint");
    }

    @Override
    public List<Entry> entries(long start, long end) throws IOException, InterruptedException {
        JsonNode page = JSON.readTree(get("/api/ledger/entries?start=" + start + "&end=" + end));
        List<Entry> entries = new ArrayList<>();
        for (JsonNode e : page) {
            entries.add(new Entry(e.get("index").asLong(), bytes(e.get("leaf")), bytes(e.get("leafHash")),
                    e.get("event")));
        }
        return entries;
    }

    @Override
    public List<byte[]> consistencyProof(long from, long to) throws IOException, InterruptedException {
        JsonNode proof = JSON.readTree(get("/api/ledger/proof/consistency?from=" + from + "&to=" + to));
        List<byte[]> hashes = new ArrayList<>();
        for (JsonNode hash : proof.get("proof")) {
            hashes.add(Base64.getDecoder().decode(hash.asString()));
        }
        return hashes;
    }

    private static byte[] bytes(JsonNode value) {
        return value == null || value.isNull() ? null : Base64.getDecoder().decode(value.asString());
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
