package id.gotong.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import id.gotong.dossier.Dossier;
import id.gotong.events.Sector;
import id.gotong.events.TheoryElement;
import id.gotong.stakeholderhistory.Evidence;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.cfg.DateTimeFeature;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * The read models in MongoDB and how their documents look. There are two generations: the current one is read and
 * projected into, a rebuild fills the other ({@code read_…} in generation a, {@code b_read_…} in b) and then makes it
 * current.
 * <ul>
 *   <li>{@code read_dossiers}: one per collaboration, {@code {_id, position, name, region, dimensions, tail, dossier}}
 *   ({@link DossierStore});</li>
 *   <li>{@code read_stakeholders}: one per registered stakeholder;</li>
 *   <li>{@code read_acts}: one per event of a collaboration, {@code _id} = ledger position, coded by theory
 *   element;</li>
 *   <li>{@code read_evidence}: one per fact about a stakeholder ({@link Evidence#key()});</li>
 *   <li>{@code read_commitments}, {@code read_information_requests}: one per commitment or request, for the lists.</li>
 * </ul>
 */
public final class ReadModels {

    public static final String DOSSIERS = "read_dossiers";
    public static final String STAKEHOLDERS = "read_stakeholders";
    public static final String ACTS = "read_acts";
    public static final String EVIDENCE = "read_evidence";
    public static final String COMMITMENTS = "read_commitments";
    public static final String REQUESTS = "read_information_requests";
    public static final List<String> ALL = List.of(DOSSIERS, STAKEHOLDERS, ACTS, EVIDENCE, COMMITMENTS, REQUESTS);

    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    /** Which generation of the read models is current: {@code {_id: "current", generation: "a" | "b"}}. */
    public static final String GENERATIONS = "read_generations";

    private final MongoDatabase database;
    private final boolean followsCurrent;
    private volatile String generation;
    private final JsonMapper json = JsonMapper.builder()
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    /** How long a process reads the generation it last saw before asking again (another process may rebuild). */
    private static final long FOLLOW_EVERY_NANOS = 1_000_000_000L;
    private volatile long followedAt;

    /**
     * The current generation of the read models, as recorded in {@value #GENERATIONS}, and followed: re-read at most
     * every second, and before every live batch ({@link #followCurrent()}), since a rebuild in another process may
     * have made the other generation current.
     */
    public ReadModels(MongoDatabase database) {
        this.database = database;
        this.followsCurrent = true;
        followCurrent();
    }

    private ReadModels(MongoDatabase database, String generation) {
        this.database = database;
        this.followsCurrent = false;
        this.generation = generation;
    }

    /**
     * The other generation, for a rebuild to fill while this one is read. Two generations rather than renamed
     * collections: the embedded server's {@code renameCollection} leaves the indexes under the old name.
     */
    public ReadModels shadow() {
        return new ReadModels(database, generation.equals("a") ? "b" : "a");
    }

    /** Re-reads which generation is current. */
    public synchronized void followCurrent() {
        if (!followsCurrent) {
            return;
        }
        Document current = database == null ? null
                : database.getCollection(GENERATIONS).find(new Document("_id", "current")).first();
        generation = current == null ? "a" : current.getString("generation");
        followedAt = System.nanoTime();
    }

    /** Makes a filled shadow the current generation, then drops the generation it replaces. */
    public synchronized void replaceWith(ReadModels shadow) {
        if (!followsCurrent) {
            throw new IllegalStateException("only the current read models can be replaced");
        }
        ReadModels previous = new ReadModels(database, generation);
        database.getCollection(GENERATIONS).replaceOne(new Document("_id", "current"),
                new Document("_id", "current").append("generation", shadow.generation),
                new com.mongodb.client.model.ReplaceOptions().upsert(true));
        generation = shadow.generation;
        previous.dropAll();
    }

    private void dropAll() {
        java.util.Set<String> existing = database.listCollectionNames().into(new java.util.HashSet<>());
        ALL.stream().filter(name -> existing.contains(physical(name))).forEach(name -> collection(name).drop());
    }

    /** {@code read_acts} in generation a, {@code b_read_acts} in generation b. */
    private String physical(String name) {
        return generation.equals("a") ? name : generation + "_" + name;
    }

    private MongoCollection<Document> collection(String name) {
        if (followsCurrent && System.nanoTime() - followedAt > FOLLOW_EVERY_NANOS) {
            followCurrent();
        }
        return database.getCollection(physical(name));
    }

    public void ensureIndexes() {
        acts().createIndex(Indexes.ascending("collaborationId", "_id"));
        acts().createIndex(Indexes.ascending("collaborationId", "occurredAt"));
        acts().createIndex(Indexes.ascending("eventId"), new IndexOptions().unique(true));
        acts().createIndex(Indexes.ascending("type", "_id"));
        acts().createIndex(Indexes.ascending("subjectId", "type"));
        evidence().createIndex(Indexes.ascending("stakeholderId", "position"));
        dossiers().createIndex(Indexes.ascending("region"));
        dossiers().createIndex(Indexes.ascending("dimensions"));
        commitments().createIndex(Indexes.ascending("state", "dueOn"));
        requests().createIndex(Indexes.ascending("state", "dueOn"));
    }

    public void drop() {
        dropAll();
        ensureIndexes();
    }

    public MongoCollection<Document> dossiers() {
        return collection(DOSSIERS);
    }

    public MongoCollection<Document> stakeholders() {
        return collection(STAKEHOLDERS);
    }

    public MongoCollection<Document> acts() {
        return collection(ACTS);
    }

    public MongoCollection<Document> evidence() {
        return collection(EVIDENCE);
    }

    public MongoCollection<Document> commitments() {
        return collection(COMMITMENTS);
    }

    public MongoCollection<Document> requests() {
        return collection(REQUESTS);
    }

    // --- dossiers

    public Document dossierDocument(Dossier dossier) {
        return new Document("_id", dossier.collaborationId)
                .append("position", dossier.position)
                .append("name", dossier.name)
                .append("region", dossier.region)
                .append("dimensions", dossier.dimensions.stream().map(Enum::name).toList())
                .append("tail", List.of())
                .append("dossier", Document.parse(json.writeValueAsString(dossier)));
    }

    public Dossier dossier(Document document) {
        return json.readValue(document.get("dossier", Document.class).toJson(RELAXED), Dossier.class);
    }

    /** The dossier as JSON text: what determinism tests compare. */
    public String dossierJson(Dossier dossier) {
        return json.writeValueAsString(dossier);
    }

    // --- stakeholders

    public static Document stakeholderDocument(Stakeholder s) {
        return new Document("_id", s.stakeholderId())
                .append("name", s.name())
                .append("sector", s.sector() == null ? null : s.sector().name())
                .append("region", s.region())
                .append("parentOrganisation", s.parentOrganisation())
                .append("registeredAt", date(s.registeredAt()))
                .append("position", s.position())
                .append("eventId", s.eventId());
    }

    public static Stakeholder stakeholder(Document d) {
        String sector = d.getString("sector");
        return new Stakeholder(d.getString("_id"), d.getString("name"), sector == null ? null : Sector.valueOf(sector),
                d.getString("region"), d.getString("parentOrganisation"), instant(d.getDate("registeredAt")),
                d.get("position", Number.class).longValue(), d.getString("eventId"));
    }

    // --- acts

    public static Document actDocument(Act act) {
        return new Document("_id", act.position())
                .append("eventId", act.eventId())
                .append("collaborationId", act.collaborationId())
                .append("type", act.type())
                .append("subjectId", act.subjectId())
                .append("actor", act.actor())
                .append("occurredAt", date(act.occurredAt()))
                .append("occurredAtExact", act.occurredAt().toString())
                .append("recordedAt", act.recordedAt().toString())
                .append("elements", act.elements().stream().map(Enum::name).toList());
    }

    public static Act act(Document d) {
        return new Act(d.get("_id", Number.class).longValue(), d.getString("eventId"), d.getString("collaborationId"),
                d.getString("type"), d.getString("subjectId"), d.getString("actor"),
                Instant.parse(d.getString("occurredAtExact")), Instant.parse(d.getString("recordedAt")),
                d.getList("elements", String.class).stream().map(TheoryElement::valueOf).toList());
    }

    // --- evidence

    public static Document evidenceDocument(Evidence e) {
        return new Document("_id", e.key())
                .append("stakeholderId", e.stakeholderId())
                .append("collaborationId", e.collaborationId())
                .append("position", e.position())
                .append("eventId", e.eventId())
                .append("occurredAt", date(e.occurredAt()))
                .append("occurredAtExact", e.occurredAt().toString())
                .append("kind", e.kind().name())
                .append("subjectId", e.subjectId())
                .append("detail", e.detail())
                .append("ownAct", e.ownAct());
    }

    public static Evidence evidence(Document d) {
        return new Evidence(d.getString("stakeholderId"), d.getString("collaborationId"),
                d.get("position", Number.class).longValue(), d.getString("eventId"), Instant.parse(d.getString("occurredAtExact")),
                Evidence.Kind.valueOf(d.getString("kind")), d.getString("subjectId"), d.getString("detail"),
                d.getBoolean("ownAct", false));
    }

    // --- lists

    public static Document commitmentDocument(String collaborationId, String commitmentId, Dossier.Commitment c,
                                              long position) {
        return new Document("_id", commitmentId)
                .append("collaborationId", collaborationId)
                .append("pledgedBy", c.pledgedBy)
                .append("deliverable", c.deliverable)
                .append("dueOn", c.dueOn == null ? null : c.dueOn.toString())
                .append("state", c.state.name())
                .append("onTime", c.onTime)
                .append("agreementId", c.agreementId)
                .append("meetingId", c.meetingId)
                .append("eventIds", c.eventIds)
                .append("position", position);
    }

    public static Document requestDocument(String collaborationId, String requestId, Dossier.Request r,
                                           long position) {
        return new Document("_id", requestId)
                .append("collaborationId", collaborationId)
                .append("requestedBy", r.requestedBy)
                .append("requestedFrom", r.requestedFrom)
                .append("subject", r.subject)
                .append("dueOn", r.dueOn == null ? null : r.dueOn.toString())
                .append("state", r.state.name())
                .append("answeredLate", r.answeredLate)
                .append("eventIds", r.eventIds)
                .append("position", position);
    }

    static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
