package id.gotong.ui;

import id.gotong.events.AgreementEvent;
import id.gotong.events.CollaborationEvent;
import id.gotong.events.CommitmentEvent;
import id.gotong.events.CorrectionEvent;
import id.gotong.events.InformationRequestEvent;
import id.gotong.events.MeetingEvent;
import id.gotong.events.OutcomeEvent;
import id.gotong.events.SharedGoalEvent;
import id.gotong.events.StakeholderEvent;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** The simple names of every event type, read from the sealed interfaces of the event contract. */
public final class EventTypes {

    public static final List<String> ALL = Stream.of(AgreementEvent.class, CollaborationEvent.class,
                    CommitmentEvent.class, CorrectionEvent.class, InformationRequestEvent.class, MeetingEvent.class,
                    OutcomeEvent.class, SharedGoalEvent.class, StakeholderEvent.class)
            .flatMap(sealed -> Arrays.stream(sealed.getPermittedSubclasses()))
            .map(Class::getSimpleName).sorted().toList();

    private EventTypes() {
    }

    /** {@code AgreementSigned} for {@code id.gotong.events.AgreementEvent$AgreementSigned}. */
    public static String simpleName(String payloadType) {
        if (payloadType == null) {
            return null;
        }
        String name = payloadType.substring(payloadType.lastIndexOf('.') + 1);
        return name.substring(name.lastIndexOf('$') + 1);
    }
}
