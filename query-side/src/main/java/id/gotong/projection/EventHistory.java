package id.gotong.projection;

import java.util.Collection;
import java.util.List;

/** The event store as the query side reads it: events by position, upcast and deserialized. */
public interface EventHistory {

    /** The events at these positions that are stored, in position order. */
    List<Entry> at(Collection<Long> positions);

    /** The events from {@code start} (inclusive), at most {@code max}, in position order; empty at the head. */
    List<Entry> from(long start, int max);

    /** The position the next appended event will get: the number of events stored. */
    long size();
}
