package id.gotong.goal;

import id.gotong.api.ActApiTestSupport;
import id.gotong.events.Sector;
import id.gotong.web.Recorded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Shared goals over HTTP: Toba's members agree on raising the SPBE index, one version at a time. */
class SharedGoalApiTest extends ActApiTestSupport {

    static final String STATEMENT = "Raise Toba's SPBE index from 2.16 to 3.39 by 2026";

    Registered diskominfo;
    Registered bappeda;
    Registered itDel;
    String toba;

    @BeforeEach
    void tobaForum() {
        diskominfo = givenStakeholder("Dinas Komunikasi dan Informatika Kabupaten Toba", Sector.GOVERNMENT);
        bappeda = givenStakeholder("Bappeda Kabupaten Toba", Sector.GOVERNMENT);
        itDel = givenStakeholder("Institut Teknologi Del", Sector.ACADEMIA);
        toba = givenCollaboration(diskominfo, bappeda, itDel);
    }

    String proposed() {
        return accepted(201, () -> post(diskominfo, "/api/collaborations/" + toba + "/goals",
                Map.of("kind", "GOAL", "statement", STATEMENT)), "SharedGoalProposed").id();
    }

    @Test
    void givenMember_whenProposingSharedGoal_then201WithLocationAndSharedGoalProposed() {
        long next = ledger.nextPosition();
        Recorded recorded = post(diskominfo, "/api/collaborations/" + toba + "/goals",
                Map.of("kind", "GOAL", "statement", STATEMENT, "occurredAt", "2024-06-20T04:00:00Z"))
                .expectStatus().isCreated()
                .expectHeader().value(HttpHeaders.LOCATION,
                        location -> assertThat(location).matches("/api/goals/goal-[0-9a-f-]{36}"))
                .expectBody(Recorded.class).returnResult().getResponseBody();

        assertThat(recorded.id()).startsWith("goal-");
        assertThat(recorded.events()).singleElement().satisfies(event -> assertThat(event.position()).isEqualTo(next));
        assertThat(storedTypes(recorded)).containsExactly("SharedGoalProposed");
        state("/api/goals/" + recorded.id(), "0")
                .jsonPath("$.goalId").isEqualTo(recorded.id())
                .jsonPath("$.collaborationId").isEqualTo(toba)
                .jsonPath("$.kind").isEqualTo("GOAL")
                .jsonPath("$.statement").isEqualTo(STATEMENT)
                .jsonPath("$.goalVersion").isEqualTo(1)
                .jsonPath("$.endorsedBy").isEmpty()
                .jsonPath("$.version").isEqualTo(0);
    }

    @Test
    void givenProposedGoal_whenMemberEndorsesIt_then200AndSharedGoalEndorsed() {
        String goal = proposed();

        accepted(200, () -> post(bappeda, "/api/goals/" + goal + "/endorsements", Map.of("goalVersion", 1),
                ifMatch("0")), "SharedGoalEndorsed");

        state("/api/goals/" + goal, "1").jsonPath("$.endorsedBy").isEqualTo(List.of(bappeda.id()));
    }

    @Test
    void givenProposedGoal_whenMemberDissents_then200AndDissentRecorded() {
        String goal = proposed();

        accepted(200, () -> post(itDel, "/api/goals/" + goal + "/dissents",
                Map.of("goalVersion", 1, "reason", "3.39 needs budget the regency has not planned")),
                "DissentRecorded");

        state("/api/goals/" + goal, "1").jsonPath("$.dissentedBy").isEqualTo(List.of(itDel.id()));
    }

    @Test
    void givenEndorsedGoal_whenMemberRevisesIt_then200AndSharedGoalRevisedAndPositionsStartOver() {
        String goal = proposed();
        post(bappeda, "/api/goals/" + goal + "/endorsements", Map.of("goalVersion", 1)).expectStatus().isOk();

        accepted(200, () -> post(itDel, "/api/goals/" + goal + "/revisions", Map.of("goalVersion", 1,
                "statement", "Raise Toba's SPBE index to 3.0 by 2026", "reason", "Budget allows 3.0")),
                "SharedGoalRevised");

        state("/api/goals/" + goal, "2")
                .jsonPath("$.goalVersion").isEqualTo(2)
                .jsonPath("$.statement").isEqualTo("Raise Toba's SPBE index to 3.0 by 2026")
                .jsonPath("$.endorsedBy").isEmpty();
    }
}
