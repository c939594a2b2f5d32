package id.gotong.eventstore;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** A payload for storage tests: a string, a number, an instant and a list, so each JSON kind is stored. */
@Revision("1")
public record Recorded(String text, long number, Instant at, List<String> tags) {

    public static Recorded of(String text) {
        return new Recorded(text, text.length(), Instant.parse("2024-06-30T00:00:00Z"), List.of("a", "b"));
    }
}
