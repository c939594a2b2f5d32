package id.gotong.projection;

import com.mongodb.client.MongoClient;
import id.gotong.api.ApiTestSupport;
import id.gotong.config.StoreProperties;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A rebuild while another query process holds a segment of the projection would let that process project into the
 * read models the rebuild replaces; it is refused and changes nothing, and this process's projection goes on.
 */
class RebuildBesideAnotherQueryProcessTest extends ApiTestSupport {

    @Autowired
    Rebuilds rebuilds;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    MongoClient client;
    @Autowired
    StoreProperties store;
    @Autowired
    Serializer serializer;

    @Test
    void whenAnotherProcessHoldsASegment_thenTheRebuildIsRefusedAndTheProjectionResumes() {
        StreamingEventProcessor processor = processing
                .eventProcessor(LiveProjection.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        TokenStore other = MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client, store.database()).build())
                .serializer(serializer).contentType(String.class).nodeId("another-query-process").build();
        await().atMost(Duration.ofSeconds(30)).until(() -> other.fetchSegments(LiveProjection.PROCESSING_GROUP)
                .length > 0);
        processor.shutDown();
        other.fetchToken(LiveProjection.PROCESSING_GROUP, 0);  // the other process claims the released segment
        try {
            processor.start();
            assertThatThrownBy(() -> rebuilds.runNow())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("claimed by another query process");
            assertThat(rebuilds.status().state()).isEqualTo(Rebuilds.State.FAILED);
            assertThat(processor.isRunning()).isTrue();
        } finally {
            other.releaseClaim(LiveProjection.PROCESSING_GROUP, 0);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> processor.processingStatus().containsKey(0));
    }
}
