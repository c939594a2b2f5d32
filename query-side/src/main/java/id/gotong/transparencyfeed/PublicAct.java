package id.gotong.transparencyfeed;

import id.gotong.events.TheoryElement;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One act as the public sees it: only what {@link Publication} whitelists, plus a title and a one-sentence summary in
 * Indonesian. Both feed formats are rendered from this and nothing else.
 *
 * @param position      the event's ledger index
 * @param verb          the Activity Streams activity type
 * @param object        what the act is about
 * @param target        where an {@link Verb#ADD} puts its object or a {@link Verb#REMOVE} takes it from, else null
 * @param collaboration the collaboration the act belongs to
 * @param details       the published fields of the event ({@link Publication#details})
 */
public record PublicAct(long position, String eventId, String eventType, Verb verb, Party actor, Subject object,
                        Subject target, Subject collaboration, Instant occurredAt, Instant recordedAt,
                        String authority, List<TheoryElement> evidences, Map<String, Object> details, String title,
                        String summary) {

    /**
     * The Activity Streams 2.0 types the feeds use: the core activity types a generic consumer knows. The Gotong
     * event type travels alongside as {@code eventType}.
     */
    public enum Verb {
        CREATE("Create"), ADD("Add"), REMOVE("Remove"), LEAVE("Leave"), UPDATE("Update"), ACCEPT("Accept"),
        REJECT("Reject");

        private final String as2;

        Verb(String as2) {
            this.as2 = as2;
        }

        public String as2() {
            return as2;
        }
    }

    /** The kinds of thing an act can be about, with their Activity Streams type and read API path. */
    public enum Kind {
        COLLABORATION("Group", "/api/collaborations/"),
        ORGANISATION("Organization", "/api/stakeholders/"),
        MEETING("Event", "/api/meetings/"),
        MINUTES("Document", null),
        GOAL("Note", "/api/goals/"),
        AGREEMENT("Document", "/api/agreements/"),
        COMMITMENT("Note", "/api/commitments/"),
        INFORMATION_REQUEST("Note", "/api/information-requests/"),
        OUTCOME("Note", "/api/outcomes/"),
        DRIVER("Note", null),
        CALENDAR("Collection", null),
        /** Another recorded act, by its event id: what a correction corrects. */
        ACT("Activity", null);

        private final String as2;
        private final String path;

        Kind(String as2, String path) {
            this.as2 = as2;
            this.path = path;
        }

        public String as2() {
            return as2;
        }

        /** The read API path of things of this kind, or null when they have none. */
        public String path() {
            return path;
        }
    }

    /**
     * @param id        the thing's id in Gotong (null for minutes, drivers, calendars)
     * @param name      a published name (a title, a statement, an indicator), or null
     * @param startTime when a meeting is scheduled, else null
     */
    public record Subject(Kind kind, String id, String name, Instant startTime) {

        static Subject of(Kind kind, String id, String name) {
            return new Subject(kind, id, name, null);
        }
    }
}
