package id.gotong.transparencyfeed;

import id.gotong.projection.BadQuery;

/**
 * Which page of a feed: the newest items, the oldest, or the items just before or just after a ledger position. Items
 * are always listed newest first; a page never changes its items once the ledger has moved past them.
 */
public record Cursor(Mode mode, long position) {

    public enum Mode { NEWEST, OLDEST, BEFORE, AFTER }

    public static final Cursor NEWEST = new Cursor(Mode.NEWEST, 0);
    public static final Cursor OLDEST = new Cursor(Mode.OLDEST, 0);

    public static Cursor before(long position) {
        return new Cursor(Mode.BEFORE, position);
    }

    public static Cursor after(long position) {
        return new Cursor(Mode.AFTER, position);
    }

    /**
     * At most one of {@code page} ({@code first} or {@code last}), {@code before} and {@code after}; none is
     * {@code null} here, which the caller decides on (the collection, or the newest page).
     */
    public static Cursor parse(String page, String before, String after) {
        int given = (page != null ? 1 : 0) + (before != null ? 1 : 0) + (after != null ? 1 : 0);
        if (given > 1) {
            throw new BadQuery("feed-one-cursor", page != null ? "page" : "before",
                    "Ask for one page at a time: page, before or after");
        }
        if (page != null) {
            return switch (page) {
                case "first" -> NEWEST;
                case "last" -> OLDEST;
                default -> throw new BadQuery("feed-page", "page", "page is first (newest acts) or last (oldest)");
            };
        }
        if (before != null) {
            return before(position("before", before));
        }
        if (after != null) {
            return after(position("after", after));
        }
        return null;
    }

    public static int size(String size, int defaultSize, int maxSize) {
        if (size == null) {
            return defaultSize;
        }
        try {
            int value = Integer.parseInt(size);
            if (value >= 1 && value <= maxSize) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new BadQuery("feed-size", "size", "size is a number of items from 1 to " + maxSize);
    }

    static long position(String field, String value) {
        try {
            long position = Long.parseLong(value);
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new BadQuery("feed-position", field, field + " must be a ledger position, 0 or more");
    }

    /** The query that asks for this page, e.g. {@code before=120}. */
    public String query() {
        return switch (mode) {
            case NEWEST -> "page=first";
            case OLDEST -> "page=last";
            case BEFORE -> "before=" + position;
            case AFTER -> "after=" + position;
        };
    }
}
