package id.gotong.api;

import id.gotong.act.Acts;
import id.gotong.events.Sector;
import id.gotong.ledger.store.LedgerAppender;
import id.gotong.web.Recorded;
import id.gotong.web.RequestJson;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Throws bad input at every write endpoint the running application maps under {@code /api}: broken and truncated
 * JSON, wrong types, missing and unknown fields, huge strings and arrays, deep nesting, invalid Unicode, impossible
 * dates and numbers, MongoDB operators where text or ids belong, ids of the wrong shape, reused idempotency keys,
 * oversized bodies and wrong content types. Each case expects one precise problem ({@code status}, {@code rule},
 * {@code field}); after each endpoint's batch the event store and the ledger have exactly the size they had before,
 * and no credential has been issued or revoked.
 * A write endpoint added without cases here fails {@link #everyWriteEndpointHasBadInputCases()}.
 */
class BadInputApiTest extends ActApiTestSupport {

    static final int BODY_LIMIT = 256 * 1024;
    static final String HUGE = "x".repeat(100_000);
    static final List<String> OPERATORS = List.of("{\"$ne\": null}", "{\"$where\": \"sleep(1000)\"}", "{\"$gt\": \"\"}");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Clock clock;
    @Autowired
    LedgerAppender appender;
    @Autowired
    ApplicationContext context;

    // ---------------------------------------------------------------------------------------------------------------
    // What every case is made of

    /** The stakeholders and the collaboration one endpoint's cases act in, made fresh for that endpoint. */
    final class World {
        final Registered lead = givenStakeholder("Dinas Komunikasi dan Informatika Kabupaten Toba", Sector.GOVERNMENT);
        final Registered secretary = givenStakeholder("Bappeda Kabupaten Toba", Sector.GOVERNMENT);
        final Registered outsider = givenStakeholder("PT Telkom Indonesia Witel Sibolga", Sector.BUSINESS);
        final Registered operator = new Registered("operator", operatorToken());
        final String toba = givenCollaboration(lead, secretary);
        final Map<String, String> vars = new HashMap<>(Map.of("collaborationId", toba,
                "stakeholderId", secretary.id()));
    }

    /** One HTTP request, its body as raw bytes so that it can be anything. */
    record Request(HttpMethod method, String uri, Map<String, String> vars, Registered caller, MediaType type,
                   byte[] body, Map<String, String> headers) {

        Request withBody(MediaType type, byte[] body) {
            return new Request(method, uri, vars, caller, type, body, headers);
        }

        Request withVar(String name, String value) {
            Map<String, String> changed = new HashMap<>(vars);
            changed.put(name, value);
            return new Request(method, uri, changed, caller, type, body, headers);
        }

        Request withHeader(String name, String value) {
            Map<String, String> changed = new HashMap<>(headers);
            changed.put(name, value);
            return new Request(method, uri, vars, caller, type, body, changed);
        }

        Request withCaller(Registered other) {
            return new Request(method, uri, vars, other, type, body, headers);
        }
    }

    /** A refusal as the client sees it. */
    record Problem(int status, String contentType, String rule, String field) {
    }

    record Case(String name, Function<Fixture, Request> request, Problem expected) {
    }

    /** What one endpoint's cases share: the world, the endpoint's resources and the sizes before the batch. */
    final class Fixture {
        final World world = new World();
        final Map<String, Object> resources = new HashMap<>();
        /** When the fixture was made: bodies computed from it stay the same for an idempotent retry. */
        final Instant now = clock.instant();
        long events;
        long commits;
        long ledgerSize;
        long credentials;
        long revoked;
        Registered auditor;
    }

    enum Kind { TEXT, ID, ENUM, INSTANT, DATE, POSITIVE_INT, DECIMAL, TEXT_LIST, ID_LIST, ENUM_LIST, OBJECT_LIST, FIELD_MAP }

    /**
     * A field of a request body.
     *
     * @param required the rule a missing value breaks, or null when the field is optional
     * @param max      the largest length (text) or size (list) bean validation allows
     * @param element  for lists of objects, a valid element
     */
    record Field(String name, Kind kind, String required, int max, Object element) {
    }

    /** A write endpoint: its mapping key, who calls it, its URI template and its valid body. */
    final class Endpoint {
        final String key;
        final HttpMethod method;
        final String uri;
        final Function<Fixture, Registered> caller;
        Function<Fixture, Map<String, Object>> body;
        Consumer<Fixture> setup = fixture -> { };
        boolean bodyRequired = true;
        boolean idempotent = true;
        /** Whether the body is an act's, with {@code occurredAt}; access control and erasure are not acts. */
        boolean act = true;
        /** What else a refused request must leave as it was, checked after the batch. */
        Consumer<Fixture> unchanged = fixture -> { };
        final List<Field> fields = new ArrayList<>();
        final List<Case> extra = new ArrayList<>();

        Endpoint(String method, String uri, Function<Fixture, Registered> caller) {
            this.method = HttpMethod.valueOf(method);
            this.uri = uri;
            this.caller = caller;
            this.key = method + " " + uri.replaceAll("\\?.*", "");
        }

        Endpoint body(Function<Fixture, Map<String, Object>> body) {
            this.body = body;
            return this;
        }

        Endpoint setup(Consumer<Fixture> setup) {
            this.setup = setup;
            return this;
        }

        Endpoint optionalBody() {
            this.bodyRequired = false;
            return this;
        }

        /** Not an act: no {@code occurredAt}, no Idempotency-Key, nothing in the ledger when accepted. */
        Endpoint notAnAct() {
            this.act = false;
            this.idempotent = false;
            return this;
        }

        Endpoint unchanged(Consumer<Fixture> unchanged) {
            this.unchanged = unchanged;
            return this;
        }

        /** A case of its own: the valid request changed by {@code change}. */
        Endpoint refuse(String name, BiFunction<Fixture, Request, Request> change, int status, String rule,
                        String field) {
            extra.add(new Case(name, fixture -> change.apply(fixture, baseline(fixture)), problem(status, rule, field)));
            return this;
        }

        Endpoint field(String name, Kind kind, String required, int max) {
            fields.add(new Field(name, kind, required, max, null));
            return this;
        }

        Endpoint objects(String name, String required, int max, Object element) {
            fields.add(new Field(name, Kind.OBJECT_LIST, required, max, element));
            return this;
        }

        Endpoint bad(String name, Consumer<Map<String, Object>> change, int status, String rule, String field) {
            extra.add(new Case(name, fixture -> json(fixture, this, change), problem(status, rule, field)));
            return this;
        }

        Request baseline(Fixture fixture) {
            Map<String, String> vars = new HashMap<>(fixture.world.vars);
            fixture.resources.forEach((name, value) -> vars.put(name, String.valueOf(value)));
            Request request = new Request(method, uri, vars, caller.apply(fixture), null, null, Map.of());
            return body == null ? request : request.withBody(MediaType.APPLICATION_JSON, bytes(body.apply(fixture)));
        }
    }

    static Problem problem(int status, String rule, String field) {
        return new Problem(status, MediaType.APPLICATION_PROBLEM_JSON_VALUE, rule, field);
    }

    static byte[] bytes(Object body) {
        return JSON.writeValueAsBytes(body);
    }

    /** The endpoint's valid body changed by {@code change}; {@link Raw} values are written as they are. */
    Request json(Fixture fixture, Endpoint endpoint, Consumer<Map<String, Object>> change) {
        Map<String, Object> body = new LinkedHashMap<>(endpoint.body.apply(fixture));
        change.accept(body);
        return endpoint.baseline(fixture).withBody(MediaType.APPLICATION_JSON, raw(body));
    }

    /** JSON text put into a body as it is: operators, lone surrogates, numbers no Java type holds. */
    record Raw(String json) {
    }

    static byte[] raw(Map<String, Object> body) {
        Map<String, String> raws = new HashMap<>();
        Map<String, Object> marked = new LinkedHashMap<>();
        body.forEach((name, value) -> {
            if (value instanceof Raw raw) {
                String marker = "@@raw-" + raws.size() + "@@";
                raws.put("\"" + marker + "\"", raw.json());
                marked.put(name, marker);
            } else {
                marked.put(name, value);
            }
        });
        String json = JSON.writeValueAsString(marked);
        for (Map.Entry<String, String> raw : raws.entrySet()) {
            json = json.replace(raw.getKey(), raw.getValue());
        }
        return json.getBytes(StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The write endpoints and their valid bodies

    String today(int plusDays) {
        return LocalDate.now(clock).plusDays(plusDays).toString();
    }

    static Map<String, Object> map(Object... entries) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < entries.length; i += 2) {
            map.put((String) entries[i], entries[i + 1]);
        }
        return map;
    }

    Map<String, Object> convene(Fixture f) {
        return map("title", "Forum SPBE Kabupaten Toba 2024", "agenda", List.of("Evaluasi indeks SPBE 2023"),
                "scheduledAt", f.now.plus(Duration.ofDays(30)).toString(), "formality", "FORMAL",
                "channel", "IN_PERSON", "invitees", List.of(f.world.outsider.id()));
    }

    Map<String, Object> draft(Fixture f) {
        return map("kind", "MOU", "number", "515.13/1306/2024", "title", "Nota Kesepahaman SPBE Toba",
                "parties", List.of(f.world.lead.id(), f.world.secretary.id()), "termsSummary",
                "Berbagi data indeks SPBE", "validFrom", today(-30), "validUntil", today(700));
    }

    Map<String, Object> report(Fixture f) {
        return map("indicator", "Indeks SPBE", "period", "2023", "value", 2.98, "unit", "index",
                "baseline", 1.69, "target", 3.39, "minimum", 2.6, "evidenceLink", "https://spbe.go.id/toba");
    }

    /** Creates a resource through its endpoint's valid body and remembers its id under {@code name}. */
    Consumer<Fixture> created(String name, String uri, Function<Fixture, Map<String, Object>> body) {
        return f -> f.resources.put(name, post(f.world.lead, uri.replace("{collaborationId}", f.world.toba),
                body.apply(f)).expectStatus().isCreated().expectBody(Recorded.class).returnResult()
                .getResponseBody().id());
    }

    static final String MEETINGS = "/api/collaborations/{collaborationId}/meetings";
    static final String GOALS = "/api/collaborations/{collaborationId}/goals";
    static final String AGREEMENTS = "/api/collaborations/{collaborationId}/agreements";
    static final String REQUESTS = "/api/collaborations/{collaborationId}/information-requests";
    static final String COMMITMENTS = "/api/collaborations/{collaborationId}/commitments";
    static final String OUTCOMES = "/api/collaborations/{collaborationId}/outcomes";

    Map<String, Object> goal(Fixture f) {
        return map("kind", "GOAL", "statement", "Indeks SPBE Toba mencapai 3,39 pada 2026");
    }

    Map<String, Object> informationRequest(Fixture f) {
        return map("requestedFrom", f.world.secretary.id(), "subject", "Data UMKM Kabupaten Toba", "dueOn", today(30));
    }

    Map<String, Object> pledge(Fixture f) {
        return map("deliverable", "Integrasi 35 aplikasi layanan", "dueOn", today(30));
    }

    List<Endpoint> endpoints() {
        Function<Fixture, Registered> lead = f -> f.world.lead;
        Function<Fixture, Registered> secretary = f -> f.world.secretary;
        List<Endpoint> all = new ArrayList<>();

        all.add(new Endpoint("POST", "/api/stakeholders", f -> f.world.operator)
                .body(f -> map("name", "Kelompok Sadar Wisata Meat", "sector", "COMMUNITY", "region", "Kabupaten Toba",
                        "parentOrganisation", "Dinas Pariwisata Kabupaten Toba"))
                .field("name", Kind.TEXT, "not-blank", 200).field("sector", Kind.ENUM, "not-null", 0)
                .field("region", Kind.TEXT, null, 200).field("parentOrganisation", Kind.TEXT, null, 200)
                .bad("region shaped like an operator", b -> b.put("region", "{\"$ne\": null}"), 400, "pattern",
                        "region"));

        all.add(new Endpoint("POST", "/api/collaborations", lead)
                .body(f -> map("name", "Toba Smart Governance", "region", "Kabupaten Toba", "dimensions",
                        List.of("GOVERNANCE"), "legalBasis", List.of("Keputusan Bupati Toba 724/2022"),
                        "leadStakeholderId", f.world.lead.id(), "meetingCadence", "YEARLY"))
                .field("name", Kind.TEXT, "not-blank", 200).field("region", Kind.TEXT, null, 200)
                .field("dimensions", Kind.ENUM_LIST, "not-empty", 6).field("legalBasis", Kind.TEXT_LIST, null, 20)
                .field("leadStakeholderId", Kind.ID, "not-blank", 0).field("meetingCadence", Kind.ENUM, "not-null", 0)
                .bad("region shaped like an operator", b -> b.put("region", "{\"$gt\": \"\"}"), 400, "pattern",
                        "region"));

        all.add(new Endpoint("POST", "/api/collaborations/{collaborationId}/members", lead)
                .body(f -> map("stakeholderId", f.world.outsider.id(), "role", "MEMBER", "authority",
                        "Keputusan Bupati Toba 724/2022"))
                .field("stakeholderId", Kind.ID, "not-blank", 0).field("role", Kind.ENUM, "not-null", 0)
                .field("authority", Kind.TEXT, null, 300));

        all.add(new Endpoint("PUT", "/api/collaborations/{collaborationId}/members/{stakeholderId}", lead)
                .body(f -> map("role", "STEERING", "authority", "Keputusan Bupati Toba 724/2022"))
                .field("role", Kind.ENUM, "not-null", 0).field("authority", Kind.TEXT, null, 300));

        Endpoint withdrawJson = new Endpoint("DELETE", "/api/collaborations/{collaborationId}/members/{stakeholderId}",
                lead).body(f -> map("reason", "Dipindahtugaskan"))
                .field("reason", Kind.TEXT, null, 2000);
        all.add(withdrawJson);

        Endpoint withdraw = new Endpoint("DELETE",
                "/api/collaborations/{collaborationId}/members/{stakeholderId}?reason={reason}", lead);
        withdraw.setup(f -> f.resources.put("reason", "Dipindahtugaskan"));
        all.add(withdraw);

        all.add(new Endpoint("POST", "/api/collaborations/{collaborationId}/leadership", lead)
                .body(f -> map("newLeadStakeholderId", f.world.secretary.id(), "reason", "Rotasi pimpinan",
                        "authority", "Keputusan Bupati Toba 100/2024"))
                .field("newLeadStakeholderId", Kind.ID, "not-blank", 0).field("reason", Kind.TEXT, "not-blank", 2000)
                .field("authority", Kind.TEXT, null, 300));

        all.add(new Endpoint("POST", "/api/collaborations/{collaborationId}/drivers", lead)
                .body(f -> map("kind", "INTERDEPENDENCE", "description", "Menara sinyal tertunda"))
                .field("kind", Kind.ENUM, "not-null", 0).field("description", Kind.TEXT, "not-blank", 4000));

        all.add(new Endpoint("POST", "/api/collaborations/{collaborationId}/calendar", lead)
                .body(f -> map("entries", List.of(map("title", "Festival Danau Toba", "date", today(60),
                        "description", "Tahunan"))))
                .objects("entries", "not-empty", 400, map("title", "Festival Danau Toba", "date", "2025-03-01"))
                .bad("entry date before 1900", b -> b.put("entries", List.of(map("title", "Festival", "date",
                        "1899-12-31"))), 422, "date-in-range", "entries[0].date")
                .bad("entry date after 9999", b -> b.put("entries", List.of(map("title", "Festival", "date",
                        "+10000-01-01"))), 422, "date-in-range", "entries[0].date")
                .bad("entry date an operator", b -> b.put("entries", List.of(map("title", "Festival", "date",
                        map("$gt", "")))), 400, "json-type", "entries[0].date")
                .bad("entry title huge", b -> b.put("entries", List.of(map("title", HUGE, "date", "2025-03-01"))),
                        400, "size", "entries[0].title"));

        all.add(new Endpoint("POST", MEETINGS, lead).body(this::convene)
                .field("title", Kind.TEXT, "not-blank", 200).field("agenda", Kind.TEXT_LIST, null, 100)
                .field("scheduledAt", Kind.INSTANT, "not-null", 0).field("formality", Kind.ENUM, "not-null", 0)
                .field("channel", Kind.ENUM, "not-null", 0).field("invitees", Kind.ID_LIST, null, 500));

        all.add(new Endpoint("POST", "/api/meetings/{meetingId}/attendance", lead)
                .setup(created("meetingId", MEETINGS, this::convene))
                .body(f -> map("entries", List.of(map("stakeholderId", f.world.secretary.id(), "status", "PRESENT"))))
                .objects("entries", "not-empty", 500, map("stakeholderId", "stk-1", "status", "PRESENT"))
                .bad("entry stakeholder id an operator", b -> b.put("entries", List.of(map("stakeholderId",
                        map("$ne", ""), "status", "PRESENT"))), 400, "json-type", "entries[0].stakeholderId")
                .bad("entry stakeholder id of the wrong shape", b -> b.put("entries", List.of(map("stakeholderId",
                        "$where", "status", "PRESENT"))), 400, "pattern", "entries[0].stakeholderId")
                .bad("entry status unknown", b -> b.put("entries", List.of(map("stakeholderId", "stk-1",
                        "status", "MAYBE"))), 400, "json-type", "entries[0].status"));

        all.add(new Endpoint("POST", "/api/meetings/{meetingId}/minutes", lead)
                .setup(created("meetingId", MEETINGS, this::convene))
                .body(f -> map("summary", "Indeks SPBE dibahas", "deliberationNotes", "Semua hadir",
                        "decisions", List.of("Menyusun peta jalan")))
                .field("summary", Kind.TEXT, "not-blank", 20000).field("deliberationNotes", Kind.TEXT, null, 50000)
                .field("decisions", Kind.TEXT_LIST, null, 200));

        all.add(new Endpoint("POST", "/api/meetings/{meetingId}/closure", lead).optionalBody()
                .setup(created("meetingId", MEETINGS, this::convene)).body(f -> map()));

        all.add(new Endpoint("POST", "/api/meetings/{meetingId}/cancellation", lead)
                .setup(created("meetingId", MEETINGS, this::convene)).body(f -> map("reason", "Banjir"))
                .field("reason", Kind.TEXT, "not-blank", 2000));

        all.add(new Endpoint("POST", GOALS, lead).body(this::goal)
                .field("kind", Kind.ENUM, "not-null", 0).field("statement", Kind.TEXT, "not-blank", 4000));

        all.add(new Endpoint("POST", "/api/goals/{goalId}/endorsements", secretary)
                .setup(created("goalId", GOALS, this::goal)).body(f -> map("goalVersion", 1))
                .field("goalVersion", Kind.POSITIVE_INT, "not-null", 0));

        all.add(new Endpoint("POST", "/api/goals/{goalId}/dissents", secretary)
                .setup(created("goalId", GOALS, this::goal)).body(f -> map("goalVersion", 1, "reason", "Terlalu ambisius"))
                .field("goalVersion", Kind.POSITIVE_INT, "not-null", 0).field("reason", Kind.TEXT, "not-blank", 4000));

        all.add(new Endpoint("POST", "/api/goals/{goalId}/revisions", lead)
                .setup(created("goalId", GOALS, this::goal))
                .body(f -> map("goalVersion", 1, "statement", "Indeks SPBE Toba mencapai 3,0 pada 2026", "reason",
                        "Disesuaikan dengan anggaran"))
                .field("goalVersion", Kind.POSITIVE_INT, "not-null", 0).field("statement", Kind.TEXT, "not-blank", 4000)
                .field("reason", Kind.TEXT, "not-blank", 4000));

        all.add(new Endpoint("POST", AGREEMENTS, lead).body(this::draft)
                .field("kind", Kind.ENUM, "not-null", 0).field("number", Kind.TEXT, "not-blank", 100)
                .field("title", Kind.TEXT, "not-blank", 300).field("parties", Kind.ID_LIST, "not-empty", 100)
                .field("termsSummary", Kind.TEXT, "not-blank", 4000).field("validFrom", Kind.DATE, "not-null", 0)
                .field("validUntil", Kind.DATE, null, 0));

        all.add(new Endpoint("POST", "/api/agreements/{agreementId}/signatures", lead).optionalBody()
                .setup(created("agreementId", AGREEMENTS, this::draft)).body(f -> map()));

        all.add(new Endpoint("POST", "/api/agreements/{agreementId}/amendments", lead)
                .setup(created("agreementId", AGREEMENTS, this::draft))
                .body(f -> map("termsSummary", "Berbagi data indeks dan anggaran", "validUntil", today(900),
                        "reason", "Perluasan ruang lingkup"))
                .field("termsSummary", Kind.TEXT, "not-blank", 4000).field("validUntil", Kind.DATE, null, 0)
                .field("reason", Kind.TEXT, "not-blank", 2000));

        all.add(new Endpoint("POST", "/api/agreements/{agreementId}/termination", lead)
                .setup(created("agreementId", AGREEMENTS, this::draft)).body(f -> map("reason", "Program selesai"))
                .field("reason", Kind.TEXT, "not-blank", 2000));

        all.add(new Endpoint("POST", REQUESTS, lead).body(this::informationRequest)
                .field("requestedFrom", Kind.ID, "not-null", 0).field("subject", Kind.TEXT, "not-blank", 2000)
                .field("dueOn", Kind.DATE, "not-null", 0));

        all.add(new Endpoint("POST", "/api/information-requests/{requestId}/answer", secretary)
                .setup(created("requestId", REQUESTS, this::informationRequest))
                .body(f -> map("answerSummary", "Data UMKM terlampir", "link", "https://tobakab.go.id/umkm"))
                .field("answerSummary", Kind.TEXT, "not-blank", 4000).field("link", Kind.TEXT, null, 2000));

        all.add(new Endpoint("POST", "/api/information-requests/{requestId}/refusal", secretary)
                .setup(created("requestId", REQUESTS, this::informationRequest))
                .body(f -> map("reason", "Data belum tersedia")).field("reason", Kind.TEXT, "not-blank", 2000));

        all.add(new Endpoint("POST", COMMITMENTS, lead)
                .body(f -> map("deliverable", "Integrasi 35 aplikasi layanan", "dueOn", today(30), "decisionRef",
                        "Keputusan 1"))
                .field("deliverable", Kind.TEXT, "not-blank", 2000).field("dueOn", Kind.DATE, "not-null", 0)
                .field("agreementId", Kind.ID, null, 0).field("meetingId", Kind.ID, null, 0)
                .field("decisionRef", Kind.TEXT, null, 200));

        all.add(new Endpoint("POST", "/api/commitments/{commitmentId}/fulfilment", lead)
                .setup(created("commitmentId", COMMITMENTS, this::pledge))
                .body(f -> map("evidence", "https://tobakab.go.id/layanan")).field("evidence", Kind.TEXT, "not-blank", 2000));

        all.add(new Endpoint("POST", "/api/commitments/{commitmentId}/abandonment", lead)
                .setup(created("commitmentId", COMMITMENTS, this::pledge))
                .body(f -> map("reason", "Anggaran dipotong")).field("reason", Kind.TEXT, "not-blank", 2000));

        all.add(new Endpoint("POST", OUTCOMES, lead).body(this::report)
                .field("indicator", Kind.TEXT, "not-blank", 200).field("period", Kind.TEXT, "not-blank", 50)
                .field("value", Kind.DECIMAL, "not-null", 0).field("unit", Kind.TEXT, "not-blank", 100)
                .field("baseline", Kind.DECIMAL, null, 0).field("target", Kind.DECIMAL, null, 0)
                .field("minimum", Kind.DECIMAL, null, 0).field("evidenceLink", Kind.TEXT, null, 2000));

        all.add(new Endpoint("POST", "/api/outcomes/{outcomeId}/confirmations", secretary).optionalBody()
                .setup(created("outcomeId", OUTCOMES, this::report)).body(f -> map()));

        all.add(new Endpoint("POST", "/api/outcomes/{outcomeId}/disputes", secretary)
                .setup(created("outcomeId", OUTCOMES, this::report)).body(f -> map("reason", "Metode berbeda"))
                .field("reason", Kind.TEXT, "not-blank", 2000));

        all.add(new Endpoint("POST", "/api/corrections", lead)
                .setup(f -> f.resources.put("eventId", post(f.world.lead, "/api/collaborations/" + f.world.toba
                        + "/drivers", map("kind", "INTERDEPENDENCE", "description", "Menara sinyal tertunda"))
                        .expectStatus().isOk().expectBody(Recorded.class).returnResult().getResponseBody()
                        .events().get(0).eventId()))
                .body(f -> map("collaborationId", f.world.toba, "correctedEventId", f.resources.get("eventId"),
                        "correctedFields", map("description", "Menara sinyal tertunda enam bulan"),
                        "reason", "Salah ketik"))
                .field("collaborationId", Kind.ID, "not-null", 0).field("correctedEventId", Kind.ID, "not-blank", 0)
                .field("correctedFields", Kind.FIELD_MAP, "not-empty", 50).field("reason", Kind.TEXT, "not-blank", 2000));

        // Access control: not acts, so nothing to append; a refusal must leave the credentials as they were.
        Function<Fixture, Registered> operator = f -> f.world.operator;
        Registered unknownToken = new Registered("stk-unknown", "gtg_" + "A".repeat(43));
        String basic = "Basic b3BlcmF0b3I6c2VjcmV0";
        Consumer<Fixture> auditor = f -> f.auditor = new Registered("auditor", (String) post(f.world.operator,
                "/api/auditors", null).expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody().get("credential"));

        all.add(new Endpoint("POST", "/api/auditors", operator).notAnAct().setup(auditor)
                .refuse("by a stakeholder", (f, r) -> r.withCaller(f.world.lead), 403, "operator-only", null)
                .refuse("by the auditor", (f, r) -> r.withCaller(f.auditor), 403, "role-required", null)
                .refuse("without credential", (f, r) -> r.withCaller(null), 401, "credential-valid", "Authorization")
                .refuse("with an unknown token", (f, r) -> r.withCaller(unknownToken), 401, "credential-valid",
                        "Authorization")
                .refuse("with a Basic header", (f, r) -> r.withCaller(null).withHeader("Authorization", basic), 401,
                        "credential-valid", "Authorization"));
        all.add(new Endpoint("POST", "/api/stakeholders/{stakeholderId}/credentials", operator).notAnAct()
                .setup(auditor)
                .refuse("by a stakeholder", (f, r) -> r.withCaller(f.world.lead), 403, "operator-only", null)
                .refuse("by the auditor", (f, r) -> r.withCaller(f.auditor), 403, "role-required", null)
                .refuse("for a stakeholder never registered", (f, r) -> r.withVar("stakeholderId",
                        "stk-never-registered"), 404, "resource-exists", null)
                .refuse("without credential", (f, r) -> r.withCaller(null), 401, "credential-valid", "Authorization"));
        all.add(new Endpoint("DELETE", "/api/stakeholders/{stakeholderId}/credentials", operator).notAnAct()
                .setup(auditor)
                .refuse("by a stakeholder", (f, r) -> r.withCaller(f.world.lead), 403, "operator-only", null)
                .refuse("by the auditor", (f, r) -> r.withCaller(f.auditor), 403, "role-required", null)
                .refuse("of the operator", (f, r) -> r.withVar("stakeholderId", "operator"), 422,
                        "operator-credential-kept", "stakeholderId")
                .refuse("without credential", (f, r) -> r.withCaller(null), 401, "credential-valid", "Authorization"));
        all.add(new Endpoint("DELETE", "/api/credentials/current", lead).notAnAct()
                .refuse("without credential", (f, r) -> r.withCaller(null), 401, "credential-valid", "Authorization")
                .refuse("with an unknown token", (f, r) -> r.withCaller(unknownToken), 401, "credential-valid",
                        "Authorization")
                .refuse("with a Basic header", (f, r) -> r.withCaller(null).withHeader("Authorization", basic), 401,
                        "credential-valid", "Authorization"));

        // Erasure: the subject named in the collaboration's meeting must still read as not erased afterwards.
        all.add(new Endpoint("POST", "/api/data-subjects/{subjectId}/erasure", operator).notAnAct()
                .setup(created("meetingId", MEETINGS, this::convene).andThen(f -> {
                    f.resources.put("subjectId", unique("ds"));
                    post(f.world.lead, "/api/meetings/" + f.resources.get("meetingId") + "/attendance", map("entries",
                            List.of(map("stakeholderId", f.world.secretary.id(), "status", "REPRESENTED",
                                    "representedBy", map("name", "Rina Hutapea", "subject",
                                            f.resources.get("subjectId")))))).expectStatus().isOk();
                }))
                .body(f -> map("reason", "Permintaan yang bersangkutan")).field("reason", Kind.TEXT, "not-blank", 2000)
                .refuse("by a stakeholder", (f, r) -> r.withCaller(f.world.lead), 403, "operator-only", null)
                .refuse("of a subject never named", (f, r) -> r.withVar("subjectId", "ds-never-named"), 404,
                        "unknown-data-subject", null)
                .unchanged(f -> web.get().uri("/api/data-subjects/{s}/erasure", f.resources.get("subjectId"))
                        .headers(h -> h.setBearerAuth(operatorToken())).exchange().expectStatus().isNotFound()
                        .expectBody().jsonPath("$.rule").isEqualTo("resource-exists")));

        return all;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The cases

    /** The cases for one field of the body. */
    List<Case> fieldCases(Endpoint e, Field field) {
        String name = field.name();
        List<Case> cases = new ArrayList<>();
        Function<Object, Function<Fixture, Request>> with = value -> f -> json(f, e, b -> b.put(name, value));
        if (field.required() != null) {
            cases.add(new Case(name + " missing", f -> json(f, e, b -> b.remove(name)),
                    problem(400, field.required(), name)));
            cases.add(new Case(name + " null", with.apply(null), problem(400, field.required(), name)));
        }
        if (field.kind() != Kind.FIELD_MAP) {
            for (String operator : OPERATORS) {
                cases.add(new Case(name + " = " + operator, with.apply(new Raw(operator)),
                        problem(400, "json-type", name)));
            }
        }
        switch (field.kind()) {
            case TEXT -> {
                if ("not-blank".equals(field.required())) {
                    cases.add(new Case(name + " blank", with.apply(" "), problem(400, "not-blank", name)));
                }
                cases.add(new Case(name + " one character too long", with.apply("x".repeat(field.max() + 1)),
                        problem(400, "size", name)));
                cases.add(new Case(name + " 100,000 characters", with.apply(HUGE), problem(400, "size", name)));
                cases.add(new Case(name + " longer than the parser takes",
                        with.apply("x".repeat(RequestJson.MAX_STRING_LENGTH + 1)),
                        problem(400, "string-length-limit", name)));
                cases.add(new Case(name + " a number", with.apply(new Raw("42")), problem(400, "json-type", name)));
                cases.add(new Case(name + " a boolean", with.apply(new Raw("true")), problem(400, "json-type", name)));
                cases.add(new Case(name + " an array", with.apply(List.of("x")), problem(400, "json-type", name)));
                cases.add(new Case(name + " a lone surrogate", with.apply(new Raw("\"Toba \\ud800\"")),
                        problem(400, "valid-unicode", name)));
                cases.add(new Case(name + " nested 10,000 deep", with.apply(new Raw(nested(10_000))),
                        problem(400, "json-type", name)));
            }
            case ID -> {
                cases.add(new Case(name + " with '!'", with.apply("stk!1"), problem(400, "pattern", name)));
                cases.add(new Case(name + " = \"$where\"", with.apply("$where"), problem(400, "pattern", name)));
                cases.add(new Case(name + " 101 characters", with.apply("s".repeat(101)), problem(400, "pattern", name)));
                cases.add(new Case(name + " 100,000 characters", with.apply(HUGE), problem(400, "pattern", name)));
                cases.add(new Case(name + " a number", with.apply(new Raw("42")), problem(400, "json-type", name)));
                cases.add(new Case(name + " a lone surrogate", with.apply(new Raw("\"stk-\\udc00\"")),
                        problem(400, "valid-unicode", name)));
            }
            case ENUM -> {
                cases.add(new Case(name + " not a value", with.apply("NOT_A_VALUE"), problem(400, "json-type", name)));
                cases.add(new Case(name + " an ordinal", with.apply(new Raw("0")), problem(400, "json-type", name)));
                cases.add(new Case(name + " 100,000 characters", with.apply(HUGE), problem(400, "json-type", name)));
            }
            case INSTANT -> {
                cases.add(new Case(name + " not a moment", with.apply("yesterday"), problem(400, "json-type", name)));
                cases.add(new Case(name + " before 1900", with.apply("1899-12-31T23:59:59Z"),
                        problem(422, "date-in-range", name)));
                cases.add(new Case(name + " after 9999", with.apply("+10000-01-01T00:00:00Z"),
                        problem(422, "date-in-range", name)));
            }
            case DATE -> {
                cases.add(new Case(name + " not a date", with.apply("2024-02-30"), problem(400, "json-type", name)));
                cases.add(new Case(name + " before 1900", with.apply("1899-12-31"), problem(422, "date-in-range", name)));
                cases.add(new Case(name + " after 9999", with.apply("+10000-01-01"),
                        problem(422, "date-in-range", name)));
                cases.add(new Case(name + " a number", with.apply(new Raw("true")), problem(400, "json-type", name)));
            }
            case POSITIVE_INT -> {
                cases.add(new Case(name + " negative", with.apply(-1), problem(400, "positive", name)));
                cases.add(new Case(name + " zero", with.apply(0), problem(400, "positive", name)));
                cases.add(new Case(name + " a fraction", with.apply(new Raw("1.5")), problem(400, "json-type", name)));
                cases.add(new Case(name + " 1e400", with.apply(new Raw("1e400")), problem(400, "json-type", name)));
                cases.add(new Case(name + " 2^63", with.apply(new Raw("9223372036854775808")),
                        problem(400, "number-range", name)));
                cases.add(new Case(name + " 2^31", with.apply(new Raw("2147483648")), problem(400, "number-range", name)));
                cases.add(new Case(name + " a string", with.apply("1"), problem(400, "json-type", name)));
                cases.add(new Case(name + " 200 digits", with.apply(new Raw("1".repeat(200))),
                        problem(400, "number-length-limit", "body")));
            }
            case DECIMAL -> {
                cases.add(new Case(name + " 1e400", with.apply(new Raw("1e400")), problem(400, "digits", name)));
                cases.add(new Case(name + " -1e400", with.apply(new Raw("-1e400")), problem(400, "digits", name)));
                cases.add(new Case(name + " 200 digits", with.apply(new Raw("1".repeat(200))),
                        problem(400, "number-length-limit", "body")));
                cases.add(new Case(name + " not a number", with.apply("zwei"), problem(400, "json-type", name)));
                cases.add(new Case(name + " a boolean", with.apply(new Raw("true")), problem(400, "json-type", name)));
            }
            case TEXT_LIST, ID_LIST, ENUM_LIST -> {
                List<String> many = IntStream.range(0, 10_000).mapToObj(i -> field.kind() == Kind.ENUM_LIST
                        ? "GOVERNANCE" : String.format("stk-%05d", i)).toList();
                cases.add(new Case(name + " 10,000 elements", with.apply(many), problem(400, "size", name)));
                cases.add(new Case(name + " a single string", with.apply("x"), problem(400, "json-type", name)));
                cases.add(new Case(name + " element = {\"$ne\": null}", with.apply(new Raw("[{\"$ne\": null}]")),
                        problem(400, "json-type", name + "[0]")));
                if (field.kind() == Kind.TEXT_LIST) {
                    cases.add(new Case(name + " element blank", with.apply(List.of(" ")),
                            problem(400, "not-blank", name + "[0]")));
                    cases.add(new Case(name + " element 100,000 characters", with.apply(List.of(HUGE)),
                            problem(400, "size", name + "[0]")));
                    cases.add(new Case(name + " element a lone surrogate", with.apply(new Raw("[\"\\ud800\"]")),
                            problem(400, "valid-unicode", name + "[0]")));
                }
                if (field.kind() == Kind.ID_LIST) {
                    cases.add(new Case(name + " element \"$where\"", with.apply(List.of("$where")),
                            problem(400, "pattern", name + (name.equals("invitees") ? "[]" : "[0]"))));
                }
                if (field.kind() == Kind.ENUM_LIST) {
                    cases.add(new Case(name + " empty", with.apply(List.of()), problem(400, field.required(), name)));
                    cases.add(new Case(name + " element unknown", with.apply(List.of("NOPE")),
                            problem(400, "json-type", name + "[0]")));
                }
            }
            case OBJECT_LIST -> {
                List<Object> many = IntStream.range(0, 10_000).mapToObj(i -> field.element()).toList();
                boolean tooLarge = bytes(Map.of(name, many)).length > BODY_LIMIT;
                cases.add(new Case(name + " 10,000 elements", with.apply(many),
                        tooLarge ? problem(413, "body-size-limit", "body") : problem(400, "size", name)));
                cases.add(new Case(name + " empty", with.apply(List.of()), problem(400, field.required(), name)));
                cases.add(new Case(name + " a null element", with.apply(Arrays.asList((Object) null)),
                        problem(400, "not-null", name + "[0]")));
                cases.add(new Case(name + " a single object", with.apply(field.element()),
                        problem(400, "json-type", name)));
                cases.add(new Case(name + " element with key \"$where\"", with.apply(new Raw("[{\"$where\": \"1\"}]")),
                        problem(400, "known-field", name + "[0].$where")));
            }
            case FIELD_MAP -> {
                // A map takes an operator object as a key: {"$ne": null} would also break @NotNull on its value.
                cases.add(new Case(name + " = {\"$where\": \"sleep(1000)\"}", with.apply(map("$where", "sleep(1000)")),
                        problem(400, "pattern", name + "[$where]")));
                cases.add(new Case(name + " = {\"$gt\": \"\"}", with.apply(map("$gt", "")),
                        problem(400, "pattern", name + "[$gt]")));
                cases.add(new Case(name + " key with '.'", with.apply(map("provenance.actor", "stk-1")),
                        problem(400, "pattern", name + "[provenance.actor]")));
                cases.add(new Case(name + " empty", with.apply(map()), problem(400, "not-empty", name)));
                cases.add(new Case(name + " value an operator", with.apply(new Raw("{\"description\": {\"$ne\": null}}")),
                        problem(400, "json-type", name + ".description")));
                cases.add(new Case(name + " a string", with.apply("description"), problem(400, "json-type", name)));
            }
        }
        return cases;
    }

    /** {@code depth} nested arrays: {@code [[[…]]]}. */
    static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    /** The cases for a JSON body as a whole, for its occurredAt, and for the ids in its path. */
    List<Case> bodyCases(Endpoint e) {
        List<Case> cases = new ArrayList<>();
        Function<String, Function<Fixture, Request>> text = body -> f -> e.baseline(f)
                .withBody(MediaType.APPLICATION_JSON, body.getBytes(StandardCharsets.UTF_8));
        cases.add(new Case("malformed JSON", text.apply("{\"reason\": "), problem(400, "json-syntax", "body")));
        cases.add(new Case("truncated JSON", f -> {
            byte[] valid = bytes(e.body.apply(f));
            return e.baseline(f).withBody(MediaType.APPLICATION_JSON, Arrays.copyOf(valid, Math.max(1, valid.length / 2)));
        }, problem(400, "json-syntax", "body")));
        cases.add(new Case("not JSON at all", text.apply("<reason>Banjir</reason>"), problem(400, "json-syntax", "body")));
        cases.add(new Case("single quotes", text.apply("{'reason': 'Banjir'}"), problem(400, "json-syntax", "body")));
        cases.add(new Case("an array instead of an object", text.apply("[]"), problem(400, "json-type", "body")));
        cases.add(new Case("a string instead of an object", text.apply("\"Banjir\""), problem(400, "json-type", "body")));
        cases.add(new Case("arrays nested 10,000 deep", text.apply(nested(10_000)), problem(400, "json-type", "body")));
        // Nested or broken values go into occurredAt, or into the first field of a body that is not an act's.
        String first = e.act ? "occurredAt" : e.fields.get(0).name();
        cases.add(new Case("objects nested 10,000 deep", text.apply(("{\"" + first + "\":").repeat(10_000) + "null"
                + "}".repeat(10_000)), problem(400, "json-type", first)));
        cases.add(new Case("invalid UTF-8 bytes", f -> {
            // {"occurredAt": "<C3 28>", …the valid fields}: C3 starts a two-byte sequence that 28 does not continue
            String valid = new String(bytes(e.body.apply(f)), StandardCharsets.UTF_8);
            byte[] head = ("{\"" + first + "\":\"").getBytes(StandardCharsets.UTF_8);
            byte[] tail = ("\"" + (valid.length() > 2 ? "," : "") + valid.substring(1)).getBytes(StandardCharsets.UTF_8);
            byte[] body = new byte[head.length + 2 + tail.length];
            System.arraycopy(head, 0, body, 0, head.length);
            body[head.length] = (byte) 0xC3;
            body[head.length + 1] = (byte) 0x28;
            System.arraycopy(tail, 0, body, head.length + 2, tail.length);
            return e.baseline(f).withBody(MediaType.APPLICATION_JSON, body);
        }, problem(400, "valid-unicode", first)));
        for (String unknown : List.of("actor", "$where", "provenance.actor")) {
            cases.add(new Case("unknown field \"" + unknown + "\"", f -> json(f, e, b -> b.put(unknown, "stk-1")),
                    problem(400, "known-field", unknown)));
        }
        cases.add(new Case("over the body limit", f -> json(f, e, b -> b.put("padding", "x".repeat(BODY_LIMIT + 1))),
                problem(413, "body-size-limit", "body")));
        cases.add(new Case("text/plain", f -> e.baseline(f).withBody(MediaType.TEXT_PLAIN, bytes(e.body.apply(f))),
                problem(415, "supported-media-type", "Content-Type")));
        cases.add(new Case("application/xml", f -> e.baseline(f).withBody(MediaType.APPLICATION_XML,
                "<reason>Banjir</reason>".getBytes(StandardCharsets.UTF_8)),
                problem(415, "supported-media-type", "Content-Type")));
        if (e.bodyRequired) {
            cases.add(new Case("no body", f -> e.baseline(f).withBody(MediaType.APPLICATION_JSON, new byte[0]),
                    problem(400, "body-required", "body")));
            cases.add(new Case("JSON null", text.apply("null"), problem(400, "body-required", "body")));
        }
        if (!e.act) {
            return cases;
        }
        Function<Object, Function<Fixture, Request>> occurred = value -> f -> json(f, e, b -> b.put("occurredAt", value));
        cases.add(new Case("occurredAt a day after the clock", f -> json(f, e, b -> b.put("occurredAt",
                clock.instant().plus(Duration.ofDays(1)).toString())), problem(422, "occurred-not-in-future", "occurredAt")));
        cases.add(new Case("occurredAt beyond the allowed clock skew", f -> json(f, e, b -> b.put("occurredAt",
                clock.instant().plus(Acts.CLOCK_SKEW).plus(Duration.ofMinutes(1)).toString())),
                problem(422, "occurred-not-in-future", "occurredAt")));
        cases.add(new Case("occurredAt before 1900", occurred.apply("1899-12-31T23:59:59Z"),
                problem(422, "occurred-after-1900", "occurredAt")));
        cases.add(new Case("occurredAt not a moment", occurred.apply("gestern"), problem(400, "json-type", "occurredAt")));
        cases.add(new Case("occurredAt a boolean", occurred.apply(new Raw("true")), problem(400, "json-type", "occurredAt")));
        for (String operator : OPERATORS) {
            cases.add(new Case("occurredAt = " + operator, occurred.apply(new Raw(operator)),
                    problem(400, "json-type", "occurredAt")));
        }
        return cases;
    }

    /**
     * Every id in the path, replaced by values of the wrong shape. The endpoint's id check ({@code PathIds}) answers
     * them, naming the path variable, except what Spring Security's firewall refuses before any endpoint is chosen
     * because it could change which resource the path names: an encoded slash, backslash or percent sign, and a
     * {@code ..} segment (docs/acts.md, "Bad input").
     */
    List<Case> pathCases(Endpoint e) {
        List<Case> cases = new ArrayList<>();
        java.util.regex.Matcher variables = java.util.regex.Pattern.compile("\\{(\\w+Id)}").matcher(e.uri);
        while (variables.find()) {
            String variable = variables.group(1);
            for (String value : List.of("{\"$ne\": null}", "$where", "s".repeat(101), "stk!1", "stk;1", "stk 1",
                    "\ud800", "stk\u0007")) {
                String shown = value.length() > 20 ? value.length() + " characters"
                        : value.equals("\ud800") ? "a lone surrogate"
                        : value.equals("stk\u0007") ? "with a control character" : value;
                cases.add(new Case("path " + variable + " = " + shown, f -> e.baseline(f).withVar(variable, value),
                        problem(400, "pattern", variable)));
            }
            for (String value : List.of("a/../b", "a/b", "a\\b", "100%", "..")) {
                cases.add(new Case("path " + variable + " = " + value + " (firewall)",
                        f -> e.baseline(f).withVar(variable, value), problem(400, "request-rejected", null)));
            }
        }
        return cases;
    }

    /** The same Idempotency-Key: refused when malformed, the first answer when replayed, refused with another body. */
    List<DynamicTest> idempotency(Endpoint e, Fixture[] fixture) {
        String key = unique("bad-input");
        Function<Fixture, Request> first = f -> e.baseline(f).withHeader("Idempotency-Key", key);
        Function<Fixture, Request> other = f -> e.body == null
                ? e.baseline(f).withVar("reason", "Alasan lain").withHeader("Idempotency-Key", key)
                : json(f, e, b -> b.put("occurredAt", clock.instant().minus(Duration.ofHours(1)).toString()))
                .withHeader("Idempotency-Key", key);
        Map<String, Object>[] answer = new Map[1];
        int[] status = new int[1];
        return List.of(
                DynamicTest.dynamicTest("Idempotency-Key of 201 characters", () -> expect(fixture[0],
                        e.baseline(fixture[0]).withHeader("Idempotency-Key", "k".repeat(201)),
                        problem(422, "idempotency-key-format", "Idempotency-Key"))),
                DynamicTest.dynamicTest("the valid body is accepted once with an Idempotency-Key", () -> {
                    Fixture f = fixture[0];
                    long before = ledger.nextPosition();
                    EntityExchangeResult<byte[]> result = send(first.apply(f)).expectBody().returnResult();
                    assertThat(result.getStatus().is2xxSuccessful())
                            .as("baseline answered %s %s", result.getStatus(), body(result)).isTrue();
                    status[0] = result.getStatus().value();
                    answer[0] = JSON.readValue(result.getResponseBody(), Map.class);
                    assertThat(ledger.nextPosition()).isGreaterThan(before);
                }),
                DynamicTest.dynamicTest("same key, same body: the first answer, nothing appended", () -> {
                    long before = ledger.nextPosition();
                    EntityExchangeResult<byte[]> result = send(first.apply(fixture[0])).expectBody().returnResult();
                    assertThat(result.getStatus().value()).isEqualTo(status[0]);
                    Map<?, ?> again = JSON.readValue(result.getResponseBody(), Map.class);
                    assertThat(again.get("id")).isEqualTo(answer[0].get("id"));
                    assertThat(again.get("events")).isEqualTo(answer[0].get("events"));
                    assertThat(ledger.nextPosition()).isEqualTo(before);
                }),
                DynamicTest.dynamicTest("same key, another body: idempotency-key-reused", () -> expect(fixture[0],
                        other.apply(fixture[0]), problem(422, "idempotency-key-reused", "Idempotency-Key"))));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Running them

    WebTestClient.ResponseSpec send(Request r) {
        WebTestClient.RequestBodySpec spec = web.method(r.method()).uri(r.uri(), r.vars())
                .headers(h -> {
                    if (r.caller() != null) {
                        h.setBearerAuth(r.caller().credential());
                    }
                    r.headers().forEach(h::set);
                });
        return r.body() == null ? spec.exchange() : spec.contentType(r.type()).bodyValue(r.body()).exchange();
    }

    static String body(EntityExchangeResult<byte[]> result) {
        byte[] body = result.getResponseBody();
        return body == null ? "" : new String(body, StandardCharsets.UTF_8);
    }

    /** Sends the request and asserts the problem it is refused with, and that it appended nothing. */
    void expect(Fixture f, Request request, Problem expected) {
        long next = ledger.nextPosition();
        EntityExchangeResult<byte[]> result = send(request).expectBody().returnResult();
        Map<?, ?> problem = result.getResponseBody() == null || result.getResponseBody().length == 0 ? Map.of()
                : JSON.readValue(result.getResponseBody(), Map.class);
        MediaType type = result.getResponseHeaders().getContentType();
        Problem actual = new Problem(result.getStatus().value(), type == null ? null : type.toString(),
                (String) problem.get("rule"), (String) problem.get("field"));
        assertThat(actual).as("answer %s", body(result).substring(0, Math.min(400, body(result).length())))
                .isEqualTo(expected);
        assertThat(ledger.nextPosition()).as("a refused request appends nothing").isEqualTo(next);
    }

    /** Waits until the ledger holds every stored event, so its size can be compared after the batch. */
    void sizesBefore(Fixture f) {
        await().atMost(Duration.ofSeconds(60)).until(() -> appender.tree().size() == ledger.nextPosition());
        f.events = ledger.nextPosition();
        f.commits = database.getCollection("events").countDocuments();
        f.ledgerSize = appender.tree().size();
        f.credentials = database.getCollection("credentials").countDocuments();
        f.revoked = database.getCollection("credentials").countDocuments(new org.bson.Document("revoked", true));
    }

    void sizesUnchanged(Fixture f) {
        assertThat(ledger.nextPosition()).as("events in the store").isEqualTo(f.events);
        assertThat(database.getCollection("events").countDocuments()).as("commits in the store").isEqualTo(f.commits);
        assertThat(appender.tree().size()).as("ledger size").isEqualTo(f.ledgerSize);
        assertThat(database.getCollection("credentials").countDocuments()).as("credentials issued")
                .isEqualTo(f.credentials);
        assertThat(database.getCollection("credentials").countDocuments(new org.bson.Document("revoked", true)))
                .as("credentials revoked").isEqualTo(f.revoked);
    }

    /** The write endpoints the running application maps under /api, as "METHOD /path [consumes]". */
    Set<String> mappedWriteEndpoints() {
        Set<String> keys = new TreeSet<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                for (PathPattern pattern : info.getPatternsCondition().getPatterns()) {
                    for (var method : info.getMethodsCondition().getMethods()) {
                        if (pattern.getPatternString().startsWith("/api/")
                                && Set.of("POST", "PUT", "PATCH", "DELETE").contains(method.name())) {
                            keys.add(method.name() + " " + pattern.getPatternString()
                                    + (info.getConsumesCondition().isEmpty() ? "" : " consumes JSON"));
                        }
                    }
                }
            }
        }
        return keys;
    }

    /** Endpoints whose cases are not generated from a JSON body; they have their own below. */
    static final Set<String> OWN_CASES = Set.of("POST /api/projections/rebuild", "POST /api/ledger/cosignature");

    String mappingKey(Endpoint e) {
        return e.key + (e.method == HttpMethod.DELETE && e.body != null ? " consumes JSON" : "");
    }

    @Test
    void everyWriteEndpointHasBadInputCases() {
        Set<String> covered = endpoints().stream().map(this::mappingKey).collect(Collectors.toCollection(TreeSet::new));
        covered.addAll(OWN_CASES);
        assertThat(mappedWriteEndpoints()).hasSizeGreaterThan(30).isEqualTo(covered);
    }

    static int generated;

    @TestFactory
    Stream<DynamicContainer> everyWriteEndpointRefusesBadInputAndAppendsNothing() {
        List<DynamicContainer> containers = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            Fixture[] fixture = new Fixture[1];
            List<Case> cases = new ArrayList<>();
            if (e.body != null) {
                cases.addAll(bodyCases(e));
                e.fields.forEach(field -> cases.addAll(fieldCases(e, field)));
            } else if (e.uri.contains("{reason}")) {
                cases.add(new Case("reason 2001 characters", f -> e.baseline(f).withVar("reason", "x".repeat(2001)),
                        problem(400, "size", "reason")));
                cases.add(new Case("reason blank", f -> e.baseline(f).withVar("reason", " "),
                        problem(400, "not-blank", "reason")));
                cases.add(new Case("text/plain body", f -> e.baseline(f).withBody(MediaType.TEXT_PLAIN,
                        "Dipindahtugaskan".getBytes(StandardCharsets.UTF_8)),
                        problem(415, "supported-media-type", "Content-Type")));
            }
            cases.addAll(e.extra);
            cases.addAll(pathCases(e));
            List<DynamicNode> tests = new ArrayList<>();
            tests.add(DynamicTest.dynamicTest("given a fresh collaboration", () -> {
                fixture[0] = new Fixture();
                e.setup.accept(fixture[0]);
                sizesBefore(fixture[0]);
            }));
            for (Case c : cases) {
                tests.add(DynamicTest.dynamicTest(c.name() + " → " + c.expected().status() + " " + c.expected().rule(),
                        () -> expect(fixture[0], c.request().apply(fixture[0]), c.expected())));
            }
            tests.add(DynamicTest.dynamicTest("the event store, the ledger and the credentials are unchanged", () -> {
                sizesUnchanged(fixture[0]);
                e.unchanged.accept(fixture[0]);
            }));
            if (e.idempotent) {
                tests.addAll(idempotency(e, fixture));
            }
            generated += cases.size();
            containers.add(DynamicContainer.dynamicContainer(mappingKey(e) + " (" + cases.size() + " cases)", tests));
        }
        containers.add(ownCases());
        System.out.println("BadInputApiTest: " + generated + " bad-input cases over " + containers.size()
                + " write endpoints");
        return containers.stream();
    }

    /** Rebuilding takes no body; the cosignature endpoint takes a signed note as text. */
    DynamicContainer ownCases() {
        Fixture[] fixture = new Fixture[1];
        Function<Fixture, Request> rebuild = f -> new Request(HttpMethod.POST, "/api/projections/rebuild", Map.of(),
                f.world.lead, null, null, Map.of());
        Function<String, Function<Fixture, Request>> note = text -> f -> new Request(HttpMethod.POST,
                "/api/ledger/cosignature", Map.of(), null, MediaType.TEXT_PLAIN,
                text.getBytes(StandardCharsets.UTF_8), Map.of());
        List<Case> cases = List.of(
                new Case("rebuild by a stakeholder", rebuild, problem(403, "operator-only", null)),
                new Case("rebuild without credential", f -> rebuild.apply(f).withCaller(null),
                        problem(401, "credential-valid", "Authorization")),
                new Case("cosignature without body", f -> note.apply("").apply(f).withBody(MediaType.TEXT_PLAIN,
                        new byte[0]), problem(400, "required", "body")),
                new Case("cosignature not a note", note.apply("{\"$where\": \"sleep(1000)\"}"),
                        problem(400, "signed-note", "body")),
                new Case("cosignature of a checkpoint never signed", note.apply("gotong.local/ledger\n5\n"
                        + "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n\n— witness.example/w1 AAAAAAAAAAAAAAAA\n"),
                        problem(422, "signed-by-this-log", "checkpoint")),
                new Case("cosignature over the body limit", note.apply("x".repeat(BODY_LIMIT + 1)),
                        problem(413, "body-size-limit", "body")));
        generated += cases.size();
        List<DynamicNode> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("given a fresh collaboration", () -> {
            fixture[0] = new Fixture();
            sizesBefore(fixture[0]);
        }));
        for (Case c : cases) {
            tests.add(DynamicTest.dynamicTest(c.name() + " → " + c.expected().status() + " " + c.expected().rule(),
                    () -> expect(fixture[0], c.request().apply(fixture[0]), c.expected())));
        }
        tests.add(DynamicTest.dynamicTest("the event store and the ledger are unchanged",
                () -> sizesUnchanged(fixture[0])));
        return DynamicContainer.dynamicContainer(String.join(", ", OWN_CASES) + " (" + cases.size() + " cases)",
                tests);
    }

    /** The filters of the lists and of the ledger history reach queries: operators and odd shapes are refused. */
    @TestFactory
    Stream<DynamicTest> everyQueryFilterRefusesOperatorsAndOddShapes() {
        record Query(String uri, String parameter, String value, String rule) {
        }
        List<Query> queries = new ArrayList<>();
        for (String operator : List.of("{\"$ne\": null}", "{\"$where\": \"sleep(1000)\"}", "{\"$gt\": \"\"}")) {
            queries.add(new Query("/api/commitments", "state", operator, "state"));
            queries.add(new Query("/api/commitments", "collaborationId", operator, "pattern"));
            queries.add(new Query("/api/information-requests", "state", operator, "state"));
            queries.add(new Query("/api/information-requests", "collaborationId", operator, "pattern"));
            queries.add(new Query("/api/collaborations", "region", operator, "region"));
            queries.add(new Query("/api/collaborations", "dimension", operator, "dimension"));
            queries.add(new Query("/api/ledger/history", "collaborationId", operator, "pattern"));
            queries.add(new Query("/api/ledger/history", "actor", operator, "pattern"));
            queries.add(new Query("/api/ledger/history", "type", operator, "pattern"));
            queries.add(new Query("/api/ledger/history", "since", operator, "instant"));
            queries.add(new Query("/api/ledger/history", "until", operator, "instant"));
        }
        queries.add(new Query("/api/collaborations", "region", "Kabupaten Toba$where", "region"));
        queries.add(new Query("/api/collaborations", "region", "x".repeat(201), "region"));
        queries.add(new Query("/api/ledger/history", "actor", "$where", "pattern"));
        queries.add(new Query("/api/ledger/history", "type", "Meeting.Convened", "pattern"));
        queries.add(new Query("/api/ledger/history", "from", "-1", "non-negative"));
        queries.add(new Query("/api/ledger/history", "limit", "1e400", "integer"));
        queries.add(new Query("/api/ledger/history", "limit", "9223372036854775808", "integer"));
        queries.add(new Query("/api/commitments", "page", "-1", "page"));
        queries.add(new Query("/api/commitments", "size", "9223372036854775808", "page-size"));
        queries.add(new Query("/api/meetings/{id}", "meetingId", "{\"$ne\": null}", "pattern"));
        queries.add(new Query("/api/collaborations/{id}", "collaborationId", "$where", "pattern"));
        return queries.stream().map(q -> DynamicTest.dynamicTest(q.uri() + " " + q.parameter() + "=" + q.value()
                + " → 400 " + q.rule(), () -> {
            Request request = q.uri().contains("{id}")
                    ? new Request(HttpMethod.GET, q.uri(), Map.of("id", q.value()), null, null, null, Map.of())
                    : new Request(HttpMethod.GET, q.uri() + "?" + q.parameter() + "={v}", Map.of("v", q.value()),
                    null, null, null, Map.of());
            expect(null, request, problem(400, q.rule(), q.parameter()));
        }));
    }
}
