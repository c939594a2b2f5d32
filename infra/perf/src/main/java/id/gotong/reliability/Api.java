package id.gotong.reliability;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The application's HTTP API as a client sees it: JSON in, status, body and latency out. */
public final class Api {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** One answer; {@code body} is null when it is not JSON. */
    public record Answer(int status, String text, JsonNode body, long nanos, String retryAfter) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final URI base;
    private final HttpClient http;
    private final Duration timeout;

    public Api(URI base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public URI base() {
        return base;
    }

    public Answer post(String credential, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "{}" : JSON.writeValueAsString(body)));
        if (credential != null) {
            request.header("Authorization", "Bearer " + credential);
        }
        return send(request.build());
    }

    public Answer get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).GET().build());
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - started;
        JsonNode body = null;
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (type.contains("json") && !response.body().isEmpty()) {
            body = JSON.readTree(response.body());
        }
        return new Answer(response.statusCode(), response.body(), body, nanos,
                response.headers().firstValue("Retry-After").orElse(null));
    }
}
