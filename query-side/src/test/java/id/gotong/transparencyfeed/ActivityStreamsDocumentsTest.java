package id.gotong.transparencyfeed;

import id.gotong.events.MeetingEvent.MeetingConvened;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shape of the Activity Streams documents: collection, pages, activities and their ledger links. */
class ActivityStreamsDocumentsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Links LINKS = new Links("https://gotong.example", TransparencyFeed.DEFAULT_SIZE);

    @Test
    void anActInTheLatestCheckpointLinksToItsInclusionProofAtThatSize() {
        PublicAct act = EveryPublicAct.publicAct(MeetingConvened.class);
        JsonNode item = JSON.readTree(new As2(LINKS).item(act, act.position() + 1));
        assertThat(item.get("inclusionProof").asString()).isEqualTo(
                "https://gotong.example/api/ledger/proof/inclusion?index=" + act.position() + "&treeSize="
                        + (act.position() + 1));
        assertThat(item.has("awaitingCheckpoint")).isFalse();
    }

    @Test
    void anActNewerThanTheCheckpointPointsAtTheCheckpointItWaitsFor() {
        PublicAct act = EveryPublicAct.publicAct(MeetingConvened.class);
        for (Long treeSize : new Long[]{act.position(), null}) {
            JsonNode item = JSON.readTree(new As2(LINKS).item(act, treeSize));
            assertThat(item.has("inclusionProof")).isFalse();
            assertThat(item.get("awaitingCheckpoint").asString())
                    .isEqualTo("https://gotong.example/api/ledger/checkpoint");
        }
    }

    @Test
    void anActivityCarriesItsIdentityActorObjectContextAndTimes() {
        PublicAct act = EveryPublicAct.publicAct(MeetingConvened.class);
        JsonNode item = JSON.readTree(new As2(LINKS).item(act, null));
        assertThat(item.get("@context").get(0).asString()).isEqualTo("https://www.w3.org/ns/activitystreams");
        assertThat(item.get("id").asString()).isEqualTo("urn:uuid:" + act.eventId());
        assertThat(item.get("type").asString()).isEqualTo("Create");
        assertThat(item.get("eventType").asString()).isEqualTo("MeetingConvened");
        assertThat(item.get("ledgerIndex").asLong()).isEqualTo(act.position());
        assertThat(item.get("url").asString()).isEqualTo("https://gotong.example/api/feed/items/" + act.position());
        assertThat(item.at("/actor/type").asString()).isEqualTo("Organization");
        assertThat(item.at("/actor/name").asString()).isEqualTo("Bappeda Kabupaten Toba");
        assertThat(item.at("/actor/sector").asString()).isEqualTo("GOVERNMENT");
        assertThat(item.at("/object/type").asString()).isEqualTo("Event");
        assertThat(item.at("/object/id").asString()).isEqualTo("https://gotong.example/api/meetings/mtg-forum-spbe");
        assertThat(item.at("/context/type").asString()).isEqualTo("Group");
        assertThat(item.at("/context/name").asString()).isEqualTo("Toba Smart Governance");
        assertThat(item.get("published").asString()).isEqualTo("2024-02-01T02:00:00Z");
        assertThat(item.get("recorded").asString()).isEqualTo("2024-07-01T03:00:00.123456Z");
        assertThat(item.at("/details/invitees/0/name").asString()).isEqualTo("Bappeda Kabupaten Toba");
        assertThat(item.at("/details/scheduledAt").asString()).isEqualTo("2024-02-15T02:00:00Z");
    }

    @Test
    void aPageLinksToTheCollectionAndTheOlderAndNewerPages() {
        TransparencyFeed.Page page = new TransparencyFeed.Page(EveryPublicAct.publicActs().subList(0, 2), 100L, 101L);
        JsonNode document = JSON.readTree(new As2(LINKS).page(new TransparencyFeed.Scope("toba"),
                Cursor.before(102), 2, page, null));
        assertThat(document.get("type").asString()).isEqualTo("OrderedCollectionPage");
        assertThat(document.get("id").asString())
                .isEqualTo("https://gotong.example/api/collaborations/toba/feed?before=102&size=2");
        assertThat(document.get("partOf").asString()).isEqualTo("https://gotong.example/api/collaborations/toba/feed");
        assertThat(document.get("next").asString())
                .isEqualTo("https://gotong.example/api/collaborations/toba/feed?before=100&size=2");
        assertThat(document.get("prev").asString())
                .isEqualTo("https://gotong.example/api/collaborations/toba/feed?after=101&size=2");
        assertThat(document.get("orderedItems")).hasSize(2);
        assertThat(document.get("orderedItems").get(0).has("@context")).isFalse();
    }

    @Test
    void theCollectionCountsItsItemsAndLinksToTheNewestAndOldestPage() {
        JsonNode collection = JSON.readTree(new As2(LINKS).collection(TransparencyFeed.Scope.ALL, "Gotong", 34, 50));
        assertThat(collection.get("type").asString()).isEqualTo("OrderedCollection");
        assertThat(collection.get("totalItems").asLong()).isEqualTo(34);
        assertThat(collection.get("first").asString()).isEqualTo("https://gotong.example/api/feed?page=first");
        assertThat(collection.get("last").asString()).isEqualTo("https://gotong.example/api/feed?page=last");
    }

    @Test
    void theExtensionContextDefinesEveryTermGotongAdds() {
        JsonNode extension = As2.context().get(1);
        assertThat(extension.get("gotong").asString()).isEqualTo("https://gotong.id/ns/transparency#");
        assertThat(List.of("eventType", "ledgerIndex", "recorded", "authority", "evidences", "sector", "details",
                "inclusionProof", "awaitingCheckpoint")).allSatisfy(term -> assertThat(extension.has(term)).isTrue());
    }
}
