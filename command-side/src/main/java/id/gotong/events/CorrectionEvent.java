package id.gotong.events;

import org.axonframework.serialization.Revision;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import static id.gotong.events.TheoryElement.AG_INSTITUTIONAL_DESIGN;
import static id.gotong.events.TheoryElement.AG_TRUST_BUILDING;

/** Nothing recorded is edited or deleted: a correction is a new event that points at the one it corrects. */
public sealed interface CorrectionEvent extends CollaborationAct {

    String correctionId();

    /**
     * Process transparency (Ansell &amp; Gash): a mistake is corrected in the open, by its recorder or the secretary.
     *
     * @param correctedEventId the identifier of the event being corrected, as the event store knows it
     * @param correctedFields  field name of the corrected event → its corrected value as text; kept sorted by name
     */
    @Revision("1")
    @Evidences({AG_INSTITUTIONAL_DESIGN, AG_TRUST_BUILDING})
    record RecordCorrected(String correctionId, Provenance provenance, String correctedEventId,
                           Map<String, String> correctedFields, String reason) implements CorrectionEvent {

        public RecordCorrected {
            correctedFields = correctedFields == null ? Collections.emptySortedMap()
                    : Collections.unmodifiableSortedMap(new TreeMap<>(correctedFields));
        }
    }
}
