package id.gotong.upcasting;

import org.axonframework.serialization.upcasting.event.EventUpcasterChain;

/** Every upcaster, in the order they apply. The event store reads stored events through this chain. */
public final class Upcasters {

    private Upcasters() {
    }

    public static EventUpcasterChain chain() {
        return new EventUpcasterChain(
                new OutcomeReportedRevision1To2(),
                new AttendanceRecordedRevision1To2());
    }
}
