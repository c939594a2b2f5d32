package id.gotong.act;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the ids and global positions of the events one command appended, so the HTTP answer can name them.
 * Placed in the command's unit of work under {@link #RESOURCE}; the event store fills it when it appends.
 */
public final class AppendedEvents {

    public static final String RESOURCE = "gotong.appendedEvents";

    public record Appended(String eventId, long position) {
    }

    private final List<Appended> events = new ArrayList<>();

    public synchronized void add(String eventId, long position) {
        events.add(new Appended(eventId, position));
    }

    public synchronized List<Appended> events() {
        return List.copyOf(events);
    }
}
