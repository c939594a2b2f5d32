package id.gotong.role;

import java.util.Locale;

/** What one application process does ({@code gotong.role}). */
public enum ProcessRole {
    /** Everything: the write API, the deadline scheduler, the projections and every read. */
    ALL,
    /** The write API, the due-date processor and the deadline scheduler that sends commands; reads still answer. */
    COMMAND,
    /** The projections and every read, feed and page; the write API answers 421 (see {@link CommandsElsewhere}). */
    QUERY;

    /** Whether this process serves the write API and runs what sends commands on its own (the deadlines). */
    public boolean commands() {
        return this != QUERY;
    }

    /** Whether this process runs the projection processor and serves change streams. */
    public boolean queries() {
        return this != COMMAND;
    }

    public static ProcessRole parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("gotong.role must be all, command or query, not " + value, e);
        }
    }
}
