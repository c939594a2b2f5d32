package id.gotong.upcasting;

import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code AttendanceRecorded} revision 2 stores a representative's name as encrypted personal data of a data subject.
 * Revision 1 stored the name in clear and named no subject; that text is in the stored event and its ledger leaf for
 * good, so it cannot be erased. It reads as {@code {"legacyClear": "<name>"}}, which the event serializer turns into
 * {@code PersonalData.legacyClear}; a {@code null} representative stays {@code null}.
 */
public class AttendanceRecordedRevision1To2 extends SingleEventUpcaster {

    static final String TYPE = "id.gotong.events.MeetingEvent$AttendanceRecorded";
    static final SerializedType REVISION_2 = new SimpleSerializedType(TYPE, "2");
    static final String LEGACY_CLEAR = "legacyClear";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return TYPE.equals(event.getType().getName()) && "1".equals(event.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(REVISION_2, ObjectNode.class, payload -> {
            for (JsonNode entry : payload.path("entries")) {
                JsonNode representedBy = entry.get("representedBy");
                if (representedBy != null && representedBy.isString()) {
                    ObjectNode legacy = JsonNodeFactory.instance.objectNode().put(LEGACY_CLEAR, representedBy.asString());
                    ((ObjectNode) entry).set("representedBy", legacy);
                }
            }
            return payload;
        });
    }
}
