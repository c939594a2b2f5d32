package id.gotong.api;

import id.gotong.act.AppendedEvents.Appended;
import id.gotong.web.Recorded;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Sorts.ascending;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Surakarta's smart-branding collaboration (seed 000) recorded over HTTP, then read back from MongoDB with the raw
 * driver: what the callers were told is exactly what the ledger holds.
 * <p>
 * The parties are set up through the command gateway; every act after that goes through the endpoints. Dates the
 * deadline scheduler would act on are kept out of reach (an open-ended agreement, an information request due in
 * the future), so no system event can land among these while the test reads the ledger.
 */
class WholeCollaborationEndToEndTest extends ActApiTestSupport {

    record Act(String caller, String type, Appended appended) {
    }

    final List<Act> told = new ArrayList<>();

    Recorded record(Registered caller, int status, String uri, Object body, String... types) {
        Recorded recorded = accepted(status, () -> post(caller, uri, body), types);
        for (int i = 0; i < types.length; i++) {
            told.add(new Act(caller.id(), types[i], recorded.events().get(i)));
        }
        return recorded;
    }

    private String created(Registered caller, String uri, Object body) {
        return post(caller, uri, body).expectStatus().isCreated()
                .expectBody(Recorded.class).returnResult().getResponseBody().id();
    }

