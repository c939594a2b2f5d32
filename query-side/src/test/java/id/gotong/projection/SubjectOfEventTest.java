package id.gotong.projection;

import id.gotong.events.AgreementEvent.AgreementSigned;
import id.gotong.events.CollaborationAct;
import id.gotong.events.CollaborationEvent.MemberAdmitted;
import id.gotong.events.CommitmentEvent.CommitmentAbandoned;
import id.gotong.events.CorrectionEvent.RecordCorrected;
import id.gotong.events.InformationRequestEvent.InformationRequestDeclined;
import id.gotong.events.MeetingEvent.MeetingClosed;
import id.gotong.events.OutcomeEvent.OutcomeConfirmed;
import id.gotong.events.Provenance;
import id.gotong.events.Role;
import id.gotong.events.Sector;
import id.gotong.events.SharedGoalEvent.SharedGoalEndorsed;
import id.gotong.events.StakeholderEvent.StakeholderRegistered;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Each act is indexed under the aggregate it belongs to. */
class SubjectOfEventTest {

    static final Provenance BY_ANI = new Provenance("s-uns", "c-solo", Instant.parse("2024-01-15T02:00:00Z"),
            Instant.parse("2024-01-15T02:00:00Z"), null, Set.of());

    @Test
    void theSubjectIsTheAggregateOfEachKindOfEvent() {
        assertThat(Projector.subjectOf(new StakeholderRegistered("s-uns", BY_ANI, "UNS", Sector.ACADEMIA, null, null)))
                .isEqualTo("s-uns");
        assertThat(Projector.subjectOf(new MemberAdmitted("c-solo", BY_ANI, "s-rri", Role.MEMBER))).isEqualTo("c-solo");
        assertThat(Projector.subjectOf(new MeetingClosed("m1", BY_ANI))).isEqualTo("m1");
        assertThat(Projector.subjectOf(new SharedGoalEndorsed("g1", BY_ANI, 1))).isEqualTo("g1");
        assertThat(Projector.subjectOf(new AgreementSigned("a1", BY_ANI, 1))).isEqualTo("a1");
        assertThat(Projector.subjectOf(new CommitmentAbandoned("k1", BY_ANI, "No budget"))).isEqualTo("k1");
        assertThat(Projector.subjectOf(new InformationRequestDeclined("r1", BY_ANI, "Secret"))).isEqualTo("r1");
        assertThat(Projector.subjectOf(new OutcomeConfirmed("o1", BY_ANI))).isEqualTo("o1");
        assertThat(Projector.subjectOf(new RecordCorrected("x1", BY_ANI, "evt-3", Map.of("title", "Forum"), "Typo")))
                .isEqualTo("x1");
    }

    @Test
    void everyEventTypeHasTheSubjectItsRecordNames() {
        List<Entry> ledger = RandomLedger.generate(3L, 20, 120, 20_000);
        Set<Class<?>> seen = new HashSet<>();
        for (Entry entry : ledger) {
            seen.add(entry.event().getClass());
            assertThat(Projector.subjectOf(entry.event())).as(entry.type()).isNotBlank()
                    .isEqualTo(idOf(entry.event()));
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(EventSwitch.eventTypes(CollaborationAct.class));
    }

    /** The first component of every event record is the id of its aggregate. */
    private static String idOf(CollaborationAct event) {
        try {
            return (String) event.getClass().getRecordComponents()[0].getAccessor().invoke(event);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
