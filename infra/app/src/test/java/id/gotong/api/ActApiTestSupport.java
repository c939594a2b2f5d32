package id.gotong.api;

import com.mongodb.client.MongoDatabase;
import id.gotong.act.AppendedEvents;
import id.gotong.eventstore.MongoLedgerStorageEngine;
import id.gotong.web.Recorded;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.LongStream;

import static com.mongodb.client.model.Filters.in;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the tests of the act endpoints share: acting over HTTP as a registered stakeholder, checking that an accepted
 * act appended its events at the next positions of the ledger, and that a refused one appended nothing.
 */
public abstract class ActApiTestSupport extends ApiTestSupport {

    @Autowired
    protected MongoLedgerStorageEngine ledger;
    @Autowired
    protected MongoDatabase database;

    protected WebTestClient.ResponseSpec post(Registered caller, String uri, Object body) {
        return post(caller, uri, body, headers -> { });
    }

    protected WebTestClient.ResponseSpec post(Registered caller, String uri, Object body,
                                              Consumer<HttpHeaders> headers) {
        WebTestClient.RequestBodySpec request = web.post().uri(uri)
                .headers(h -> h.setBearerAuth(caller.credential()))
                .headers(headers);
        return body == null ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /**
     * Sends the request and asserts it was answered with {@code status} and the {@code Recorded} body of
     * {@code eventTypes}, appended at the next positions of the ledger.
     */
    protected Recorded accepted(int status, Supplier<WebTestClient.ResponseSpec> request, String... eventTypes) {
        long next = ledger.nextPosition();
        Recorded recorded = request.get()
                .expectStatus().isEqualTo(status)
                .expectBody(Recorded.class).returnResult().getResponseBody();
        assertThat(recorded).isNotNull();
        assertThat(recorded.events()).extracting(AppendedEvents.Appended::position)
                .containsExactlyElementsOf(LongStream.range(next, next + eventTypes.length).boxed().toList());
        assertThat(storedTypes(recorded)).containsExactly(eventTypes);
        assertThat(ledger.nextPosition()).isEqualTo(next + eventTypes.length);
        return recorded;
    }

    /** Sends the request and asserts it was refused with {@code status} and {@code rule}, appending nothing. */
    protected WebTestClient.BodyContentSpec refused(int status, String rule,
                                                    Supplier<WebTestClient.ResponseSpec> request) {
        long next = ledger.nextPosition();
        WebTestClient.BodyContentSpec problem = request.get()
                .expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.rule").isEqualTo(rule);
        assertThat(ledger.nextPosition()).as("a refused request appends nothing").isEqualTo(next);
        return problem;
    }

    /** The simple payload type names of the recorded events, as stored, in the order the answer lists them. */
    protected List<String> storedTypes(Recorded recorded) {
        List<String> ids = recorded.events().stream().map(AppendedEvents.Appended::eventId).toList();
        Map<String, String> types = new HashMap<>();
        for (Document commit : database.getCollection("events").find(in("eventIds", ids))) {
            for (Document event : commit.getList("events", Document.class)) {
                String type = event.getString("payloadType");
                types.put(event.getString("eventId"), type.substring(type.lastIndexOf('$') + 1));
            }
        }
        return ids.stream().map(types::get).toList();
    }

    /** The current state as the operator reads it, every field included (others may read less: docs/security.md). */
    protected WebTestClient.BodyContentSpec state(String uri, String etag) {
        return web.get().uri(uri).headers(h -> h.setBearerAuth(operatorToken())).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"" + etag + "\"")
                .expectBody();
    }

    protected static Consumer<HttpHeaders> ifMatch(String etag) {
        return headers -> headers.setIfMatch("\"" + etag + "\"");
    }
}