    @Test
    void surakartaSmartBrandingRecordedOverHttpIsWhatTheLedgerHolds() {
        // Every act goes through HTTP, as the agencies would record it: first the parties and the forum.
        Registered disbudpar = registerStakeholder("Dinas Kebudayaan dan Pariwisata Kota Surakarta", "GOVERNMENT");
        Registered diskominfo = registerStakeholder("Dinas Komunikasi, Informatika, Statistik dan Persandian Kota "
                + "Surakarta", "GOVERNMENT");
        Registered perdagangan = registerStakeholder("Dinas Perdagangan Kota Surakarta", "GOVERNMENT");
        Registered shopee = registerStakeholder("PT Shopee International Indonesia", "BUSINESS");
        String surakarta = created(disbudpar, "/api/collaborations", Map.of(
                "name", "Surakarta smart branding 2022–2023", "region", "Kota Surakarta",
                "dimensions", List.of("BRANDING", "ECONOMY"),
                "legalBasis", List.of("Perwali Surakarta 8.6/2022"), "leadStakeholderId", disbudpar.id(),
                "meetingCadence", "MONTHLY", "occurredAt", "2021-11-01T02:00:00Z"));
        for (Registered member : List.of(perdagangan, shopee)) {
            post(disbudpar, "/api/collaborations/" + surakarta + "/members",
                    Map.of("stakeholderId", member.id(), "role", "MEMBER")).expectStatus().isOk();
        }
        post(disbudpar, "/api/collaborations/" + surakarta + "/members",
                Map.of("stakeholderId", diskominfo.id(), "role", "SECRETARY")).expectStatus().isOk();
        String meeting = created(disbudpar, "/api/collaborations/" + surakarta + "/meetings", Map.of(
                "title", "Monthly smart branding coordination", "agenda", List.of("Event calendar 2022"),
                "scheduledAt", "2021-11-08T02:00:00Z", "formality", "FORMAL", "channel", "IN_PERSON",
                "invitees", List.of(diskominfo.id(), perdagangan.id(), shopee.id()),
                "occurredAt", "2021-11-02T02:00:00Z"));
        post(disbudpar, "/api/meetings/" + meeting + "/attendance", Map.of("entries", List.of(
                Map.of("stakeholderId", diskominfo.id(), "status", "PRESENT"),
                Map.of("stakeholderId", perdagangan.id(), "status", "PRESENT"),
                Map.of("stakeholderId", shopee.id(), "status", "ABSENT")),
                "occurredAt", "2021-11-08T05:00:00Z")).expectStatus().isOk();
        post(diskominfo, "/api/meetings/" + meeting + "/minutes", Map.of(
                "summary", "Cooperation with Shopee on SME training agreed",
                "decisions", List.of("Draft a cooperation agreement with PT Shopee International Indonesia"),
                "occurredAt", "2021-11-08T06:00:00Z")).expectStatus().isOk();
        post(disbudpar, "/api/meetings/" + meeting + "/closure", Map.of("occurredAt", "2021-11-08T07:00:00Z"))
                .expectStatus().isOk();
        assertThat(database.getCollection("events").countDocuments(
                new Document("events.payload.provenance.collaborationId", surakarta)))
                .as("one commit each: the registration (with the lead's admission), three admissions, four meeting acts")
                .isEqualTo(8);
        long first = ledger.nextPosition();

        Map<String, Object> pks = new HashMap<>();
        pks.put("kind", "COOPERATION_AGREEMENT");
        pks.put("number", "515.13/1306/2021");
        pks.put("title", "Perjanjian kerja sama smart branding Kota Surakarta dengan PT Shopee International"
                + " Indonesia");
        pks.put("parties", List.of(disbudpar.id(), shopee.id()));
        pks.put("termsSummary", "Shopee promotes Surakarta's tourism and trains its SMEs to sell online");
        pks.put("validFrom", "2021-12-01");
        pks.put("occurredAt", "2021-11-25T02:00:00Z");
        String agreement = record(disbudpar, 201, "/api/collaborations/" + surakarta + "/agreements", pks,
                "AgreementDrafted").id();
        record(disbudpar, 200, "/api/agreements/" + agreement + "/signatures",
                Map.of("occurredAt", "2021-12-01T03:00:00Z"), "AgreementSigned");
        record(shopee, 200, "/api/agreements/" + agreement + "/signatures",
                Map.of("occurredAt", "2021-12-01T04:00:00Z"), "AgreementSigned", "AgreementCameIntoForce");
        state("/api/agreements/" + agreement, "3").jsonPath("$.status").isEqualTo("IN_FORCE");

        String commitment = record(shopee, 201, "/api/collaborations/" + surakarta + "/commitments", Map.of(
                "deliverable", "Online-selling training for Surakarta SMEs", "dueOn", "2022-06-30",
                "agreementId", agreement, "occurredAt", "2022-01-10T02:00:00Z"), "CommitmentPledged").id();
        record(shopee, 200, "/api/commitments/" + commitment + "/fulfilment", Map.of(
                "evidence", "Training held; attendance list filed with Disbudpar",
                "occurredAt", "2022-05-20T07:00:00Z"), "CommitmentFulfilled");

        String smeData = record(perdagangan, 201, "/api/collaborations/" + surakarta + "/information-requests",
                Map.of("requestedFrom", shopee.id(), "subject", "Data of the Surakarta SMEs selling on Shopee",
                        "dueOn", LocalDate.now().plusDays(30).toString()), "InformationRequested").id();

        String[] periods = {"2021", "2022", "2023", "2024"};
        long[] visits = {379_097, 1_017_403, 4_029_686, 4_401_980};
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < periods.length; i++) {
            outcomes.add(record(disbudpar, 201, "/api/collaborations/" + surakarta + "/outcomes", Map.of(
                    "indicator", "Tourist visits", "period", periods[i], "value", visits[i], "unit", "visits",
                    "occurredAt", (Integer.parseInt(periods[i]) + 1) + "-01-15T02:00:00Z"), "OutcomeReported").id());
        }
        record(diskominfo, 200, "/api/outcomes/" + outcomes.get(2) + "/confirmations", null, "OutcomeConfirmed");

        state("/api/information-requests/" + smeData, "0").jsonPath("$.status").isEqualTo("OPEN");
        List<Document> stored = storedFrom(first);

        assertThat(stored).extracting(e -> e.getLong("position"))
                .as("gap-free positions from the first act on")
                .containsExactlyElementsOf(told.stream().map(act -> act.appended().position()).toList());
        assertThat(stored).extracting(e -> e.getString("eventId"))
                .as("the event ids the callers were told")
                .containsExactlyElementsOf(told.stream().map(act -> act.appended().eventId()).toList());
        assertThat(stored).extracting(e -> simpleName(e.getString("payloadType")))
                .containsExactlyElementsOf(told.stream().map(Act::type).toList());
        assertThat(stored).extracting(e -> provenance(e).getString("actor"))
                .as("every act is recorded as its caller")
                .containsExactlyElementsOf(told.stream().map(Act::caller).toList());
        assertThat(stored).extracting(e -> provenance(e).getString("collaborationId")).containsOnly(surakarta);

