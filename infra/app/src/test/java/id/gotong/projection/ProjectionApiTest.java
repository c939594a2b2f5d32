package id.gotong.projection;

import id.gotong.api.ApiTestSupport;
import id.gotong.collaboration.AdmitMember;
import id.gotong.collaboration.RegisterCollaboration;
import id.gotong.commitment.FulfilCommitment;
import id.gotong.commitment.MarkCommitmentOverdue;
import id.gotong.commitment.PledgeCommitment;
import id.gotong.eventstore.MongoLedgerStorageEngine;
import id.gotong.events.MeetingCadence;
import id.gotong.events.MeetingEvent.Attendance;
import id.gotong.events.MeetingEvent.AttendanceStatus;
import id.gotong.events.MeetingEvent.Channel;
import id.gotong.events.MeetingEvent.Formality;
import id.gotong.events.Role;
import id.gotong.events.Sector;
import id.gotong.events.SharedGoalEvent.GoalKind;
import id.gotong.events.SmartCityDimension;
import id.gotong.goal.EndorseSharedGoal;
import id.gotong.goal.ProposeSharedGoal;
import id.gotong.goal.RecordDissent;
import id.gotong.information.LapseInformationRequest;
import id.gotong.information.RequestInformation;
import id.gotong.meeting.ConveneMeeting;
import id.gotong.meeting.RecordAttendance;
import id.gotong.outcome.ConfirmOutcome;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read API over real HTTP: one small collaboration recorded with historical dates, then its dashboard, a member's
 * history, the lists, the research export, as-of reads at their boundaries, the live stream and a rebuild.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectionApiTest extends ApiTestSupport {

    private static final Instant REGISTERED = Instant.parse("2024-01-10T00:00:00Z");
    private static final Instant GOAL_PROPOSED = Instant.parse("2024-03-01T00:00:00Z");

    @Autowired
    MongoLedgerStorageEngine engine;
    @Autowired
    ReadModels models;
    @Autowired
    Changes changes;
    @Autowired
    Rebuilds rebuilds;
    Projected projected;

    Registered lead;
    Registered business;
    Registered university;
    Registered secretary;
    String collaboration;
    String goal;
    long fulfilledAt;
    long overdueAt;

    @BeforeAll
    void record() {
        projected = new Projected(models, changes, engine);
        lead = givenStakeholder("Diskominfo Kabupaten Toba", Sector.GOVERNMENT);
        business = givenStakeholder("PT Solusi Rahayu Indonesia", Sector.BUSINESS);
        university = givenStakeholder("Institut Teknologi Del", Sector.ACADEMIA);
        secretary = givenStakeholder("Bappeda Kabupaten Toba", Sector.GOVERNMENT);
        collaboration = unique("col");
        commands.sendAndWait(new RegisterCollaboration(collaboration, lead.id(), REGISTERED, "Toba Smart Governance",
                "Kabupaten Projection Test", Set.of(SmartCityDimension.GOVERNANCE),
                List.of("Keputusan Bupati Toba 724/2022"), lead.id(), MeetingCadence.MONTHLY));
        Instant admitted = Instant.parse("2024-01-11T00:00:00Z");
        commands.sendAndWait(new AdmitMember(collaboration, lead.id(), admitted, business.id(), Role.MEMBER, null));
        commands.sendAndWait(new AdmitMember(collaboration, lead.id(), admitted, university.id(), Role.MEMBER, null));
        commands.sendAndWait(new AdmitMember(collaboration, lead.id(), admitted, secretary.id(), Role.SECRETARY, null));

        String meeting = unique("mtg");
        commands.sendAndWait(new ConveneMeeting(meeting, secretary.id(), Instant.parse("2024-02-01T02:00:00Z"),
                collaboration, "Forum SPBE", List.of("SPBE evaluation"), Instant.parse("2024-02-15T02:00:00Z"),
                Formality.FORMAL, Channel.IN_PERSON,
                Set.of(lead.id(), business.id(), university.id(), secretary.id())));
        commands.sendAndWait(new RecordAttendance(meeting, secretary.id(), Instant.parse("2024-02-15T05:00:00Z"),
                List.of(new Attendance(lead.id(), AttendanceStatus.PRESENT, null),
                        new Attendance(business.id(), AttendanceStatus.ABSENT, null),
                        new Attendance(university.id(), AttendanceStatus.PRESENT, null),
                        new Attendance(secretary.id(), AttendanceStatus.PRESENT, null))));

        goal = unique("goal");
        commands.sendAndWait(new ProposeSharedGoal(goal, lead.id(), GOAL_PROPOSED, collaboration, GoalKind.GOAL,
                "Raise the SPBE index above the national minimum"));
        commands.sendAndWait(new EndorseSharedGoal(goal, lead.id(), Instant.parse("2024-03-02T00:00:00Z"), 1));
        commands.sendAndWait(new EndorseSharedGoal(goal, university.id(), Instant.parse("2024-03-02T00:00:00Z"), 1));
        commands.sendAndWait(new RecordDissent(goal, business.id(), Instant.parse("2024-03-03T00:00:00Z"), 1,
                "Targets without a budget"));

        String kept = unique("cmt");
        commands.sendAndWait(new PledgeCommitment(kept, business.id(), Instant.parse("2024-03-05T00:00:00Z"),
                collaboration, "Data-centre assessment", LocalDate.parse("2024-04-30"), null, null, null));
        commands.sendAndWait(new FulfilCommitment(kept, business.id(), Instant.parse("2024-04-20T00:00:00Z"),
                "Report delivered"));
        fulfilledAt = engine.nextPosition() - 1;
        String missed = unique("cmt");
        commands.sendAndWait(new PledgeCommitment(missed, university.id(), Instant.parse("2024-03-06T00:00:00Z"),
                collaboration, "SPBE training", LocalDate.parse("2024-05-31"), null, null, null));
        commands.sendAndWait(new MarkCommitmentOverdue(missed));
        overdueAt = engine.nextPosition() - 1;

        String request = unique("req");
        commands.sendAndWait(new RequestInformation(request, lead.id(), Instant.parse("2024-06-01T00:00:00Z"),
                collaboration, business.id(), "SME data", LocalDate.parse("2024-06-30")));
        commands.sendAndWait(new LapseInformationRequest(request));

        Map<?, ?> reported = web.post().uri("/api/collaborations/{id}/outcomes", collaboration)
                .headers(h -> h.setBearerAuth(lead.credential()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("indicator", "SPBE index", "period", "2023", "value", "2.16", "unit", "index",
                        "baseline", "1.69", "target", "3.39", "occurredAt", "2024-07-01T00:00:00Z"))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        commands.sendAndWait(new ConfirmOutcome((String) reported.get("id"), university.id(),
                Instant.parse("2024-07-02T00:00:00Z")));
        projected.await(engine.nextPosition() - 1);
    }

    private Map<String, Object> dashboard(String query) {
        return web.get().uri("/api/collaborations/" + collaboration + "/dashboard" + query)
                .exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(Object root, String... path) {
        Object current = root;
        for (String key : path) {
            current = current instanceof List<?> list ? list.get(Integer.parseInt(key)) : ((Map<?, ?>) current).get(key);
        }
        return (T) current;
    }

    @Test
    void theDashboardShowsMembersMeetingsGoalsCommitmentsRequestsOutcomesAndHealth() {
        Map<String, Object> read = dashboard("");
        assertThat((Integer) at(read, "reflects", "position")).isPositive();
        Object d = read.get("dashboard");
        assertThat((Integer) at(d, "members", "total")).isEqualTo(4);
        assertThat((List<?>) at(d, "members", "bySector", "GOVERNMENT")).hasSize(2);
        assertThat((Integer) at(d, "meetings", "held")).isEqualTo(1);
        assertThat((Double) at(d, "meetings", "attendanceRate")).isEqualTo(0.75);
        assertThat((String) at(d, "meetings", "cadence", "declared")).isEqualTo("MONTHLY");
        List<Map<String, Object>> goals = at(d, "sharedUnderstanding", "goals");
        Map<String, Object> recorded = goals.stream().filter(g -> goal.equals(g.get("goalId"))).findFirst()
                .orElseThrow();
        assertThat((Double) recorded.get("consensus")).isEqualTo(0.5);
        assertThat((List<String>) recorded.get("dissentedBy")).containsExactly(business.id());
        assertThat((Map<String, Integer>) at(d, "commitments", "byState"))
                .containsEntry("FULFILLED", 1).containsEntry("OVERDUE", 1).containsEntry("OPEN", 0);
        assertThat((Double) at(d, "commitments", "fulfilmentRate")).isEqualTo(0.5);
        assertThat((Map<String, Integer>) at(d, "informationRequests", "byState")).containsEntry("LAPSED", 1);
        assertThat((String) at(d, "outcomes", "0", "points", "0", "status")).isEqualTo("CONFIRMED");
        assertThat((String) at(d, "outcomes", "0", "points", "0", "gapToTarget")).isEqualTo("1.23");
        assertThat((String) at(d, "outcomes", "0", "points", "0", "progress")).isEqualTo("0.2765");
        assertThat((Integer) at(d, "health", "stagesWithEvidence")).isEqualTo(5);
        List<Map<String, Object>> participation = at(d, "health", "participation");
        assertThat(participation).extracting(p -> p.get("sector"), p -> p.get("active"), p -> p.get("members"))
                .contains(org.assertj.core.groups.Tuple.tuple("GOVERNMENT", 2, 2),
                        org.assertj.core.groups.Tuple.tuple("BUSINESS", 1, 1),
                        org.assertj.core.groups.Tuple.tuple("ACADEMIA", 1, 1));
    }

    @Test
    void asOfAnInstantIncludesAnActExactlyAtItAndNothingAfter() {
        Object atProposal = dashboard("?asOf=" + GOAL_PROPOSED).get("dashboard");
        assertThat((List<?>) at(atProposal, "sharedUnderstanding", "goals")).hasSize(1);
        assertThat((Integer) at(atProposal, "sharedUnderstanding", "endorsements")).isZero();
        assertThat((List<?>) at(atProposal, "commitments", "list")).isEmpty();

        Object justBefore = dashboard("?asOf=" + GOAL_PROPOSED.minusNanos(1)).get("dashboard");
        assertThat((List<?>) at(justBefore, "sharedUnderstanding", "goals")).isEmpty();
        assertThat((Integer) at(justBefore, "meetings", "held")).isEqualTo(1);

        web.get().uri("/api/collaborations/" + collaboration + "/dashboard?asOf=" + REGISTERED.minusSeconds(1))
                .exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.rule").isEqualTo("unknown-collaboration");
    }

    @Test
    void asOfAPositionReflectsExactlyTheEventsUpToIt() {
        Map<String, Object> atFulfilment = dashboard("?position=" + fulfilledAt);
        assertThat((Integer) at(atFulfilment, "reflects", "position")).isEqualTo((int) fulfilledAt);
        assertThat((Map<String, Integer>) at(atFulfilment, "dashboard", "commitments", "byState"))
                .containsEntry("FULFILLED", 1).containsEntry("OVERDUE", 0);
        Map<String, Object> before = dashboard("?position=" + (fulfilledAt - 1));
        assertThat((Map<String, Integer>) at(before, "dashboard", "commitments", "byState"))
                .containsEntry("FULFILLED", 0).containsEntry("OPEN", 1);
    }

    @Test
    void aMembersHistoryHasOnePointPerEventWithItsIdAndTheIndicators() {
        Map<String, Object> history = web.get().uri("/api/stakeholders/{id}/history", business.id())
                .exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult().getResponseBody();
        List<Map<String, Object>> points = at(history, "points");
        // invited, absent, dissent, pledge, fulfilment, lapsed request
        assertThat(points).hasSize(6);
        assertThat(points).allSatisfy(p -> assertThat((List<?>) p.get("eventIds")).hasSize(1));
        Object latest = history.get("latest");
        assertThat((Double) at(latest, "dialogue", "attendanceRate")).isEqualTo(0.0);
        assertThat((Integer) at(latest, "commitment", "fulfilled")).isEqualTo(1);
        assertThat((Double) at(latest, "commitment", "fulfilmentRate")).isEqualTo(1.0);
        assertThat((Integer) at(latest, "understanding", "currentDissents")).isEqualTo(1);
        // one on-time fulfilment (2024-04-20) and one lapse (2024-07-01, 72 days later, no time to forget much)
        double positive = at(latest, "trust", "positive");
        double negative = at(latest, "trust", "negative");
        assertThat(positive).isBetween(0.85, 0.9);
        assertThat(negative).isEqualTo(1.0);
        assertThat((Double) at(latest, "trust", "expected")).isEqualTo((positive + 1) / (positive + negative + 2));

        Map<String, Object> early = web.get().uri("/api/stakeholders/{id}/history?asOf=2024-03-03T00:00:00Z",
                        business.id())
                .exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult().getResponseBody();
        assertThat((List<?>) at(early, "points")).hasSize(3);
    }

    @Test
    void listsFilterByStateAndCollaborationAndAnswerAsOf() {
        web.get().uri("/api/commitments?state=overdue&collaborationId=" + collaboration)
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.items[0].deliverable").isEqualTo("SPBE training");
        web.get().uri("/api/commitments?state=open&collaborationId=" + collaboration + "&position=" + (overdueAt - 1))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.items[0].state").isEqualTo("OPEN");
        web.get().uri("/api/information-requests?state=lapsed&collaborationId=" + collaboration)
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.items[0].subject").isEqualTo("SME data");
        web.get().uri("/api/collaborations?region=Kabupaten Projection Test&dimension=governance")
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[0].collaborationId").isEqualTo(collaboration);
        web.get().uri("/api/collaborations?region=Kabupaten Projection Test&asOf=2023-12-31T00:00:00Z")
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(0);
    }

    @Test
    void theResearchExportHasOneCodedRowPerAct() {
        String csv = web.get().uri("/api/collaborations/{id}/export.csv", collaboration)
                .exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/csv")
                .expectBody(String.class).returnResult().getResponseBody();
        List<String> lines = List.of(csv.split("\r\n"));
        assertThat(lines.get(0)).isEqualTo(String.join(",", id.gotong.researchexport.ResearchExport.COLUMNS));
        long acts = projectedActs();
        assertThat(lines).hasSize((int) acts + 1);
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .contains("AttendanceRecorded").contains(secretary.id()).contains("Bappeda Kabupaten Toba")
                .contains("GOVERNMENT").contains("AG_FACE_TO_FACE_DIALOGUE"));
        web.get().uri("/api/collaborations/{id}/export.json?position=" + fulfilledAt, collaboration)
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[-1:].position").isEqualTo((int) fulfilledAt);
    }

    private long projectedActs() {
        return models.acts().countDocuments(new Document("collaborationId", collaboration));
    }

    @Test
    void badReadsAreProblemsNamingTheFieldAndRule() {
        expectProblem("/api/collaborations/" + collaboration + "/dashboard?asOf=yesterday", 400, "as-of-instant",
                "asOf");
        expectProblem("/api/collaborations/" + collaboration + "/dashboard?asOf=2024-01-01T00:00:00Z&position=3",
                400, "as-of-one-bound", "position");
        expectProblem("/api/stakeholders/" + business.id() + "/history?position=-1", 400, "as-of-position",
                "position");
        expectProblem("/api/commitments?state=late", 400, "state", "state");
        expectProblem("/api/collaborations?size=0", 400, "page-size", "size");
        expectProblem("/api/collaborations?dimension=tourism", 400, "dimension", "dimension");
        expectProblem("/api/collaborations/" + collaboration + "/dashboard?since=2025-01-01T00:00:00Z"
                + "&until=2024-01-01T00:00:00Z", 400, "window-order", "since");
        web.get().uri("/api/collaborations/nobody-here/dashboard").exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.rule").isEqualTo("unknown-collaboration");
        web.get().uri("/api/stakeholders/nobody-here/history").exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.rule").isEqualTo("unknown-stakeholder");
    }

    private void expectProblem(String uri, int status, String rule, String field) {
        web.get().uri(uri).exchange().expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.rule").isEqualTo(rule).jsonPath("$.field").isEqualTo(field);
    }

    @Test
    void theLiveStreamsPushEachChangeAsItIsProjected() {
        Flux<ServerSentEvent<Map<String, Object>>> collaborationStream = web.get()
                .uri("/api/collaborations/{id}/stream", collaboration).accept(MediaType.TEXT_EVENT_STREAM)
                .exchange().expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>>() {
                }).getResponseBody();
        String problem = unique("goal");
        StepVerifier.create(collaborationStream.filter(event -> event.event() != null).take(1))
                .then(() -> commands.sendAndWait(new ProposeSharedGoal(problem, university.id(),
                        Instant.parse("2024-08-01T00:00:00Z"), collaboration, GoalKind.PROBLEM_DEFINITION,
                        "Agencies do not share data")))
                .assertNext(event -> {
                    assertThat(event.event()).isEqualTo("change");
                    assertThat(event.data()).containsEntry("type", "SharedGoalProposed")
                            .containsEntry("collaborationId", collaboration);
                    assertThat(event.id()).isEqualTo(Long.toString(engine.nextPosition() - 1));
                })
                .expectComplete().verify(Duration.ofSeconds(30));
        Flux<ServerSentEvent<Map<String, Object>>> stakeholderStream = web.get()
                .uri("/api/stakeholders/{id}/stream", university.id()).accept(MediaType.TEXT_EVENT_STREAM)
                .exchange().expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>>() {
                }).getResponseBody();
        StepVerifier.create(stakeholderStream.filter(event -> event.event() != null).take(1))
                .then(() -> commands.sendAndWait(new EndorseSharedGoal(problem, university.id(),
                        Instant.parse("2024-08-02T00:00:00Z"), 1)))
                .assertNext(event -> assertThat(event.data()).containsEntry("type", "SharedGoalEndorsed"))
                .expectComplete().verify(Duration.ofSeconds(30));
    }

    @Test
    void onlyTheOperatorRebuildsAndARebuildGivesTheSameReadModels() throws Exception {
        web.post().uri("/api/projections/rebuild").exchange().expectStatus().isUnauthorized();
        web.post().uri("/api/projections/rebuild").headers(h -> h.setBearerAuth(lead.credential()))
                .exchange().expectStatus().isForbidden()
                .expectBody().jsonPath("$.rule").isEqualTo("operator-only");

        projected.await(engine.nextPosition() - 1);
        Map<String, List<String>> live = projected.dump();
        web.post().uri("/api/projections/rebuild").headers(h -> h.setBearerAuth(operatorToken()))
                .exchange().expectStatus().isAccepted()
                .expectHeader().location("/api/projections/rebuild");
        Rebuilds.Status status = rebuilds.await(Duration.ofMinutes(2));
        assertThat(status.state()).isEqualTo(Rebuilds.State.DONE);
        assertThat(status.progress().processed()).isEqualTo(engine.nextPosition());
        web.get().uri("/api/projections/rebuild").headers(h -> h.setBearerAuth(operatorToken()))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("DONE")
                .jsonPath("$.progress.processed").isEqualTo((int) engine.nextPosition());
        assertThat(projected.dump()).isEqualTo(live);
    }
}
