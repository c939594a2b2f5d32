package id.gotong.upcasting;

import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code OutcomeReported} revision 2 added {@code minimum}. A revision 1 report named no minimum, so it reads as
 * {@code "minimum": null}; every other property stays as stored.
 */
public class OutcomeReportedRevision1To2 extends SingleEventUpcaster {

    /** The type name as stored; a later rename of the class must not change which stored events this reads. */
    static final String TYPE = "id.gotong.events.OutcomeEvent$OutcomeReported";
    static final SerializedType REVISION_2 = new SimpleSerializedType(TYPE, "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return TYPE.equals(event.getType().getName()) && "1".equals(event.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(REVISION_2, ObjectNode.class, payload -> payload.putNull("minimum"));
    }
}
