package id.gotong.api;

import id.gotong.events.Sector;
import id.gotong.web.Recorded;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OWASP API Security Top 10 #1, broken object level authorization: agency A, with its own valid credential, names
 * agency B's records (in the path or the body) on every write endpoint of the API and is refused with a
 * problem+json naming the rule, appending nothing. The list of endpoints is read from the running application, so a
 * new write endpoint without a case here fails {@link #everyWriteEndpointHasACase()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObjectLevelAuthorizationApiTest extends ActApiTestSupport {

    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** Agency A: the lead of its own collaboration, a stranger to B's. */
    Registered a;
    String collaborationA;
    /** Agency B (lead), B3 (member) and B2 (secretary) of B's collaboration, and B's records in it. */
    Registered b;
    Registered b2;
    Registered b3;
    String collaborationB;
    String meetingB;
    String goalB;
    String agreementB;
    String agreementDraftedB;
    long agreementDraftedPosition;
    String commitmentB;
    String requestB;
    String outcomeB;
    String correctionB;
    /** The data subject of the person who represented B3 at B's meeting. */
    String subjectB;

    /** A case: the endpoint (as mapped), what A tries, and the refusal expected. */
    record Case(String endpoint, String attempt, int status, String rule, Supplier<WebTestClient.ResponseSpec> request) {
    }

    @BeforeAll
    void recordsOfAgencyB() {
        a = givenStakeholder("Dinas Komunikasi dan Informatika A", Sector.GOVERNMENT);
        collaborationA = givenCollaboration(a);
        b = givenStakeholder("Dinas Komunikasi dan Informatika B", Sector.GOVERNMENT);
        b2 = givenStakeholder("Bappeda B", Sector.GOVERNMENT);
        b3 = givenStakeholder("PT Mitra B", Sector.BUSINESS);
        collaborationB = givenCollaboration(b, b3, b2);
        String due = LocalDate.now().plusDays(60).toString();
        meetingB = created(b, "/api/collaborations/" + collaborationB + "/meetings", Map.of("title", "Forum B",
                "agenda", List.of("B's confidential agenda item"), "scheduledAt", "2030-01-10T02:00:00Z",
                "formality", "FORMAL", "channel", "IN_PERSON", "invitees", List.of(b2.id(), b3.id()))).id();
        subjectB = unique("ds");
        post(b, "/api/meetings/" + meetingB + "/attendance", Map.of("entries", List.of(Map.of("stakeholderId",
                b3.id(), "status", "REPRESENTED", "representedBy", Map.of("name", "Rina Hutapea", "subject",
                subjectB))))).expectStatus().isOk();
        goalB = created(b, "/api/collaborations/" + collaborationB + "/goals",
                Map.of("kind", "GOAL", "statement", "B's shared goal")).id();
        Recorded drafted = created(b, "/api/collaborations/" + collaborationB + "/agreements", Map.of(
                "kind", "COOPERATION_AGREEMENT", "number", "B/1/2026", "title", "B's agreement",
                "parties", List.of(b.id(), b3.id()), "termsSummary", "B's confidential terms",
                "validFrom", LocalDate.now().toString()));
        agreementB = drafted.id();
        agreementDraftedB = drafted.events().get(0).eventId();
        agreementDraftedPosition = drafted.events().get(0).position();
        commitmentB = created(b3, "/api/collaborations/" + collaborationB + "/commitments", Map.of(
                "deliverable", "B3's deliverable", "dueOn", due, "decisionRef", "B's decision 7")).id();
        requestB = created(b, "/api/collaborations/" + collaborationB + "/information-requests", Map.of(
                "requestedFrom", b3.id(), "subject", "B3's data", "dueOn", due)).id();
        outcomeB = created(b, "/api/collaborations/" + collaborationB + "/outcomes", Map.of("indicator", "Visits",
                "period", "2025", "value", 10, "unit", "visits", "evidenceLink", "https://b.example/evidence")).id();
        correctionB = created(b2, "/api/corrections", Map.of("collaborationId", collaborationB,
                "correctedEventId", agreementDraftedB, "correctedFields", Map.of("title", "B's agreement, corrected"),
                "reason", "B's confidential reason")).id();
    }

    private Recorded created(Registered caller, String uri, Object body) {
        return post(caller, uri, body).expectStatus().isCreated().expectBody(Recorded.class).returnResult()
                                      .getResponseBody();
    }

    private WebTestClient.ResponseSpec send(Registered caller, HttpMethod method, String uri, Object body) {
        WebTestClient.RequestBodySpec request = web.method(method).uri(uri)
                .headers(h -> h.setBearerAuth(caller.credential()));
        return body == null ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    List<Case> cases() {
        String colB = "/api/collaborations/" + collaborationB;
        String colA = "/api/collaborations/" + collaborationA;
        String due = LocalDate.now().plusDays(30).toString();
        List<Case> cases = new ArrayList<>();
        // Collaborations and membership
        // Registering a forum led by another agency is a recorded act of the registering agency (acts.md): it is
        // accepted, and recorded as A's, never as B's.
        cases.add(new Case("POST /api/collaborations", "register a collaboration with B as its lead", 201, null,
                () -> post(a, "/api/collaborations", Map.of("name", "B's forum?",
                        "dimensions", List.of("GOVERNANCE"), "leadStakeholderId", b.id(), "meetingCadence", "YEARLY"))));
        cases.add(new Case("POST /api/collaborations/{collaborationId}/members", "admit itself to B's collaboration",
                403, "membership-managed-by-lead-chair-or-secretary", () -> post(a, colB + "/members", Map.of("stakeholderId", a.id(), "role", "MEMBER"))));
        cases.add(new Case("PUT /api/collaborations/{collaborationId}/members/{stakeholderId}",
                "make B3 the secretary of B's collaboration", 403, "membership-managed-by-lead-chair-or-secretary",
                () -> send(a, HttpMethod.PUT, colB + "/members/" + b3.id(), Map.of("role", "SECRETARY"))));
        cases.add(new Case("DELETE /api/collaborations/{collaborationId}/members/{stakeholderId}",
                "withdraw B3 from B's collaboration (reason in the body)", 403, "withdrawn-by-itself-the-secretary-or-the-lead",
                () -> send(a, HttpMethod.DELETE, colB + "/members/" + b3.id(), Map.of("reason", "A says so"))));
        cases.add(new Case("DELETE /api/collaborations/{collaborationId}/members/{stakeholderId}",
                "withdraw B3 from B's collaboration (reason in the query)", 403, "withdrawn-by-itself-the-secretary-or-the-lead",
                () -> send(a, HttpMethod.DELETE, colB + "/members/" + b3.id() + "?reason=A+says+so", null)));
        cases.add(new Case("POST /api/collaborations/{collaborationId}/leadership", "take over B's lead", 403,
                "membership-managed-by-lead-chair-or-secretary", () -> post(a, colB + "/leadership",
                        Map.of("newLeadStakeholderId", a.id(), "reason", "A wants to lead"))));
        cases.add(new Case("POST /api/collaborations/{collaborationId}/drivers", "record a driver for B", 403,
                "members-only", () -> post(a, colB + "/drivers",
                        Map.of("kind", "INTERDEPENDENCE", "description", "A's view of B"))));
        cases.add(new Case("POST /api/collaborations/{collaborationId}/calendar", "publish B's calendar", 403,
                "members-only", () -> post(a, colB + "/calendar",
                        Map.of("entries", List.of(Map.of("title", "A's event", "date", due))))));
        // Meetings
        cases.add(new Case("POST /api/collaborations/{collaborationId}/meetings", "convene a meeting of B", 403,
                "members-only", () -> post(a, colB + "/meetings", Map.of("title", "A's meeting of B",
                        "scheduledAt", "2030-01-10T02:00:00Z", "formality", "FORMAL", "channel", "ONLINE"))));
        cases.add(new Case("POST /api/meetings/{meetingId}/attendance", "record attendance at B's meeting", 403,
                "members-only", () -> post(a, "/api/meetings/" + meetingB + "/attendance",
                        Map.of("entries", List.of(Map.of("stakeholderId", b2.id(), "status", "ABSENT"))))));
        cases.add(new Case("POST /api/meetings/{meetingId}/minutes", "write B's minutes", 403, "members-only",
                () -> post(a, "/api/meetings/" + meetingB + "/minutes", Map.of("summary", "A's minutes"))));
        cases.add(new Case("POST /api/meetings/{meetingId}/closure", "close B's meeting", 403, "members-only",
                () -> post(a, "/api/meetings/" + meetingB + "/closure", Map.of())));
        cases.add(new Case("POST /api/meetings/{meetingId}/cancellation", "cancel B's meeting", 403, "members-only",
                () -> post(a, "/api/meetings/" + meetingB + "/cancellation", Map.of("reason", "A cancels"))));
        // Shared goals
        cases.add(new Case("POST /api/collaborations/{collaborationId}/goals", "propose a goal for B", 403,
                "members-only", () -> post(a, colB + "/goals", Map.of("kind", "GOAL", "statement", "A's goal"))));
        cases.add(new Case("POST /api/goals/{goalId}/endorsements", "endorse B's goal", 403, "members-only",
                () -> post(a, "/api/goals/" + goalB + "/endorsements", Map.of("goalVersion", 1))));
        cases.add(new Case("POST /api/goals/{goalId}/dissents", "dissent from B's goal", 403, "members-only",
                () -> post(a, "/api/goals/" + goalB + "/dissents", Map.of("goalVersion", 1, "reason", "A objects"))));
        cases.add(new Case("POST /api/goals/{goalId}/revisions", "revise B's goal", 403, "members-only",
                () -> post(a, "/api/goals/" + goalB + "/revisions",
                        Map.of("goalVersion", 1, "statement", "A's goal", "reason", "A prefers it"))));
        // Agreements
        cases.add(new Case("POST /api/collaborations/{collaborationId}/agreements", "draft an agreement in B's", 403,
                "members-only", () -> post(a, colB + "/agreements", agreement(List.of(a.id(), b.id())))));
        cases.add(new Case("POST /api/collaborations/{collaborationId}/agreements",
                "draft an agreement in its own collaboration binding B", 422, "parties-are-members",
                () -> post(a, colA + "/agreements", agreement(List.of(a.id(), b.id())))));
        cases.add(new Case("POST /api/agreements/{agreementId}/signatures", "sign B's agreement", 403,
                "sign-only-for-yourself", () -> post(a, "/api/agreements/" + agreementB + "/signatures", Map.of())));
        cases.add(new Case("POST /api/agreements/{agreementId}/amendments", "amend B's agreement", 403,
                "amend-only-as-party", () -> post(a, "/api/agreements/" + agreementB + "/amendments",
                        Map.of("termsSummary", "A's terms", "reason", "A amends"))));
        cases.add(new Case("POST /api/agreements/{agreementId}/termination", "terminate B's agreement", 403,
                "terminate-only-as-party", () -> post(a, "/api/agreements/" + agreementB + "/termination",
                        Map.of("reason", "A terminates"))));
        // Commitments
        cases.add(new Case("POST /api/collaborations/{collaborationId}/commitments", "pledge in B's collaboration",
                403, "members-only", () -> post(a, colB + "/commitments", Map.of("deliverable", "A's", "dueOn", due))));
        cases.add(new Case("POST /api/collaborations/{collaborationId}/commitments",
                "pledge in its own collaboration under B's agreement", 422, "reference-within-collaboration",
                () -> post(a, colA + "/commitments", Map.of("deliverable", "A's", "dueOn", due,
                        "agreementId", agreementB))));
        cases.add(new Case("POST /api/collaborations/{collaborationId}/commitments",
                "pledge in its own collaboration at B's meeting", 422, "reference-within-collaboration",
                () -> post(a, colA + "/commitments", Map.of("deliverable", "A's", "dueOn", due,
                        "meetingId", meetingB))));
        cases.add(new Case("POST /api/commitments/{commitmentId}/fulfilment", "fulfil B3's commitment", 403,
                "pledger-only", () -> post(a, "/api/commitments/" + commitmentB + "/fulfilment",
                        Map.of("evidence", "A says it is done"))));
        cases.add(new Case("POST /api/commitments/{commitmentId}/abandonment", "abandon B3's commitment", 403,
                "pledger-only", () -> post(a, "/api/commitments/" + commitmentB + "/abandonment",
                        Map.of("reason", "A abandons it"))));
        // Information requests
        cases.add(new Case("POST /api/collaborations/{collaborationId}/information-requests",
                "request information in B's collaboration", 403, "members-only",
                () -> post(a, colB + "/information-requests",
                        Map.of("requestedFrom", b3.id(), "subject", "A asks", "dueOn", due))));
        cases.add(new Case("POST /api/information-requests/{requestId}/answer", "answer the request put to B3",
                403, "requested-party-only", () -> post(a, "/api/information-requests/" + requestB + "/answer",
                        Map.of("answerSummary", "A answers for B3"))));
        cases.add(new Case("POST /api/information-requests/{requestId}/refusal", "decline the request put to B3",
                403, "requested-party-only", () -> post(a, "/api/information-requests/" + requestB + "/refusal",
                        Map.of("reason", "A declines for B3"))));
        // Outcomes
        cases.add(new Case("POST /api/collaborations/{collaborationId}/outcomes", "report an outcome of B", 403,
                "members-only", () -> post(a, colB + "/outcomes",
                        Map.of("indicator", "Visits", "period", "2025", "value", 1, "unit", "visits"))));
        cases.add(new Case("POST /api/outcomes/{outcomeId}/confirmations", "confirm B's outcome", 403,
                "members-only", () -> post(a, "/api/outcomes/" + outcomeB + "/confirmations", null)));
        cases.add(new Case("POST /api/outcomes/{outcomeId}/disputes", "dispute B's outcome", 403, "members-only",
                () -> post(a, "/api/outcomes/" + outcomeB + "/disputes", Map.of("reason", "A disputes"))));
        // Corrections
        cases.add(new Case("POST /api/corrections", "correct B's record in B's collaboration", 403, "recorder-or-secretary-corrects",
                () -> post(a, "/api/corrections", correction(collaborationB))));
        cases.add(new Case("POST /api/corrections", "correct B's record through its own collaboration", 422,
                "correction-within-collaboration", () -> post(a, "/api/corrections", correction(collaborationA))));
        // The operator's endpoints
        cases.add(new Case("POST /api/stakeholders", "register a stakeholder", 403, "operator-only",
                () -> post(a, "/api/stakeholders", Map.of("name", "B's twin", "sector", "GOVERNMENT"))));
        cases.add(new Case("POST /api/projections/rebuild", "rebuild the read models", 403, "operator-only",
                () -> post(a, "/api/projections/rebuild", null)));
        cases.add(new Case("POST /api/auditors", "issue an auditor credential", 403, "operator-only",
                () -> post(a, "/api/auditors", null)));
        cases.add(new Case("POST /api/stakeholders/{stakeholderId}/credentials", "issue itself a credential of B",
                403, "operator-only", () -> post(a, "/api/stakeholders/" + b.id() + "/credentials", null)));
        cases.add(new Case("DELETE /api/stakeholders/{stakeholderId}/credentials", "revoke B's credentials", 403,
                "operator-only", () -> send(a, HttpMethod.DELETE, "/api/stakeholders/" + b.id() + "/credentials",
                        null)));
        // Only the operator erases a person, also one named in the agency's own records (see below).
        cases.add(new Case("POST /api/data-subjects/{subjectId}/erasure", "erase the person named in B's meeting",
                403, "operator-only", () -> post(a, "/api/data-subjects/" + subjectB + "/erasure",
                        Map.of("reason", "A asks for it"))));
        // Witnesses sign checkpoints with their own keys; an agency's credential gives it no witness's voice.
        cases.add(new Case("POST /api/ledger/cosignature", "post a cosignature in a witness's name", 400,
                "signed-note", () -> web.post().uri("/api/ledger/cosignature")
                        .headers(h -> h.setBearerAuth(a.credential())).contentType(MediaType.TEXT_PLAIN)
                        .bodyValue("gotong.local/ledger\n1\nAAAA\n\n— witness.example/w1 AAAA\n").exchange()));
        return cases;
    }

    /** DELETE /api/credentials/current names no id: A can only revoke the credential it presents itself. */
    private static final String REVOKE_CURRENT = "DELETE /api/credentials/current";

    private Map<String, Object> agreement(List<String> parties) {
        return Map.of("kind", "COOPERATION_AGREEMENT", "number", "A/1", "title", "A's agreement", "parties", parties,
                "termsSummary", "A's terms", "validFrom", LocalDate.now().toString());
    }

    private Map<String, Object> correction(String collaborationId) {
        return Map.of("collaborationId", collaborationId, "correctedEventId", agreementDraftedB,
                "correctedFields", Map.of("title", "A's title"), "reason", "A corrects B");
    }

    @Test
    void everyWriteEndpointHasACase() {
        Set<String> mapped = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<org.springframework.web.bind.annotation.RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (PathPattern pattern : info.getPatternsCondition().getPatterns()) {
                if (!pattern.getPatternString().startsWith("/api/")) {
                    continue;
                }
                for (var method : methods) {
                    if (WRITES.contains(method.asHttpMethod())) {
                        mapped.add(method.name() + " " + pattern.getPatternString());
                    }
                }
            }
        }
        Set<String> covered = new TreeSet<>();
        cases().forEach(c -> covered.add(c.endpoint()));
        covered.add(REVOKE_CURRENT);
        assertThat(mapped).as("write endpoints of the running application").hasSizeGreaterThan(30);
        assertThat(covered).as("every write endpoint has a case, and every case an endpoint")
                .containsExactlyInAnyOrderElementsOf(mapped);
    }

    @TestFactory
    Stream<DynamicTest> agencyANeverActsAsAgencyB() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.endpoint() + ": A tries to " + c.attempt(),
                () -> {
                    if (c.rule() == null) {
                        recordedAsA(c);
                    } else {
                        refused(c.status(), c.rule(), c.request());
                    }
                }));
    }

    private void recordedAsA(Case c) {
        Recorded recorded = c.request().get().expectStatus().isEqualTo(c.status())
                .expectBody(Recorded.class).returnResult().getResponseBody();
        List<String> actors = new ArrayList<>();
        for (org.bson.Document commit : database.getCollection("events")
                .find(new org.bson.Document("events.aggregateId", recorded.id()))) {
            for (org.bson.Document event : commit.getList("events", org.bson.Document.class)) {
                actors.add(event.get("payload", org.bson.Document.class)
                        .get("provenance", org.bson.Document.class).getString("actor"));
            }
        }
        assertThat(actors).isNotEmpty().containsOnly(a.id());
    }

    @Test
    void noAgencyErasesAPersonNamedInBsMeetingNotEvenB() {
        refused(403, "operator-only", () -> post(a, "/api/data-subjects/" + subjectB + "/erasure",
                Map.of("reason", "A asks for it")));
        refused(403, "operator-only", () -> post(b, "/api/data-subjects/" + subjectB + "/erasure",
                Map.of("reason", "B asks for it")));
        web.get().uri("/api/data-subjects/{s}/erasure", subjectB).headers(h -> h.setBearerAuth(operatorToken()))
           .exchange().expectStatus().isNotFound().expectBody().jsonPath("$.rule").isEqualTo("resource-exists");
        web.get().uri("/api/meetings/" + meetingB).headers(h -> h.setBearerAuth(b3.credential())).exchange()
           .expectStatus().isOk().expectBody()
           .jsonPath("$.attendance[0].representedBy.subject").isEqualTo(subjectB)
           .jsonPath("$.attendance[0].representedBy.name").isEqualTo("Rina Hutapea")
           .jsonPath("$.attendance[0].representedBy.erased").isEqualTo(false);
    }

    @Test
    void aCredentialRevokesOnlyItselfAndOthersCredentialsStay() {
        String second = credentials.issue(a.id());
        web.delete().uri("/api/credentials/current").headers(h -> h.setBearerAuth(second)).exchange()
           .expectStatus().isNoContent();
        web.get().uri("/api/agreements/" + agreementB).headers(h -> h.setBearerAuth(second)).exchange()
           .expectStatus().isUnauthorized()
           .expectBody().jsonPath("$.rule").isEqualTo("credential-valid");
        for (Registered holder : List.of(a, b, b2, b3)) {
            web.get().uri("/api/agreements/" + agreementB).headers(h -> h.setBearerAuth(holder.credential()))
               .exchange().expectStatus().isOk();
        }
    }

    @Test
    void agencyAReadsOnlyThePublishedFieldsOfBsRecords() {
        Map<String, String> withheld = new LinkedHashMap<>();
        withheld.put("/api/agreements/" + agreementB, "$.termsSummary");
        withheld.put("/api/meetings/" + meetingB, "$.agenda");
        withheld.put("/api/commitments/" + commitmentB, "$.decisionRef");
        withheld.put("/api/outcomes/" + outcomeB, "$.evidenceLink");
        withheld.put("/api/corrections/" + correctionB, "$.reason");
        String auditor = issueAuditor();
        withheld.forEach((uri, field) -> {
            web.get().uri(uri).headers(h -> h.setBearerAuth(a.credential())).exchange()
               .expectStatus().isOk().expectBody().jsonPath(field).doesNotExist();
            web.get().uri(uri).exchange()
               .expectStatus().isOk().expectBody().jsonPath(field).doesNotExist();
            for (String reader : List.of(b3.credential(), b2.credential(), auditor, operatorToken())) {
                web.get().uri(uri).headers(h -> h.setBearerAuth(reader)).exchange()
                   .expectStatus().isOk().expectBody().jsonPath(field).isNotEmpty();
            }
        });
        web.get().uri("/api/agreements/" + agreementB).headers(h -> h.setBearerAuth(a.credential())).exchange()
           .expectBody().jsonPath("$.title").isEqualTo("B's agreement").jsonPath("$.parties.length()").isEqualTo(2);
        web.get().uri("/api/corrections/" + correctionB).exchange()
           .expectBody().jsonPath("$.correctedFields.title").doesNotExist()
           .jsonPath("$.correctedFields").isMap();
    }

    @Test
    void agencyAReadsBsLedgerHistoryAndEvidenceWithoutTheWithheldFieldsAndNoEntryBundles() {
        String history = "/api/ledger/history?collaborationId=" + collaborationB + "&type=AgreementDrafted";
        web.get().uri(history).headers(h -> h.setBearerAuth(a.credential())).exchange()
           .expectStatus().isOk().expectBody()
           .jsonPath("$.items[0].event.payload.title").isEqualTo("B's agreement")
           .jsonPath("$.items[0].event.payload.termsSummary").doesNotExist()
           .jsonPath("$.items[0].event.withheld[0]").isEqualTo("termsSummary")
           .jsonPath("$.items[0].leafHash").isNotEmpty();
        web.get().uri(history).headers(h -> h.setBearerAuth(b3.credential())).exchange()
           .expectStatus().isOk().expectBody()
           .jsonPath("$.items[0].event.payload.termsSummary").isEqualTo("B's confidential terms")
           .jsonPath("$.items[0].event.withheld").doesNotExist();

        String evidence = "/api/ledger/evidence?collaborationId=" + collaborationB;
        String drafted = "$.events[?(@.event.payloadType =~ /.*AgreementDrafted/)]";
        web.get().uri(evidence).headers(h -> h.setBearerAuth(a.credential())).exchange()
           .expectStatus().isOk().expectBody()
           .jsonPath(drafted + ".leaf").isEqualTo(java.util.Collections.singletonList(null))
           .jsonPath(drafted + ".leafHash").value(hashes -> assertThat((List<?>) hashes).singleElement().isNotNull())
           .jsonPath(drafted + ".event.payload.termsSummary").isEmpty();
        web.get().uri(evidence).headers(h -> h.setBearerAuth(b3.credential())).exchange()
           .expectStatus().isOk().expectBody()
           .jsonPath(drafted + ".leaf").value(leaves -> assertThat((List<?>) leaves).singleElement().isNotNull())
           .jsonPath(drafted + ".event.payload.termsSummary").isEqualTo(List.of("B's confidential terms"));
        web.get().uri("/api/ledger/tile/entries/000.p/1").headers(h -> h.setBearerAuth(a.credential())).exchange()
           .expectStatus().isForbidden().expectBody().jsonPath("$.rule").isEqualTo("auditor-only");
        String entry = "/api/ledger/entries?start=" + agreementDraftedPosition + "&end=" + (agreementDraftedPosition + 1);
        web.get().uri(entry).headers(h -> h.setBearerAuth(a.credential())).exchange()
           .expectStatus().isOk().expectBody().jsonPath("$[0].leaf").doesNotExist()
           .jsonPath("$[0].leafHash").isNotEmpty()
           .jsonPath("$[0].event.withheld[0]").isEqualTo("termsSummary");
        web.get().uri(entry).headers(h -> h.setBearerAuth(b3.credential())).exchange()
           .expectStatus().isOk().expectBody().jsonPath("$[0].leaf").isNotEmpty();
    }

    @Test
    void anAuditorReadsEverythingAndRecordsNothing() {
        String auditor = issueAuditor();
        web.get().uri("/api/ledger/evidence?collaborationId=" + collaborationB)
           .headers(h -> h.setBearerAuth(auditor)).exchange().expectStatus().isOk();
        refused(403, "role-required", () -> web.post().uri("/api/collaborations/" + collaborationB + "/goals")
                .headers(h -> h.setBearerAuth(auditor)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("kind", "GOAL", "statement", "The auditor's goal")).exchange());
        refused(403, "role-required", () -> web.post().uri("/api/stakeholders").headers(h -> h.setBearerAuth(auditor))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "X", "sector", "GOVERNMENT"))
                .exchange());
    }

    private String issueAuditor() {
        Map<?, ?> issued = web.post().uri("/api/auditors").headers(h -> h.setBearerAuth(operatorToken())).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        assertThat((String) issued.get("id")).startsWith("aud");
        return (String) issued.get("credential");
    }
}
