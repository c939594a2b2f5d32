package id.gotong.projection;

import java.time.Instant;
import java.util.Set;

/**
 * What one projected event changed: pushed to live streams once the read models hold it.
 *
 * @param collaborationId the collaboration whose dashboard changed, or {@code null} (a stakeholder registered)
 * @param stakeholderIds  the stakeholders whose history changed
 */
public record Change(long position, String eventId, String type, String collaborationId, Set<String> stakeholderIds,
                     Instant occurredAt) {
}
