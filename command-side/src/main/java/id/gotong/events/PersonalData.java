package id.gotong.events;

/**
 * Personal data of one private person, the data subject: a name today. Events carry it as this value; the event
 * store keeps it encrypted under a key of its own subject, so erasing the subject (destroying the key) leaves the
 * event, its ledger leaf and every read of it intact but the value unreadable (see {@code docs/personal-data.md}).
 *
 * @param subject the data subject's id, the same for every piece of data about the same person; {@code null} only
 *                for a {@linkplain #legacyClear legacy clear value}
 * @param value   the data; {@code null} once the subject is erased
 * @param erased  whether the subject's key is destroyed, so the value can no longer be read
 */
public record PersonalData(String subject, String value, boolean erased) {

    public PersonalData {
        if (erased == (value != null)) {
            throw new IllegalArgumentException("Personal data has a value exactly when it is not erased");
        }
        if (subject == null && erased) {
            throw new IllegalArgumentException("Only data of a named subject can be erased");
        }
    }

    public static PersonalData of(String subject, String value) {
        if (subject == null || value == null) {
            throw new IllegalArgumentException("Personal data names its subject and has a value");
        }
        return new PersonalData(subject, value, false);
    }

    /** What is left of data about {@code subject} once the subject's key is destroyed. */
    public static PersonalData erasure(String subject) {
        return new PersonalData(subject, null, true);
    }

    /**
     * A value recorded in clear before personal data was encrypted (an older revision of an event): it names no
     * subject and stays readable in the stored event, so erasure cannot reach it.
     */
    public static PersonalData legacyClear(String value) {
        return new PersonalData(null, value, false);
    }

    public boolean legacy() {
        return subject == null;
    }

    /** Never the value: personal data does not belong in logs or exception messages. */
    @Override
    public String toString() {
        return "PersonalData[subject=" + subject + (erased ? ", erased" : legacy() ? ", legacy clear" : "") + "]";
    }
}
