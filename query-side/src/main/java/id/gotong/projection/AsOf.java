package id.gotong.projection;

import com.mongodb.client.model.Filters;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Date;

/**
 * Which moment a read describes: now ({@link #LIVE}), a past instant ({@code asOf}, by when acts happened) or a past
 * ledger position ({@code position}, by the order they were recorded). Both bounds are inclusive: an act exactly at
 * the instant, or the event at the position, is part of the answer.
 */
public record AsOf(Instant instant, Long position) {

    public static final AsOf LIVE = new AsOf(null, null);

    public static AsOf parse(String asOf, String position) {
        if (asOf != null && position != null) {
            throw new BadQuery("as-of-one-bound", "position", "Ask for asOf or for position, not both");
        }
        if (asOf != null) {
            try {
                return new AsOf(Instant.parse(asOf), null);
            } catch (DateTimeParseException e) {
                throw new BadQuery("as-of-instant", "asOf",
                        "asOf must be an ISO-8601 instant such as 2024-06-30T00:00:00Z");
            }
        }
        if (position != null) {
            try {
                long value = Long.parseLong(position);
                if (value < 0) {
                    throw new NumberFormatException();
                }
                return new AsOf(null, value);
            } catch (NumberFormatException e) {
                throw new BadQuery("as-of-position", "position", "position must be a ledger position, 0 or more");
            }
        }
        return LIVE;
    }

    public boolean live() {
        return instant == null && position == null;
    }

    public boolean includes(long eventPosition, Instant occurredAt) {
        return (position == null || eventPosition <= position) && (instant == null || !occurredAt.isAfter(instant));
    }

    /**
     * A filter on documents with a position field and a millisecond {@code Date} field of when the act happened; it
     * may match acts a few microseconds after the instant, which {@link #includes} then drops.
     */
    public Bson filter(String positionField, String occurredAtField) {
        if (position != null) {
            return Filters.lte(positionField, position);
        }
        if (instant != null) {
            return Filters.lte(occurredAtField, Date.from(instant));
        }
        return Filters.empty();
    }
}