        Document drafted = payload(stored.get(0));
        assertThat(stored.get(0).getString("aggregateId")).isEqualTo(agreement);
        assertThat(drafted.getString("number")).isEqualTo("515.13/1306/2021");
        assertThat(drafted.getString("kind")).isEqualTo("COOPERATION_AGREEMENT");
        assertThat(drafted.getList("parties", String.class)).containsExactlyInAnyOrder(disbudpar.id(), shopee.id());
        assertThat(drafted.getString("validFrom")).isEqualTo("2021-12-01");
        assertThat(drafted.get("validUntil")).isNull();
        assertThat(String.valueOf(provenance(stored.get(0)).get("occurredAt"))).startsWith("2021-11-25T02:00");
        assertThat(stored.subList(0, 4)).extracting(e -> e.getLong("sequenceNumber")).containsExactly(0L, 1L, 2L, 3L);
        assertThat(stored.subList(1, 4)).extracting(e -> payload(e).getInteger("version")).containsOnly(1);
        assertThat(String.valueOf(provenance(stored.get(3)).get("occurredAt")))
                .as("in force from the last signature").startsWith("2021-12-01T04:00");

        assertThat(payload(stored.get(4)).getString("agreementId")).isEqualTo(agreement);
        assertThat(payload(stored.get(4)).getString("dueOn")).isEqualTo("2022-06-30");
        assertThat(payload(stored.get(5)).getBoolean("onTime")).isTrue();

        assertThat(stored.get(6).getString("aggregateId")).isEqualTo(smeData);
        assertThat(payload(stored.get(6)).getString("requestedFrom")).isEqualTo(shopee.id());
        assertThat(stored).as("Shopee never answered")
                .noneMatch(e -> e.getString("payloadType").contains("InformationRequestAnswered"));

        assertThat(stored.subList(7, 11)).extracting(e -> payload(e).getString("period"))
                .containsExactly(periods);
        assertThat(stored.subList(7, 11)).extracting(e -> payload(e).getString("value"))
                .containsExactly("379097", "1017403", "4029686", "4401980");
        assertThat(stored.subList(7, 11)).extracting(e -> e.getString("aggregateId"))
                .containsExactlyElementsOf(outcomes);
        assertThat(stored.get(11).getString("aggregateId")).isEqualTo(outcomes.get(2));
        state("/api/outcomes/" + outcomes.get(2), "1")
                .jsonPath("$.value").isEqualTo("4029686")
                .jsonPath("$.confirmedBy[0]").isEqualTo(diskominfo.id());
    }

    /** Every stored event from {@code first} on, each with its global position, read with the raw driver. */
    private List<Document> storedFrom(long first) {
        List<Document> events = new ArrayList<>();
        long expected = first;
        for (Document commit : database.getCollection("events").find(gte("_id", first)).sort(ascending("_id"))) {
            assertThat(commit.getLong("_id")).as("commits follow each other without gaps").isEqualTo(expected);
            List<Long> positions = commit.getList("positions", Long.class);
            List<Document> inCommit = commit.getList("events", Document.class);
            assertThat(positions).hasSize(inCommit.size()).hasSize(commit.getInteger("count"));
            for (int i = 0; i < inCommit.size(); i++) {
                assertThat(positions.get(i)).isEqualTo(expected + i);
                events.add(new Document(inCommit.get(i)).append("position", positions.get(i)));
            }
            expected += inCommit.size();
        }
        return events;
    }

    private static Document payload(Document event) {
        return event.get("payload", Document.class);
    }

    private static Document provenance(Document event) {
        return payload(event).get("provenance", Document.class);
    }

    private static String simpleName(String payloadType) {
        return payloadType.substring(payloadType.lastIndexOf('$') + 1);
    }
}
