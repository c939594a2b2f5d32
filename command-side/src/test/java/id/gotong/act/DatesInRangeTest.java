package id.gotong.act;

import id.gotong.agreement.DraftAgreement;
import id.gotong.collaboration.PublishEventCalendar;
import id.gotong.commitment.PledgeCommitment;
import id.gotong.events.AgreementKind;
import id.gotong.events.CollaborationEvent.PlannedEvent;
import id.gotong.information.RequestInformation;
import id.gotong.meeting.ConveneMeeting;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dates an act names lie between 1900-01-01 and 9999-12-31: the commands refuse others when they are made. */
class DatesInRangeTest {

    static final LocalDate BEFORE_1900 = LocalDate.of(1899, 12, 31);
    static final LocalDate AFTER_9999 = LocalDate.of(10_000, 1, 1);

    static void refused(String field, ThrowingCallable command) {
        assertThatThrownBy(command).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).rule(), e -> ((RuleViolation) e).field())
                .containsExactly("date-in-range", field);
    }

    static PledgeCommitment pledge(LocalDate dueOn) {
        return new PledgeCommitment("cmt-1", "stk-1", null, "col-1", "Integrasi 35 aplikasi", dueOn, null, null, null);
    }

    @Test
    void givenDueOnBefore1900OrAfter9999_whenPledging_thenDateInRange() {
        refused("dueOn", () -> pledge(BEFORE_1900));
        refused("dueOn", () -> pledge(AFTER_9999));
    }

    @Test
    void givenTheFirstAndLastDay_whenPledging_thenAccepted() {
        assertThatCode(() -> pledge(Acts.FIRST_DATE)).doesNotThrowAnyException();
        assertThatCode(() -> pledge(Acts.LAST_DATE)).doesNotThrowAnyException();
    }

    @Test
    void givenValidityBefore1900_whenDrafting_thenDateInRangeNamingTheField() {
        refused("validFrom", () -> new DraftAgreement("agr-1", "stk-1", null, "col-1", AgreementKind.MOU, "1/2024",
                "MoU", Set.of("stk-1"), "Berbagi data", BEFORE_1900, null));
        refused("validUntil", () -> new DraftAgreement("agr-1", "stk-1", null, "col-1", AgreementKind.MOU, "1/2024",
                "MoU", Set.of("stk-1"), "Berbagi data", LocalDate.of(2024, 1, 1), AFTER_9999));
    }

    @Test
    void givenOtherDatesOutOfRange_whenMakingTheCommand_thenDateInRange() {
        refused("dueOn", () -> new RequestInformation("irq-1", "stk-1", null, "col-1", "stk-2", "Data UMKM",
                BEFORE_1900));
        refused("scheduledAt", () -> new ConveneMeeting("mtg-1", "stk-1", null, "col-1", "Forum", null,
                Instant.parse("1899-12-31T23:59:59Z"), null, null, null));
        refused("entries[1].date", () -> new PublishEventCalendar("col-1", "stk-1", null, List.of(
                new PlannedEvent("Festival", LocalDate.of(2025, 3, 1), null),
                new PlannedEvent("Festival", AFTER_9999, null))));
    }
}
