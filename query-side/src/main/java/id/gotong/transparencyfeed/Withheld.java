package id.gotong.transparencyfeed;

/** Why a field of an event is kept out of the feeds. */
public enum Withheld {

    PERSON("names a person rather than an organisation"),
    FREE_TEXT("free text about what people said or did, where private persons get named"),
    OUTSIDE_LINK("points at evidence outside Gotong that the feed cannot vet");

    private final String why;

    Withheld(String why) {
        this.why = why;
    }

    public String why() {
        return why;
    }
}
