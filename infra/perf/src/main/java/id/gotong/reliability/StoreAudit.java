package id.gotong.reliability;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static com.mongodb.client.model.Sorts.ascending;

/**
 * Reads the whole {@code events} collection with the raw driver and checks it against what the writers were told:
 * the commits cover the positions 0..n-1 without a gap, each commit is whole (its count, positions, event ids and
 * events agree), every aggregate's sequence numbers run 0..k-1, and every acknowledged write is stored as the one
 * commit its answer described, at the positions it was told.
 *
 * @param commits               commits stored
 * @param events                events stored
 * @param acknowledgedCommits   successful writes checked
 * @param acknowledgedEvents    events those writes were told about
 * @param acknowledgedStored    of those events, how many are stored where the answer said
 * @param unacknowledgedStored  events stored that no answer listed (setup not counted, e.g. writes whose answer was
 *                              lost when the process died)
 * @param problems              what is wrong, empty if nothing
 */
public record StoreAudit(long commits, long events, long acknowledgedCommits, long acknowledgedEvents,
                         long acknowledgedStored, long unacknowledgedStored, List<String> problems) {

    public boolean ok() {
        return problems.isEmpty();
    }

    private record Located(long commit, long position) {
    }

    public static StoreAudit of(String mongoUri, String database, List<ActLoad.Commit> acknowledged) {
        try (MongoClient client = MongoClients.create(mongoUri)) {
            return of(client.getDatabase(database).getCollection("events"), acknowledged);
        }
    }

    public static StoreAudit of(MongoCollection<Document> collection, List<ActLoad.Commit> acknowledged) {
        List<String> problems = new ArrayList<>();
        Map<String, Located> byEventId = new HashMap<>();
        Map<Long, List<String>> commitEventIds = new HashMap<>();
        Map<String, TreeSet<Long>> sequences = new HashMap<>();
        long expected = 0;
        long commits = 0;
        for (Document commit : collection.find().sort(ascending("_id"))) {
            long first = commit.getLong("_id");
            if (first != expected) {
                problem(problems, "gap: commit at " + first + " follows position " + (expected - 1));
            }
            List<Long> positions = commit.getList("positions", Long.class);
            List<String> ids = commit.getList("eventIds", String.class);
            List<Document> events = commit.getList("events", Document.class);
            int count = commit.getInteger("count");
            if (positions.size() != count || ids.size() != count || events.size() != count) {
                problem(problems, "commit " + first + " is not whole: count " + count + ", " + positions.size()
                        + " positions, " + ids.size() + " event ids, " + events.size() + " events");
            }
            for (int i = 0; i < events.size(); i++) {
                Document event = events.get(i);
                if (i < positions.size() && positions.get(i) != first + i) {
                    problem(problems, "commit " + first + " lists position " + positions.get(i) + " at " + i);
                }
                if (i < ids.size() && !ids.get(i).equals(event.getString("eventId"))) {
                    problem(problems, "commit " + first + " lists event id " + ids.get(i) + " for event "
                            + event.getString("eventId"));
                }
                byEventId.put(event.getString("eventId"), new Located(first, first + i));
                if (event.containsKey("aggregateId")) {
                    sequences.computeIfAbsent(event.getString("aggregateId"), a -> new TreeSet<>())
                            .add(event.getLong("sequenceNumber"));
                }
            }
            commitEventIds.put(first, ids);
            expected = first + count;
            commits++;
        }
        sequences.forEach((aggregate, numbers) -> {
            if (numbers.first() != 0 || numbers.last() != numbers.size() - 1) {
                problem(problems, "aggregate " + aggregate + " has sequence numbers " + numbers);
            }
        });

        long acknowledgedEvents = 0;
        long stored = 0;
        Set<String> listed = new HashSet<>();
        for (ActLoad.Commit write : acknowledged) {
            acknowledgedEvents += write.events().size();
            Long commit = null;
            for (ActLoad.Appended appended : write.events()) {
                listed.add(appended.eventId());
                Located located = byEventId.get(appended.eventId());
                if (located == null) {
                    problem(problems, "acknowledged " + write.kind() + " event " + appended.eventId() + " at "
                            + appended.position() + " is not stored");
                    continue;
                }
                if (located.position() != appended.position()) {
                    problem(problems, "acknowledged " + write.kind() + " event " + appended.eventId() + " was told "
                            + appended.position() + " but is stored at " + located.position());
                    continue;
                }
                stored++;
                if (commit == null) {
                    commit = located.commit();
                } else if (commit != located.commit()) {
                    problem(problems, write.kind() + ": one answer's events are in two commits");
                }
            }
            List<String> told = write.events().stream().map(ActLoad.Appended::eventId).toList();
            if (commit != null && !commitEventIds.get(commit).equals(told)) {
                problem(problems, write.kind() + ": commit " + commit + " holds " + commitEventIds.get(commit)
                        + ", the answer listed " + told);
            }
        }
        long unacknowledged = byEventId.keySet().stream().filter(id -> !listed.contains(id)).count();
        return new StoreAudit(commits, expected, acknowledged.size(), acknowledgedEvents, stored, unacknowledged,
                List.copyOf(problems));
    }

    private static void problem(List<String> problems, String problem) {
        if (problems.size() < 50) {
            problems.add(problem);
        }
    }

    @Override
    public String toString() {
        return "stored " + events + " events in " + commits + " commits; acknowledged " + acknowledgedEvents
                + " events in " + acknowledgedCommits + " writes, " + acknowledgedStored + " of them stored as told; "
                + unacknowledgedStored + " stored events no answer listed" + (ok() ? "" : "; problems: " + problems);
    }
}
