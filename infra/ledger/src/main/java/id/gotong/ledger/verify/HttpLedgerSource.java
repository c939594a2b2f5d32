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

/**
 * Reads the ledger through its API ({@code /api/ledger/...}) with {@link HttpClient}. The leaves of entries are served
 * to auditors and the operator only, so a full verification over HTTP needs one of their bearer credentials.
 */
public final class HttpLedgerSource implements LedgerSource {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String token;

    public HttpLedgerSource(String server) {
        this(server, null);
    }

    /** @param token a bearer credential of an auditor or the operator, or {@code null} */
    public HttpLedgerSource(String server, String token) {
        this.token = token;
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
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
