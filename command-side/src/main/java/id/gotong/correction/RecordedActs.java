package id.gotong.correction;

import id.gotong.events.Provenance;

import java.util.Optional;

/** Looks up what the ledger already holds; command handlers receive it as an injected parameter. */
public interface RecordedActs {

    /** The provenance of the event with this identifier (Axon's event identifier), empty if no such event exists. */
    Optional<Provenance> provenanceOf(String eventId);
}
