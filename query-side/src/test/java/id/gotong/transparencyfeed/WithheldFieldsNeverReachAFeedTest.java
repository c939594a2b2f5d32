package id.gotong.transparencyfeed;

import id.gotong.events.CollaborationAct;
import id.gotong.events.CorrectionEvent.RecordCorrected;
import id.gotong.events.MeetingEvent.AttendanceRecorded;
import id.gotong.events.PersonalData;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal data of private individuals never appears in a feed: the fixture writes a private person's name into every
 * withheld field, and the serialized documents must not contain it.
 */
class WithheldFieldsNeverReachAFeedTest {

    private static final Links LINKS = new Links("https://gotong.example", TransparencyFeed.DEFAULT_SIZE);

    @Test
    void thePrivatePersonsNameIsInEveryWithheldFieldOfTheFixture() {
        for (CollaborationAct event : EveryPublicAct.events()) {
            for (String path : Publication.fields(event.getClass()).withheld().keySet()) {
                assertThat(text(valueAt(event, path))).as(event.getClass().getSimpleName() + "." + path)
                        .contains("Budi");
            }
        }
    }

    /** Personal data shows its value only when asked: its {@code toString} never does. */
    private static String text(Object value) {
        if (value instanceof PersonalData data) {
            return data.value();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(WithheldFieldsNeverReachAFeedTest::text).toList().toString();
        }
        return String.valueOf(value);
    }

    @Test
    void theActivityStreamsDocumentsNeverContainIt() {
        List<PublicAct> acts = EveryPublicAct.publicActs();
        TransparencyFeed.Page page = new TransparencyFeed.Page(acts, 99L, null);
        As2 as2 = new As2(LINKS);
        assertThat(as2.page(TransparencyFeed.Scope.ALL, Cursor.NEWEST, 50, page, 120L)).doesNotContain("Budi");
        for (PublicAct act : acts) {
            assertThat(as2.item(act, null)).as(act.eventType()).doesNotContain("Budi");
        }
    }

    @Test
    void theAtomFeedNeverContainsIt() {
        Atom.Head head = new Atom.Head(Links.feedId(TransparencyFeed.Scope.ALL), "Gotong", "Tindakan publik",
                Instant.parse("2024-07-01T03:00:00Z"), List.of());
        String atom = new Atom(LINKS).feed(head, EveryPublicAct.publicActs(), 120L);
        assertThat(atom).contains("Forum SPBE").doesNotContain("Budi");
    }

    @Test
    void attendancePublishesWhoWasThereAndHowButNotWhoRepresentedThem() {
        Map<String, Object> details = EveryPublicAct.publicAct(AttendanceRecorded.class).details();
        List<?> entries = (List<?>) details.get("entries");
        assertThat(entries).hasSize(3);
        @SuppressWarnings("unchecked")
        Map<String, Object> represented = (Map<String, Object>) entries.get(1);
        assertThat(represented).containsOnlyKeys("stakeholderId", "status").containsEntry("status", "REPRESENTED");
        assertThat(((Party) ((Map<?, ?>) entries.get(1)).get("stakeholderId")).name())
                .isEqualTo("Institut Teknologi Del");
    }

    @Test
    void aCorrectionNamesOnlyCorrectedFieldsThatTheEventContractHasAndNoValues() {
        Map<String, Object> details = EveryPublicAct.publicAct(RecordCorrected.class).details();
        assertThat(details).containsEntry("correctedFields", List.of("title")).doesNotContainKey("reason");
    }

    private static Object valueAt(Object record, String path) {
        String name = path.split("[\\[{.]")[0];
        Object value = component(record, name);
        if (path.endsWith("{value}")) {
            return ((Map<?, ?>) value).values();
        } else if (path.endsWith("{key}")) {
            return ((Map<?, ?>) value).keySet();
        } else if (path.contains("[].")) {
            String sub = path.substring(path.indexOf("[].") + 3);
            return ((Collection<?>) value).stream().map(element -> component(element, sub)).toList();
        }
        return value;
    }

    private static Object component(Object record, String name) {
        try {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                if (component.getName().equals(name)) {
                    return component.getAccessor().invoke(record);
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalArgumentException(name);
    }
}
