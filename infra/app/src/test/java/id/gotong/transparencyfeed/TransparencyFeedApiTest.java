package id.gotong.transparencyfeed;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import id.gotong.api.ApiTestSupport;
import id.gotong.eventstore.MongoLedgerStorageEngine;
import id.gotong.events.MeetingEvent.Attendance;
import id.gotong.events.MeetingEvent.AttendanceStatus;
import id.gotong.events.MeetingEvent.Channel;
import id.gotong.events.MeetingEvent.Formality;
import id.gotong.events.Sector;
import id.gotong.events.SharedGoalEvent.GoalKind;
import id.gotong.events.PersonalData;
import id.gotong.goal.ProposeSharedGoal;
import id.gotong.ledger.store.LedgerStore;
import id.gotong.meeting.CloseMeeting;
import id.gotong.meeting.ConveneMeeting;
import id.gotong.meeting.RecordAttendance;
import id.gotong.meeting.RecordMinutes;
import id.gotong.projection.Changes;
import id.gotong.projection.Projected;
import id.gotong.projection.ReadModels;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The transparency feeds over real HTTP: a collaboration whose meeting was attended by a private person on behalf of a
 * member, read as Atom with ROME and as Activity Streams with a JSON-LD processor, paged, cached and streamed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransparencyFeedApiTest extends ApiTestSupport {

    private static final String PRIVATE_PERSON = "Budi Santoso";
    private static final String AS = "https://www.w3.org/ns/activitystreams#";
    private static final String GOTONG = "https://gotong.id/ns/transparency#";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MongoLedgerStorageEngine engine;
    @Autowired
    ReadModels models;
    @Autowired
    Changes changes;
    @Autowired
    LedgerStore ledger;
    Projected projected;

    Registered lead;
    Registered university;
    Registered secretary;
    String collaboration;
    /** The collaboration the tests that record more acts add to, so the others can count on theirs. */
    String changing;

    @BeforeAll
    void record() {
        projected = new Projected(models, changes, engine);
        lead = givenStakeholder("Diskominfo Kabupaten Toba", Sector.GOVERNMENT);
        university = givenStakeholder("Institut Teknologi Del", Sector.ACADEMIA);
        secretary = givenStakeholder("Bappeda Kabupaten Toba", Sector.GOVERNMENT);
        collaboration = givenCollaboration(lead, university, secretary);
        String meeting = unique("mtg");
        commands.sendAndWait(new ConveneMeeting(meeting, secretary.id(), Instant.parse("2024-02-01T02:00:00Z"),
                collaboration, "Forum SPBE", List.of("Paparan oleh " + PRIVATE_PERSON),
                Instant.parse("2024-02-15T02:00:00Z"), Formality.FORMAL, Channel.IN_PERSON,
                Set.of(lead.id(), university.id(), secretary.id())));
        commands.sendAndWait(new RecordAttendance(meeting, secretary.id(), Instant.parse("2024-02-15T05:00:00Z"),
                List.of(new Attendance(lead.id(), AttendanceStatus.PRESENT, null),
                        new Attendance(university.id(), AttendanceStatus.REPRESENTED,
                                PersonalData.of("ds-budi-santoso", PRIVATE_PERSON)),
                        new Attendance(secretary.id(), AttendanceStatus.PRESENT, null))));
        commands.sendAndWait(new RecordMinutes(meeting, secretary.id(), Instant.parse("2024-02-15T06:00:00Z"),
                "Dipimpin " + PRIVATE_PERSON, PRIVATE_PERSON + " mengusulkan asesmen pusat data",
                List.of(PRIVATE_PERSON + " menyiapkan data")));
        commands.sendAndWait(new CloseMeeting(meeting, secretary.id(), Instant.parse("2024-02-15T07:00:00Z")));
        givenCollaboration(university);
        changing = givenCollaboration(lead, university);
        settled();
    }

    /** Waits until the read models hold every event and the latest checkpoint covers them: no sleeping. */
    private void settled() {
        projected.await(engine.nextPosition() - 1);
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            LedgerStore.StoredCheckpoint checkpoint = ledger.latestCheckpoint();
            return checkpoint != null && checkpoint.treeSize() == engine.nextPosition();
        });
    }

    @Test
    void aCollaborationsAtomFeedParsesWithRomeNewestFirstWithOneEntryPerAct() throws Exception {
        settled();
        byte[] body = web.get().uri("/api/collaborations/{id}/feed.atom", collaboration).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("application/atom+xml")
                .expectHeader().valueEquals(HttpHeaders.CONTENT_LANGUAGE, "id")
                .expectBody().returnResult().getResponseBody();
        SyndFeed feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(body)));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).isEqualTo("Gotong: Toba Smart Governance");
        List<Long> positions = positions(Filters.eq("collaborationId", collaboration));
        assertThat(feed.getEntries()).hasSize(positions.size());
        assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).startsWith(
                "Rapat ditutup: Forum SPBE", "Notulensi rapat dicatat: Forum SPBE",
                "Kehadiran rapat dicatat: Forum SPBE", "Undangan rapat: Forum SPBE");
        assertThat(feed.getEntries()).last().extracting(SyndEntry::getTitle)
                .isEqualTo("Kolaborasi didaftarkan: Toba Smart Governance");
        SyndEntry attendance = feed.getEntries().get(2);
        assertThat(attendance.getAuthor()).isEqualTo("Bappeda Kabupaten Toba");
        assertThat(attendance.getDescription().getValue()).isEqualTo("Bappeda Kabupaten Toba mencatat kehadiran rapat"
                + " “Forum SPBE”: 2 pihak hadir, 1 diwakili, 0 tidak hadir.");
        assertThat(attendance.getPublishedDate()).isEqualTo(Instant.parse("2024-02-15T05:00:00Z"));
        assertThat(attendance.getUpdatedDate()).isNotNull();
        assertThat(attendance.getLink()).endsWith("/api/feed/items/" + positions.get(2));

        Feed atom = (Feed) new WireFeedInput().build(new XmlReader(new ByteArrayInputStream(body)));
        long treeSize = ledger.latestCheckpoint().treeSize();
        for (int i = 0; i < atom.getEntries().size(); i++) {
            Entry entry = atom.getEntries().get(i);
            assertThat(entry.getId()).startsWith("urn:uuid:");
            long index = positions.get(i);
            assertThat(entry.getOtherLinks()).anySatisfy(link -> {
                assertThat(link.getRel()).isEqualTo(Atom.INCLUSION_PROOF);
                assertThat(link.getHref()).startsWith("http://localhost:")
                        .endsWith("/api/ledger/proof/inclusion?index=" + index + "&treeSize=" + treeSize);
            });
            assertThat(entry.getForeignMarkup()).anySatisfy(element -> {
                assertThat(element.getName()).isEqualTo("ledgerIndex");
                assertThat(element.getText()).isEqualTo(Long.toString(index));
            });
            assertThat(entry.getCategories()).anySatisfy(category -> {
                assertThat(category.getScheme()).isEqualTo(Atom.COLLABORATION);
                assertThat(category.getTerm()).isEqualTo(collaboration);
            });
        }
        assertThat(atom.getOtherLinks()).extracting(Link::getRel).contains("self", "first", "last");
        assertThat(new String(body, StandardCharsets.UTF_8)).doesNotContain("Budi");
    }

    @Test
    void theWholeAtomFeedStartsWithTheLatestActOfAnyCollaboration() throws Exception {
        settled();
        byte[] body = web.get().uri("/feed.atom").exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseBody();
        SyndFeed feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(body)));
        Document newest = models.acts().find().sort(Sorts.descending("_id")).first();
        assertThat(feed.getTitle()).isEqualTo("Gotong: tindakan publik semua kolaborasi");
        assertThat(feed.getEntries().get(0).getUri()).isEqualTo("urn:uuid:" + newest.getString("eventId"));
        assertThat(feed.getEntries()).extracting(SyndEntry::getTitle)
                .contains("Kolaborasi didaftarkan: Toba Smart Governance");
    }

    @Test
    void theActivityStreamsPageExpandsAgainstTheActivityStreamsContextWithEveryTermDefined() throws Exception {
        settled();
        byte[] body = web.get().uri("/api/collaborations/{id}/feed?page=first", collaboration).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(As2.MEDIA_TYPE)
                .expectBody().returnResult().getResponseBody();
        List<String> loaded = new ArrayList<>();
        JsonArray expanded = JsonLd.expand(JsonDocument.of(new ByteArrayInputStream(body)))
                .loader(offline(loaded)).get();
        assertThat(loaded).containsExactly(As2.CONTEXT);
        assertThat(keys(expanded)).noneMatch(key -> key.startsWith("_:"));

        JsonObject page = expanded.getJsonObject(0);
        assertThat(strings(page.getJsonArray("@type"))).containsExactly(AS + "OrderedCollectionPage");
        assertThat(page.getJsonArray(AS + "partOf").getJsonObject(0).getString("@id"))
                .endsWith("/api/collaborations/" + collaboration + "/feed");
        JsonArray items = page.getJsonArray(AS + "items").getJsonObject(0).getJsonArray("@list");
        List<Long> positions = positions(Filters.eq("collaborationId", collaboration));
        assertThat(items).hasSize(positions.size());
        long treeSize = ledger.latestCheckpoint().treeSize();
        for (int i = 0; i < items.size(); i++) {
            JsonObject item = items.getJsonObject(i);
            assertThat(item.getString("@id")).startsWith("urn:uuid:");
            assertThat(item.getJsonArray(GOTONG + "ledgerIndex").getJsonObject(0).getJsonNumber("@value").longValue())
                    .isEqualTo(positions.get(i));
            assertThat(item.getJsonArray(AS + "published").getJsonObject(0).getString("@type"))
                    .isEqualTo("http://www.w3.org/2001/XMLSchema#dateTime");
            assertThat(item.getJsonArray(GOTONG + "recorded")).hasSize(1);
            assertThat(item.getJsonArray(AS + "actor").getJsonObject(0).getJsonArray(AS + "name")).hasSize(1);
            assertThat(item.getJsonArray(GOTONG + "inclusionProof").getJsonObject(0).getString("@id"))
                    .endsWith("/api/ledger/proof/inclusion?index=" + positions.get(i) + "&treeSize=" + treeSize);
            assertThat(item.getJsonArray(GOTONG + "details").getJsonObject(0).getString("@type")).isEqualTo("@json");
        }
        JsonObject convened = items.getJsonObject(3);
        assertThat(strings(convened.getJsonArray("@type"))).containsExactly(AS + "Create");
        JsonObject meeting = convened.getJsonArray(AS + "object").getJsonObject(0);
        assertThat(strings(meeting.getJsonArray("@type"))).containsExactly(AS + "Event");
        assertThat(meeting.getJsonArray(AS + "startTime").getJsonObject(0).getString("@value"))
                .isEqualTo("2024-02-15T02:00:00Z");
        assertThat(convened.getJsonArray(AS + "context").getJsonObject(0).getString("@id"))
                .endsWith("/api/collaborations/" + collaboration);
        assertThat(new String(body, StandardCharsets.UTF_8)).doesNotContain("Budi");
    }

    @Test
    void nextLinksWalkEveryActOnceNewestFirstAndPrevLinksWalkThemBack() {
        settled();
        List<Long> all = positions(Filters.empty());
        Map<?, ?> collection = json("/api/feed?size=7");
        assertThat(collection.get("type")).isEqualTo("OrderedCollection");
        assertThat(((Number) collection.get("totalItems")).longValue()).isEqualTo(all.size());

        List<Long> forward = new ArrayList<>();
        for (String next = (String) collection.get("first"); next != null; ) {
            Map<?, ?> page = json(next);
            assertThat(page.get("type")).isEqualTo("OrderedCollectionPage");
            assertThat(ledgerIndexes(page)).hasSizeLessThanOrEqualTo(7);
            forward.addAll(ledgerIndexes(page));
            next = (String) page.get("next");
        }
        assertThat(forward).containsExactlyElementsOf(all);

        List<Long> backward = new ArrayList<>();
        for (String prev = (String) collection.get("last"); prev != null; ) {
            Map<?, ?> page = json(prev);
            List<Long> items = ledgerIndexes(page);
            assertThat(items).isSortedAccordingTo(Comparator.reverseOrder());
            backward.addAll(0, items);
            prev = (String) page.get("prev");
        }
        assertThat(backward).containsExactlyElementsOf(all);
    }

    @Test
    void atomNextLinksWalkACollaborationsEntriesOnce() throws Exception {
        settled();
        List<String> ids = new ArrayList<>();
        String next = "/api/collaborations/" + collaboration + "/feed.atom?size=3";
        while (next != null) {
            byte[] body = web.get().uri(next).exchange().expectStatus().isOk()
                    .expectBody().returnResult().getResponseBody();
            Feed page = (Feed) new WireFeedInput().build(new XmlReader(new ByteArrayInputStream(body)));
            page.getEntries().forEach(entry -> ids.add(entry.getId()));
            next = page.getOtherLinks().stream().filter(link -> link.getRel().equals("next")).map(Link::getHref)
                    .findFirst().orElse(null);
        }
        List<String> expected = new ArrayList<>();
        for (Document act : models.acts().find(Filters.eq("collaborationId", collaboration))
                .sort(Sorts.descending("_id"))) {
            expected.add("urn:uuid:" + act.getString("eventId"));
        }
        assertThat(ids).containsExactlyElementsOf(expected);
    }

    @Test
    void everyFeedDocumentAnswersAMatchingConditionalRequestWith304UntilTheCollaborationChanges() {
        settled();
        List<String> documents = List.of("/api/collaborations/" + collaboration + "/feed.atom",
                "/api/collaborations/" + collaboration + "/feed?page=first",
                "/api/collaborations/" + collaboration + "/feed", "/feed.atom", "/api/feed", "/api/feed?page=last",
                "/api/feed/items/" + positions(Filters.eq("collaborationId", collaboration)).get(0));
        for (String uri : documents) {
            EntityExchangeResult<byte[]> first = web.get().uri(uri).exchange().expectStatus().isOk()
                    .expectBody().returnResult();
            HttpHeaders headers = first.getResponseHeaders();
            assertThat(headers.getETag()).as(uri).isNotNull();
            assertThat(headers.getLastModified()).as(uri).isPositive();
            assertThat(headers.getCacheControl()).as(uri).contains("no-cache");
            web.get().uri(uri).ifNoneMatch(headers.getETag()).exchange()
                    .expectStatus().isNotModified()
                    .expectHeader().valueEquals(HttpHeaders.ETAG, headers.getETag())
                    .expectBody().isEmpty();
            web.get().uri(uri).ifModifiedSince(ZonedDateTime.ofInstant(
                            Instant.ofEpochMilli(headers.getLastModified()), ZoneOffset.UTC)).exchange()
                    .expectStatus().isNotModified();
            web.get().uri(uri).ifNoneMatch("\"something-else\"").exchange().expectStatus().isOk();
        }

        String atom = "/api/collaborations/" + changing + "/feed.atom";
        String before = web.get().uri(atom).exchange().expectBody().returnResult().getResponseHeaders().getETag();
        commands.sendAndWait(new ProposeSharedGoal(unique("goal"), lead.id(), Instant.parse("2024-03-01T00:00:00Z"),
                changing, GoalKind.GOAL, "Indeks SPBE di atas batas minimal nasional"));
        settled();
        String after = web.get().uri(atom).ifNoneMatch(before).exchange()
                .expectStatus().isOk()
                .expectBody().returnResult().getResponseHeaders().getETag();
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void eachItemsInclusionProofIsServedByTheLedgerForItsIndex() {
        settled();
        Map<?, ?> page = json("/api/collaborations/" + collaboration + "/feed?page=first");
        for (Object item : (List<?>) page.get("orderedItems")) {
            Map<?, ?> activity = (Map<?, ?>) item;
            String proof = (String) activity.get("inclusionProof");
            assertThat(activity.get("awaitingCheckpoint")).isNull();
            web.get().uri(URI.create(proof)).exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.index").isEqualTo(((Number) activity.get("ledgerIndex")).intValue())
                    .jsonPath("$.proof").isArray();
            web.get().uri(URI.create((String) activity.get("url"))).exchange().expectStatus().isOk()
                    .expectHeader().contentType(As2.MEDIA_TYPE)
                    .expectBody().jsonPath("$.id").isEqualTo(activity.get("id"))
                    .jsonPath("$['@context'][0]").isEqualTo(As2.CONTEXT);
        }
    }

    @Test
    void theStreamDeliversEachNewPublicActAsAnActivity() {
        settled();
        Flux<ServerSentEvent<Map<String, Object>>> stream = web.get().uri("/api/feed/stream")
                .accept(MediaType.TEXT_EVENT_STREAM).exchange().expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>>() {
                }).getResponseBody();
        StepVerifier.create(stream.filter(event -> event.event() != null).take(1))
                .then(() -> commands.sendAndWait(new ProposeSharedGoal(unique("goal"), university.id(),
                        Instant.parse("2024-08-01T00:00:00Z"), changing, GoalKind.PROBLEM_DEFINITION,
                        "Dinas belum berbagi data")))
                .assertNext(event -> {
                    long position = engine.nextPosition() - 1;
                    assertThat(event.event()).isEqualTo("activity");
                    assertThat(event.id()).isEqualTo(Long.toString(position));
                    assertThat(event.data()).containsEntry("type", "Create")
                            .containsEntry("eventType", "SharedGoalProposed")
                            .containsEntry("ledgerIndex", (int) position)
                            .containsEntry("summary", "Institut Teknologi Del mengusulkan definisi masalah"
                                    + " bersama: “Dinas belum berbagi data”.");
                    assertThat(((Map<?, ?>) event.data().get("context")).get("name"))
                            .isEqualTo("Toba Smart Governance");
                })
                .expectComplete().verify(Duration.ofSeconds(30));
    }

    @Test
    void badFeedRequestsAreProblemsNamingTheFieldAndRule() {
        problem("/api/feed?before=-1", 400, "feed-position", "before");
        problem("/api/feed?after=x", 400, "feed-position", "after");
        problem("/api/feed?page=middle", 400, "feed-page", "page");
        problem("/feed.atom?before=3&after=1", 400, "feed-one-cursor", "before");
        problem("/api/feed?page=first&size=0", 400, "feed-size", "size");
        problem("/feed.atom?size=201", 400, "feed-size", "size");
        problem("/api/feed/items/x", 400, "feed-position", "position");
        web.get().uri("/api/collaborations/nobody-here/feed.atom").exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.rule").isEqualTo("unknown-collaboration");
        web.get().uri("/api/feed/items/" + Long.MAX_VALUE).exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.rule").isEqualTo("unknown-act");
    }

    private void problem(String uri, int status, String rule, String field) {
        web.get().uri(uri).exchange().expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.rule").isEqualTo(rule).jsonPath("$.field").isEqualTo(field);
    }

    /** The positions of the projected acts matching {@code filter}, newest first. */
    private List<Long> positions(Bson filter) {
        List<Long> positions = new ArrayList<>();
        for (Document act : models.acts().find(filter).sort(Sorts.descending("_id"))) {
            positions.add(act.get("_id", Number.class).longValue());
        }
        return positions;
    }

    private Map<?, ?> json(String uri) {
        URI address = URI.create(uri);
        byte[] body = (address.isAbsolute() ? web.get().uri(address) : web.get().uri(uri)).exchange()
                .expectStatus().isOk()
                .expectBody().returnResult().getResponseBody();
        return JSON.readValue(body, Map.class);
    }

    private static List<Long> ledgerIndexes(Map<?, ?> page) {
        return ((List<?>) page.get("orderedItems")).stream()
                .map(item -> ((Number) ((Map<?, ?>) item).get("ledgerIndex")).longValue()).toList();
    }

    /** Serves the Activity Streams context from the test resources, and nothing else: the tests have no network. */
    private static DocumentLoader offline(List<String> loaded) {
        return (url, options) -> {
            loaded.add(url.toString());
            if (!As2.CONTEXT.equals(url.toString())) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "offline: " + url);
            }
            try (InputStream context = TransparencyFeedApiTest.class.getResourceAsStream(
                    "/jsonld/activitystreams.jsonld")) {
                JsonDocument document = JsonDocument.of(context);
                document.setDocumentUrl(url);
                return document;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static List<String> keys(JsonValue value) {
        List<String> keys = new ArrayList<>();
        if (value instanceof JsonObject object) {
            object.forEach((key, child) -> {
                keys.add(key);
                if (!key.equals(GOTONG + "details")) {
                    keys.addAll(keys(child));
                }
            });
        } else if (value instanceof JsonArray array) {
            array.forEach(child -> keys.addAll(keys(child)));
        }
        return keys;
    }

    private static List<String> strings(JsonArray array) {
        return array.stream().map(value -> ((JsonString) value).getString()).toList();
    }

}
