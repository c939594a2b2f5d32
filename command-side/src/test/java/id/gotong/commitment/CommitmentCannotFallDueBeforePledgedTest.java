package id.gotong.commitment;

import id.gotong.act.RuleViolation;
import id.gotong.events.CommitmentEvent.CommitmentPledged;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static id.gotong.commitment.CommitmentFixture.*;
import static id.gotong.act.Refusals.refusedBy;

class CommitmentCannotFallDueBeforePledgedTest {

    @Test
    void whenPledgeDueYesterday_thenRuleViolationOnDueOn() {
        commitments().givenNoPriorActivity()
                .when(new PledgeCommitment(COMMITMENT, DISKOPERIN_UKM, null, SURAKARTA, DELIVERABLE,
                        LocalDate.of(2023, 6, 14), null, null, null))
                .expectException(refusedBy(RuleViolation.class, "due-not-before-pledge", "dueOn"))
                .expectNoEvents();
    }

    @Test
    void whenPastPledgeIsRecordedLate_thenCommitmentPledgedAtItsOwnTime() {
        Instant pledgedAt = wib("2022-01-10T10:00");
        LocalDate dueOn = LocalDate.of(2022, 3, 31);
        commitments().givenNoPriorActivity()
                .when(new PledgeCommitment(COMMITMENT, DISBUDPAR, pledgedAt, SURAKARTA,
                        "Publish the 2022 calendar of events", dueOn, null, null, null))
                .expectEvents(new CommitmentPledged(COMMITMENT,
                        recorded(CommitmentPledged.class, DISBUDPAR, pledgedAt, NOW),
                        "Publish the 2022 calendar of events", dueOn, null, null, null));
    }
}
