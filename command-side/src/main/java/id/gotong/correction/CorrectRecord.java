package id.gotong.correction;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Map;

/**
 * @param correctedEventId the identifier of the event being corrected
 * @param correctedFields  field name of that event → its corrected value, as text
 */
public record CorrectRecord(@TargetAggregateIdentifier String correctionId, String actor, Instant occurredAt,
                            String collaborationId, String correctedEventId, Map<String, String> correctedFields,
                            String reason) {
}
