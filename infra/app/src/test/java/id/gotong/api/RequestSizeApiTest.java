package id.gotong.api;

import id.gotong.events.Sector;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Flux;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 256 KB body limit holds for a chunked body too: without a Content-Length the server cannot refuse up front, so
 * the codec stops reading at the limit and the request is answered 413 all the same, appending nothing.
 */
class RequestSizeApiTest extends ActApiTestSupport {

    @Test
    void aChunkedBodyOverTheLimitIsRefused413() {
        Registered lead = givenStakeholder("Dinas Komunikasi", Sector.GOVERNMENT);
        String collaboration = givenCollaboration(lead);
        // {"kind":"GOAL","statement":"xxxx..."} sent as 40 chunks of 8 KB: 320 KB in all.
        Flux<DataBuffer> chunks = Flux.range(0, 42).map(i -> {
            String text = i == 0 ? "{\"kind\":\"GOAL\",\"statement\":\"" : i == 41 ? "\"}" : "x".repeat(8192);
            return DefaultDataBufferFactory.sharedInstance.wrap(text.getBytes(StandardCharsets.UTF_8));
        });

        var result = refused(413, "body-size-limit", () -> web.post().uri("/api/collaborations/" + collaboration + "/goals")
                .headers(h -> {
                    h.setBearerAuth(lead.credential());
                    h.remove(HttpHeaders.CONTENT_LENGTH);
                })
                .contentType(MediaType.APPLICATION_JSON)
                .body(BodyInserters.fromDataBuffers(chunks))
                .exchange()).returnResult();

        assertThat(result.getRequestHeaders().getContentLength()).as("sent without Content-Length").isEqualTo(-1);
    }
}
