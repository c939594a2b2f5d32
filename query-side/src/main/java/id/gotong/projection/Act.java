package id.gotong.projection;

import id.gotong.events.TheoryElement;

import java.time.Instant;
import java.util.List;

/**
 * One recorded act, coded by theory element: a row of the research export, the raw material of a collaboration's
 * health, and the index by which an as-of read finds a collaboration's events.
 *
 * @param subjectId   the aggregate the act is about (the meeting, agreement, ... id)
 */
public record Act(long position, String eventId, String collaborationId, String type, String subjectId,
                  String actor, Instant occurredAt, Instant recordedAt,
                  List<TheoryElement> elements) {

    public Act {
        elements = List.copyOf(elements);
    }
}
