package id.gotong.projection;

import id.gotong.events.CollaborationAct;
import id.gotong.events.Provenance;

/** One event as the projections see it: its ledger position, its id in the event store, and the event. */
public record Entry(long position, String eventId, CollaborationAct event) {

    public Provenance provenance() {
        return event.provenance();
    }

    public String type() {
        return event.getClass().getSimpleName();
    }
}
