package id.gotong.ui;

import id.gotong.events.CollaborationAct;
import id.gotong.projection.EventSwitch;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages' list of event types (the audit filter, the messages) is every event type of the contract. */
class EventTypesTest {

    @Test
    void everyEventTypeOfTheContractIsListedOnce() {
        assertThat(EventTypes.ALL).containsExactlyElementsOf(EventSwitch.eventTypes(CollaborationAct.class).stream()
                .map(Class::getSimpleName).sorted().toList());
    }
}
