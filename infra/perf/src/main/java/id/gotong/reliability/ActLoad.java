package id.gotong.reliability;

import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Collaborations at work, over HTTP: the operator registers the stakeholders, each collaboration's lead registers it
 * and admits the others; then one writer per collaboration records its acts in a cycle (a meeting convened, attended,
 * minuted and closed; a commitment pledged and fulfilled; an outcome reported and confirmed; an agreement drafted and
 * signed by both parties, the last signature appending two events in one commit; a shared goal proposed and
 * endorsed) while readers fetch dashboards, feeds, stakeholder histories, checkpoints and inclusion proofs.
 * <p>
 * Every successful write's answer (its event ids and global positions) is kept as {@link #acknowledged()}, for
 * {@link StoreAudit} to compare with the store. A write whose answer never came (the connection broke, e.g. the
 * process was killed) is counted as {@link #unanswered()} and stops its writer.
 */
public final class ActLoad {

    public record Party(String id, String credential) {
    }

    /** A collaboration, its lead and its other members; the last member is the secretary. */
    public record Forum(String collaborationId, Party lead, List<Party> members) {
    }

    public record Appended(String eventId, long position) {
    }

    /** What one successful write was told: the events of its one commit. */
    public record Commit(String kind, List<Appended> events) {
    }

    /** A write refused or failed: the cycle it belongs to is abandoned. */
    private static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** The answer never came. */
    private static final class Unanswered extends Exception {
        Unanswered(Throwable cause) {
            super(cause.toString(), cause, false, false);
        }
    }

    private final Api api;
    private final Clock clock;
    private final List<Forum> forums;
    private final Queue<Commit> acknowledged = new ConcurrentLinkedQueue<>();
    private final Queue<String> errorSamples = new ConcurrentLinkedQueue<>();
    private final Latencies latencies = new Latencies();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger unanswered = new AtomicInteger();
    private final AtomicLong acknowledgedEvents = new AtomicLong();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean stopping;

    private ActLoad(Api api, Clock clock, List<Forum> forums) {
        this.api = api;
        this.clock = clock;
        this.forums = forums;
    }

    /**
     * Registers {@code collaborations × stakeholdersPerCollaboration} stakeholders as the operator and the
     * collaborations, in parallel; each is a write like any other, kept in {@link #acknowledged()}.
     */
    public static ActLoad setUp(Api api, String operatorCredential, int collaborations,
                                int stakeholdersPerCollaboration, Clock clock) {
        if (stakeholdersPerCollaboration < 5) {
            throw new IllegalArgumentException("a collaboration needs a lead and at least four members");
        }
        ActLoad load = new ActLoad(api, clock, Collections.synchronizedList(new ArrayList<>()));
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(collaborations, 8));
        try {
            List<Future<Forum>> forums = new ArrayList<>();
            for (int c = 0; c < collaborations; c++) {
                int number = c + 1;
                forums.add(pool.submit(() -> load.forum(operatorCredential, number, stakeholdersPerCollaboration)));
            }
            for (Future<Forum> forum : forums) {
                load.forums.add(forum.get());
            }
        } catch (Exception e) {
            throw new IllegalStateException("set-up failed: " + e.getMessage() + "; " + load.errorSamples(), e);
        } finally {
            pool.shutdownNow();
        }
        return load;
    }

    private Forum forum(String operator, int number, int size) throws Refused, Unanswered {
        List<Party> parties = new ArrayList<>();
        for (int s = 1; s <= size; s++) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", "Dinas " + s + " Kabupaten " + number);
            body.put("sector", s % 3 == 0 ? "BUSINESS" : "GOVERNMENT");
            body.put("region", "Kabupaten " + number);
            JsonNode answer = write("register-stakeholder", operator, "/api/stakeholders", body);
            parties.add(new Party(answer.get("id").asString(), answer.get("credential").asString()));
        }
        Party lead = parties.get(0);
        Map<String, Object> collaboration = new LinkedHashMap<>();
        collaboration.put("name", "Forum smart city " + number);
        collaboration.put("region", "Kabupaten " + number);
        collaboration.put("dimensions", List.of("GOVERNANCE"));
        collaboration.put("leadStakeholderId", lead.id());
        collaboration.put("meetingCadence", "MONTHLY");
        String id = write("register-collaboration", lead.credential(), "/api/collaborations", collaboration)
                .get("id").asString();
        List<Party> members = parties.subList(1, parties.size());
        for (int m = 0; m < members.size(); m++) {
            write("admit-member", lead.credential(), "/api/collaborations/" + id + "/members",
                    Map.of("stakeholderId", members.get(m).id(),
                            "role", m == members.size() - 1 ? "SECRETARY" : "MEMBER"));
        }
        return new Forum(id, lead, List.copyOf(members));
    }

    public List<Forum> forums() {
        return List.copyOf(forums);
    }

    /** Waits until every collaboration's dashboard and every stakeholder's history is served (projected). */
    public void awaitProjected(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> paths = new ArrayList<>();
        for (Forum forum : forums) {
            paths.add("/api/collaborations/" + forum.collaborationId() + "/dashboard");
            forum.members().forEach(m -> paths.add("/api/stakeholders/" + m.id() + "/history"));
        }
        for (String path : paths) {
            while (true) {
                try {
                    if (api.get(path).status() == 200) {
                        break;
                    }
                } catch (IOException e) {
                    // not yet
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(path + " not served within " + timeout);
                }
                Thread.sleep(100);  // polling another process's projection
            }
        }
    }

    /** Starts one writer per collaboration and {@code readers} readers; they run until {@link #stop()}. */
    public synchronized void start(int readers) {
        for (int f = 0; f < forums.size(); f++) {
            Forum forum = forums.get(f);
            threads.add(started("writer-" + f, () -> writeCycles(forum)));
        }
        for (int r = 0; r < readers; r++) {
            long seed = r;
            threads.add(started("reader-" + r, () -> read(new Random(seed))));
        }
    }

    private static Thread started(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.start();
        return thread;
    }

    /** Stops the writers and readers and waits for the requests under way to be answered or to fail. */
    public synchronized void stop() throws InterruptedException {
        stopping = true;
        for (Thread thread : threads) {
            thread.join();
        }
        threads.clear();
    }

    /** The successful writes, each with what its answer listed. */
    public List<Commit> acknowledged() {
        return List.copyOf(acknowledged);
    }

    public long acknowledgedEvents() {
        return acknowledgedEvents.get();
    }

    /** Writes sent whose answer never came. */
    public int unanswered() {
        return unanswered.get();
    }

    /** Writes sent and not answered yet. */
    public int inFlight() {
        return inFlight.get();
    }

    public Latencies latencies() {
        return latencies;
    }

    /** The first few error answers, for the report. */
    public List<String> errorSamples() {
        return List.copyOf(errorSamples);
    }

    private void writeCycles(Forum forum) {
        try {
            for (int cycle = 0; !stopping; cycle++) {
                try {
                    cycle(forum, cycle);
                } catch (Refused e) {
                    // counted; the next cycle starts afresh
                }
            }
        } catch (Unanswered e) {
            // the application is gone; this writer is done
        }
    }

    private void cycle(Forum forum, int cycle) throws Refused, Unanswered {
        String collaboration = "/api/collaborations/" + forum.collaborationId();
        List<Party> members = forum.members();
        Party lead = forum.lead();
        Party secretary = members.get(members.size() - 1);
        Party a = members.get(cycle % members.size());
        Party b = members.get((cycle + 1) % members.size());
        Party c = members.get((cycle + 2) % members.size());
        Party d = members.get((cycle + 3) % members.size());
        LocalDate today = LocalDate.now(clock);

        String meeting = "/api/meetings/" + write("convene-meeting", lead.credential(), collaboration + "/meetings",
                Map.of("title", "Coordination " + cycle, "agenda", List.of("Progress", "Next steps"),
                        "scheduledAt", clock.instant().plus(Duration.ofDays(1)).toString(), "formality", "FORMAL",
                        "channel", "IN_PERSON", "invitees", members.stream().map(Party::id).toList()))
                .get("id").asString();
        if (stopping) {
            return;
        }
        write("record-attendance", lead.credential(), meeting + "/attendance", Map.of("entries",
                members.stream().map(m -> Map.of("stakeholderId", m.id(), "status", "PRESENT")).toList()));
        write("record-minutes", secretary.credential(), meeting + "/minutes",
                Map.of("summary", "Progress reviewed", "decisions", List.of("Continue the programme")));
        write("close-meeting", lead.credential(), meeting + "/closure", Map.of());
        if (stopping) {
            return;
        }
        String commitment = write("pledge-commitment", a.credential(), collaboration + "/commitments",
                Map.of("deliverable", "Open data portal update " + cycle, "dueOn", today.plusDays(60).toString()))
                .get("id").asString();
        write("fulfil-commitment", a.credential(), "/api/commitments/" + commitment + "/fulfilment",
                Map.of("evidence", "Published on the portal"));
        String outcome = write("report-outcome", b.credential(), collaboration + "/outcomes",
                Map.of("indicator", "Services online", "period", "Q" + (cycle % 4 + 1), "value", 10 + cycle,
                        "unit", "services")).get("id").asString();
        write("confirm-outcome", c.credential(), "/api/outcomes/" + outcome + "/confirmations", Map.of());
        if (stopping) {
            return;
        }
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("kind", "COOPERATION_AGREEMENT");
        draft.put("number", "PKS-" + forum.collaborationId() + "-" + cycle);
        draft.put("title", "Data sharing agreement " + cycle);
        draft.put("parties", List.of(lead.id(), d.id()));
        draft.put("termsSummary", "The parties share their service data monthly");
        draft.put("validFrom", today.toString());
        String agreement = "/api/agreements/" + write("draft-agreement", lead.credential(),
                collaboration + "/agreements", draft).get("id").asString();
        write("sign-agreement", lead.credential(), agreement + "/signatures", Map.of());
        write("sign-agreement-last", d.credential(), agreement + "/signatures", Map.of());
        String goal = write("propose-goal", b.credential(), collaboration + "/goals",
                Map.of("kind", "GOAL", "statement", "All permits online by next year " + cycle)).get("id").asString();
        write("endorse-goal", c.credential(), "/api/goals/" + goal + "/endorsements", Map.of("goalVersion", 1));
    }

    private JsonNode write(String kind, String credential, String path, Object body) throws Refused, Unanswered {
        Api.Answer answer;
        inFlight.incrementAndGet();
        try {
            answer = api.post(credential, path, body);
        } catch (IOException e) {
            unanswered.incrementAndGet();
            throw new Unanswered(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            unanswered.incrementAndGet();
            throw new Unanswered(e);
        } finally {
            inFlight.decrementAndGet();
        }
        if (!answer.ok() || answer.body() == null || !answer.body().has("events")) {
            latencies.error(kind);
            sample(kind + " " + path + " answered " + answer.status() + ": " + answer.text());
            throw new Refused(kind + " answered " + answer.status());
        }
        List<Appended> events = new ArrayList<>();
        for (JsonNode event : answer.body().get("events")) {
            events.add(new Appended(event.get("eventId").asString(), event.get("position").asLong()));
        }
        acknowledged.add(new Commit(kind, List.copyOf(events)));
        acknowledgedEvents.addAndGet(events.size());
        latencies.success(kind, answer.nanos());
        return answer.body();
    }

    private void read(Random random) {
        while (!stopping) {
            Forum forum = forums.get(random.nextInt(forums.size()));
            try {
                switch (random.nextInt(4)) {
                    case 0 -> read("read-dashboard", "/api/collaborations/" + forum.collaborationId() + "/dashboard");
                    case 1 -> read("read-feed", "/api/collaborations/" + forum.collaborationId() + "/feed");
                    case 2 -> read("read-history", "/api/stakeholders/"
                            + forum.members().get(random.nextInt(forum.members().size())).id() + "/history");
                    default -> {
                        Api.Answer checkpoint = read("read-checkpoint", "/api/ledger/checkpoint");
                        if (checkpoint != null) {
                            Optional<String> proof = inclusionProofPath(checkpoint.text(), random);
                            if (proof.isPresent()) {
                                read("read-inclusion-proof", proof.get());
                            }
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * A proof of a random entry of the checkpoint's tree, or none: the first checkpoint is signed over an empty tree,
     * which has no entry to prove.
     */
    static Optional<String> inclusionProofPath(String checkpointNote, Random random) {
        long size = Long.parseLong(checkpointNote.split("\n")[1]);
        if (size == 0) {
            return Optional.empty();
        }
        return Optional.of("/api/ledger/proof/inclusion?index=" + random.nextLong(size) + "&treeSize=" + size);
    }

    /** A read answered 200, or null: any other answer, a timeout or a broken connection counts as an error. */
    private Api.Answer read(String kind, String path) throws InterruptedException {
        Api.Answer answer;
        try {
            answer = api.get(path);
        } catch (IOException e) {
            if (!stopping) {
                latencies.error(kind);
                sample(kind + " " + path + " failed: " + e);
            }
            return null;
        }
        if (answer.status() != 200) {
            latencies.error(kind);
            sample(kind + " " + path + " answered " + answer.status() + ": " + answer.text());
            return null;
        }
        latencies.success(kind, answer.nanos());
        return answer;
    }

    private void sample(String error) {
        if (errorSamples.size() < 10) {
            errorSamples.add(error.length() > 400 ? error.substring(0, 400) : error);
        }
    }
}
