package id.gotong.commitment;

import id.gotong.act.Acts;
import id.gotong.act.FakeMembership;
import id.gotong.events.CollaborationAct;
import id.gotong.events.CommitmentEvent.CommitmentAbandoned;
import id.gotong.events.CommitmentEvent.CommitmentBecameOverdue;
import id.gotong.events.CommitmentEvent.CommitmentFulfilled;
import id.gotong.events.CommitmentEvent.CommitmentPledged;
import id.gotong.events.Provenance;
import id.gotong.events.Role;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Surakarta's smart branding (seed 000): Diskoperin UKM pledges to train SME owners to sell on Shopee. */
final class CommitmentFixture {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final Instant NOW = wib("2023-06-15T09:00");

    static final String SURAKARTA = "surakarta-smart-branding";
    static final String DISBUDPAR = "disbudpar-surakarta";
    static final String DISKOPERIN_UKM = "diskoperin-ukm-surakarta";
    static final String SHOPEE = "pt-shopee-international-indonesia";
    static final String TELKOM = "pt-telkom";

    static final String COMMITMENT = "train-sme-owners-2023";
    static final String DELIVERABLE = "Train 100 SME owners to sell on Shopee";
    static final LocalDate DUE_ON = LocalDate.of(2023, 6, 30);
    static final String AGREEMENT = "surakarta-shopee-pks";
    static final String MEETING = "coordination-2023-05";
    static final String DECISION = "decision 3 of the May 2023 coordination minutes";
    static final String EVIDENCE = "https://surakarta.go.id/umkm/pelatihan-shopee-2023";

    private CommitmentFixture() {
    }

    static Instant wib(String localTime) {
        return LocalDateTime.parse(localTime).atZone(WIB).toInstant();
    }

    static AggregateTestFixture<Commitment> commitments() {
        return commitmentsAt(NOW);
    }

    /** @param now a local time in Surakarta, e.g. "2023-07-01T00:30" */
    static AggregateTestFixture<Commitment> commitmentsOn(String now) {
        return commitmentsAt(wib(now));
    }

    private static AggregateTestFixture<Commitment> commitmentsAt(Instant now) {
        AggregateTestFixture<Commitment> fixture = new AggregateTestFixture<>(Commitment.class);
        fixture.registerInjectableResource(Clock.fixed(now, WIB));
        fixture.registerInjectableResource(new FakeMembership()
                .member(SURAKARTA, DISBUDPAR, Role.CHAIR)
                .member(SURAKARTA, DISKOPERIN_UKM)
                .member(SURAKARTA, SHOPEE)
                .stakeholder(TELKOM));
        return fixture;
    }

    static PledgeCommitment pledgeToTrainSmeOwnersBy(String actor) {
        return new PledgeCommitment(COMMITMENT, actor, null, SURAKARTA, DELIVERABLE, DUE_ON, AGREEMENT, MEETING,
                DECISION);
    }

    static CommitmentPledged diskoperinPledgedToTrainSmeOwners() {
        return new CommitmentPledged(COMMITMENT, recorded(CommitmentPledged.class, DISKOPERIN_UKM, NOW, NOW),
                DELIVERABLE, DUE_ON, AGREEMENT, MEETING, DECISION);
    }

    static FulfilCommitment fulfilling(String actor, Instant occurredAt) {
        return new FulfilCommitment(COMMITMENT, actor, occurredAt, EVIDENCE);
    }

    static CommitmentFulfilled fulfilled(Instant occurredAt, Instant recordedAt, boolean onTime) {
        return new CommitmentFulfilled(COMMITMENT,
                recorded(CommitmentFulfilled.class, DISKOPERIN_UKM, occurredAt, recordedAt), EVIDENCE, onTime);
    }

    static AbandonCommitment abandoning(String actor) {
        return new AbandonCommitment(COMMITMENT, actor, null, "Shopee ended the training programme");
    }

    static CommitmentAbandoned abandoned() {
        return new CommitmentAbandoned(COMMITMENT, recorded(CommitmentAbandoned.class, DISKOPERIN_UKM, NOW, NOW),
                "Shopee ended the training programme");
    }

    /** As the system records it at {@code recordedAt}: it happened when the due day ended in Surakarta. */
    static CommitmentBecameOverdue becameOverdue(Instant recordedAt) {
        return new CommitmentBecameOverdue(COMMITMENT, recorded(CommitmentBecameOverdue.class, Commitment.SYSTEM,
                wib("2023-07-01T00:00"), recordedAt), DUE_ON);
    }

    static Provenance recorded(Class<? extends CollaborationAct> type, String actor, Instant occurredAt,
                               Instant recordedAt) {
        return new Provenance(actor, SURAKARTA, occurredAt, recordedAt, null, Acts.evidencesOf(type));
    }

}
