package id.gotong.events;

import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who did an act, in which collaboration, when it happened, when Gotong recorded it, on what authority, and which
 * theory elements it evidences. Every event carries one.
 *
 * @param actor           the stakeholder id of the authenticated caller, never taken from a request body
 * @param collaborationId the collaboration the act belongs to; {@code null} only for acts outside any collaboration
 *                        (registering a stakeholder)
 * @param occurredAt      when the act happened; may be in the past for historical acts, never in the future
 * @param recordedAt      when Gotong recorded it, from the server's clock
 * @param authority       the legal basis the act relies on (a decree number, an agreement clause), or {@code null}
 * @param evidences       the theory elements the act evidences, stamped at recording time
 */
public record Provenance(String actor,
                         String collaborationId,
                         Instant occurredAt,
                         Instant recordedAt,
                         String authority,
                         Set<TheoryElement> evidences) {

    public Provenance {
        // Sorted, so the same act always serializes to the same JSON (Set.copyOf iterates in a per-JVM order).
        evidences = evidences == null ? Collections.emptySortedSet()
                : Collections.unmodifiableSortedSet(new TreeSet<>(evidences));
    }
}
