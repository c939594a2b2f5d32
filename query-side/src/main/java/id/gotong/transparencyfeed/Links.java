package id.gotong.transparencyfeed;

import id.gotong.transparencyfeed.PublicAct.Subject;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The addresses a feed document links to, absolute on the server the request reached, and the stable identifiers of
 * acts and feeds, which do not depend on the server.
 *
 * @param base the scheme, host and port of the request, e.g. {@code https://gotong.example}
 */
public record Links(String base, int defaultSize) {

    /** The tagging entity of Gotong's tag URIs (RFC 4151). */
    static final String TAG = "tag:gotong.id,2025:";

    /**
     * The stable identifier of the act recorded as event {@code eventId}: {@code urn:uuid:…} for the UUIDs the event
     * store assigns, a tag URI for any other id.
     */
    public static String act(String eventId) {
        try {
            return "urn:uuid:" + UUID.fromString(eventId);
        } catch (IllegalArgumentException notAUuid) {
            return TAG + "event:" + UriUtils.encodePathSegment(eventId, StandardCharsets.UTF_8);
        }
    }

    /** The stable identifier of a feed (Atom's {@code feed/id}). */
    public static String feedId(TransparencyFeed.Scope scope) {
        return scope.all() ? TAG + "feed" : TAG + "feed:collaboration:" + segment(scope.collaborationId());
    }

    public String as2(TransparencyFeed.Scope scope) {
        return base + (scope.all() ? "/api/feed" : collaboration(scope.collaborationId()) + "/feed");
    }

    public String atom(TransparencyFeed.Scope scope) {
        return base + (scope.all() ? "/feed.atom" : collaboration(scope.collaborationId()) + "/feed.atom");
    }

    /** A page of the Activity Streams collection. */
    public String as2Page(TransparencyFeed.Scope scope, Cursor cursor, int size) {
        return as2(scope) + "?" + cursor.query() + sizeQuery(size);
    }

    /** A page of the Atom feed; the newest page is the feed's own address. */
    public String atomPage(TransparencyFeed.Scope scope, Cursor cursor, int size) {
        if (cursor.mode() == Cursor.Mode.NEWEST) {
            return atom(scope) + (size == defaultSize ? "" : "?size=" + size);
        }
        return atom(scope) + "?" + cursor.query() + sizeQuery(size);
    }

    public String item(long position) {
        return base + "/api/feed/items/" + position;
    }

    public String inclusionProof(long index, long treeSize) {
        return base + "/api/ledger/proof/inclusion?index=" + index + "&treeSize=" + treeSize;
    }

    public String checkpoint() {
        return base + "/api/ledger/checkpoint";
    }

    public String dashboard(String collaborationId) {
        return base + collaboration(collaborationId) + "/dashboard";
    }

    public String party(Party party) {
        return party.organisation() ? base + "/api/stakeholders/" + segment(party.id()) : null;
    }

    /** Where the thing is read in the API, or its identifier when it is another act; null when it has neither. */
    public String subject(Subject subject) {
        if (subject.id() == null) {
            return null;
        }
        if (subject.kind() == PublicAct.Kind.ACT) {
            return act(subject.id());
        }
        String path = subject.kind().path();
        return path == null ? null : base + path + segment(subject.id());
    }

    private String sizeQuery(int size) {
        return size == defaultSize ? "" : "&size=" + size;
    }

    private static String collaboration(String collaborationId) {
        return "/api/collaborations/" + segment(collaborationId);
    }

    private static String segment(String id) {
        return UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
    }
}
