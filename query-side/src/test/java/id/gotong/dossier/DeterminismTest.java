package id.gotong.dossier;

import id.gotong.events.StakeholderEvent.StakeholderRegistered;
import id.gotong.events.CollaborationAct;
import id.gotong.projection.Entry;
import id.gotong.projection.EventSwitch;
import id.gotong.projection.RandomLedger;
import id.gotong.stakeholderhistory.StakeholderHistory;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Folding a large random ledger in one pass, or in batches of any size with entries delivered twice, old entries
 * delivered again out of band, whole ranges replayed after a crash and dossiers reloaded from their stored JSON, gives
 * the same dossiers, the same evidence and so the same stakeholder histories.
 */
class DeterminismTest {

    static final long SEED = 20_240_115L;
    /** Where the generated ledger's days begin and end (as in {@link RandomLedger}). */
    static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
    @Test
    void batchesWithRedeliveriesGiveTheSameReadModelsAsOnePass() {
        long started = System.nanoTime();
        List<Entry> ledger = RandomLedger.generate(SEED, 50, 300, 100_000);
        long generated = System.nanoTime();

        Fold onePass = new Fold();
        onePass.deliver(ledger);

        Fold batched = new Fold();
        Random random = new Random(SEED + 1);
        int twice = 0;
        int outOfBand = 0;
        int replays = 0;
        int restarts = 0;
        int next = 0;
        while (next < ledger.size()) {
            int end = Math.min(ledger.size(), next + 1 + random.nextInt(500));
            List<Entry> batch = new ArrayList<>(ledger.subList(next, end));
            if (random.nextInt(4) == 0) {
                int i = random.nextInt(batch.size());
                batch.add(i + 1, batch.get(i));
                twice++;
            }
            if (next > 0 && random.nextInt(4) == 0) {
                batch.add(random.nextInt(batch.size() + 1), ledger.get(random.nextInt(next)));
                outOfBand++;
            }
            batched.deliver(batch);
            if (random.nextInt(15) == 0) {
                // a crash before the token was stored: the stream resumes from an earlier position
                next = Math.max(0, end - 1 - random.nextInt(2_000));
                replays++;
            } else {
                next = end;
            }
            if (random.nextInt(50) == 0) {
                batched.reload(random, 4);
                restarts++;
            }
        }
        long folded = System.nanoTime();

        System.out.printf("Determinism: %d events (%d collaborations, %d evidence) generated in %d ms, folded twice "
                        + "in %d ms; %d entries delivered twice, %d out of band, %d replays, %d restarts "
                        + "reloading dossiers from their documents, %d re-deliveries skipped%n",
                ledger.size(), onePass.dossiers.size(), onePass.evidence.size(), millis(started, generated),
                millis(generated, folded), twice, outOfBand, replays, restarts, batched.skipped);

        assertThat(ledger).hasSizeGreaterThanOrEqualTo(100_000);
        assertThat(twice).isPositive();
        assertThat(outOfBand).isPositive();
        assertThat(replays).isPositive();
        assertThat(restarts).isPositive();
        assertThat(batched.skipped).isGreaterThan(twice + outOfBand);
        assertTheLedgerCoversEveryEventAndEveryKindOfEvidence(ledger, onePass);

        assertThat(onePass.written).as("one fact per event, stakeholder and kind").isEqualTo(onePass.evidence.size());
        assertThat(batched.dossiers.keySet()).isEqualTo(onePass.dossiers.keySet());
        List<String> differentDossiers = onePass.dossiers.keySet().stream()
                .filter(id -> !DossierStore.json(onePass.dossiers.get(id))
                        .equals(DossierStore.json(batched.dossiers.get(id))))
                .toList();
        assertThat(differentDossiers).as("dossiers whose JSON differs").isEmpty();
        assertThat(onePass.dossiers.values().stream().mapToLong(d -> d.events).sum())
                .isEqualTo(ledger.stream().filter(e -> e.provenance().collaborationId() != null).count());

        assertThat(batched.evidence.keySet()).isEqualTo(onePass.evidence.keySet());
        List<String> differentEvidence = onePass.evidence.keySet().stream()
                .filter(key -> !onePass.evidence.get(key).equals(batched.evidence.get(key))).toList();
        assertThat(differentEvidence).as("evidence that differs").isEmpty();

        Map<String, List<Evidence>> inLedgerOrder = byStakeholder(onePass.evidence.values());
        List<Evidence> shuffled = new ArrayList<>(batched.evidence.values());
        Collections.shuffle(shuffled, new Random(SEED + 2));
        Map<String, List<Evidence>> inAnyOrder = byStakeholder(shuffled);
        assertThat(inAnyOrder.keySet()).isEqualTo(inLedgerOrder.keySet()).hasSizeGreaterThan(250);
        List<String> differentHistories = inLedgerOrder.keySet().stream()
                .filter(id -> !StakeholderHistory.of(inLedgerOrder.get(id), ZONE)
                        .equals(StakeholderHistory.of(inAnyOrder.get(id), ZONE)))
                .toList();
        assertThat(differentHistories).as("stakeholders whose history differs").isEmpty();

        System.out.printf("Determinism: compared in %d ms, %d ms in all%n", millis(folded, System.nanoTime()),
                millis(started, System.nanoTime()));
    }

    /** A generator that never produced some event or evidence would leave that part of the fold untested. */
    static void assertTheLedgerCoversEveryEventAndEveryKindOfEvidence(List<Entry> ledger, Fold fold) {
        Set<String> eventTypes = EventSwitch.eventTypes(CollaborationAct.class).stream()
                .map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
        assertThat(eventTypes).hasSizeGreaterThan(30);
        Map<String, Long> byType = ledger.stream()
                .collect(Collectors.groupingBy(Entry::type, TreeMap::new, Collectors.counting()));
        System.out.println("Determinism: events by type " + byType);
        assertThat(byType.keySet()).containsAll(eventTypes);

        Set<Evidence.Kind> kinds = fold.evidence.values().stream().map(Evidence::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Evidence.Kind.class)));
        assertThat(kinds).containsExactlyInAnyOrder(Evidence.Kind.values());
        assertThat(fold.evidence.values()).anyMatch(e -> e.kind() == Evidence.Kind.RECORD_CORRECTED && !e.ownAct());
        assertThat(fold.dossiers.values()).anyMatch(d -> d.requests.values().stream().anyMatch(r -> r.answeredLate));
    }

    static Map<String, List<Evidence>> byStakeholder(Collection<Evidence> evidence) {
        Map<String, List<Evidence>> grouped = new TreeMap<>();
        evidence.forEach(e -> grouped.computeIfAbsent(e.stakeholderId(), k -> new ArrayList<>()).add(e));
        return grouped;
    }

    static long millis(long from, long to) {
        return Duration.ofNanos(to - from).toMillis();
    }

    /**
     * What {@link DossierProjection} does with a batch, minus MongoDB: dossiers keyed by collaboration, the acts'
     * actors for the correction lookup (those of the batch first), evidence keyed by {@link Evidence#key()}.
     */
    static final class Fold {
        final Map<String, Dossier> dossiers = new TreeMap<>();
        final Map<String, String> actors = new HashMap<>();
        final Map<String, Evidence> evidence = new LinkedHashMap<>();
        long written;
        long skipped;

        void deliver(List<Entry> batch) {
            Map<String, String> actorsInBatch = new HashMap<>();
            for (Entry entry : batch) {
                String actor = entry.provenance().actor();
                actorsInBatch.put(entry.eventId(), actor);
                String collaborationId = entry.provenance().collaborationId();
                if (entry.event() instanceof StakeholderRegistered || collaborationId == null) {
                    continue;
                }
                Dossier dossier = dossiers.computeIfAbsent(collaborationId, id -> {
                    Dossier fresh = new Dossier();
                    fresh.collaborationId = id;
                    return fresh;
                });
                boolean fresh = entry.position() > dossier.position;
                int eventsBefore = dossier.events;
                List<Evidence> facts = dossier.apply(entry, eventId -> Optional.ofNullable(actorsInBatch.get(eventId))
                        .or(() -> Optional.ofNullable(actors.get(eventId))));
                if (!fresh) {
                    if (!facts.isEmpty() || dossier.events != eventsBefore) {
                        throw new AssertionError("Entry " + entry.position() + " delivered again changed the dossier "
                                + "or gave evidence " + facts);
                    }
                    skipped++;
                    continue;
                }
                actors.put(entry.eventId(), actor);
                for (Evidence fact : facts) {
                    evidence.put(fact.key(), fact);
                    written++;
                }
            }
        }

        /**
         * The live projection reads the dossiers of each batch back from their documents in {@code read_dossiers};
         * a sample of them goes through that round trip here (all of them every time would be slow).
         */
        void reload(Random random, int count) {
            List<String> ids = new ArrayList<>(dossiers.keySet());
            for (int i = 0; i < count && !ids.isEmpty(); i++) {
                String id = ids.remove(random.nextInt(ids.size()));
                dossiers.put(id, DossierStore.dossier(DossierStore.document(dossiers.get(id))));
            }
        }
    }
}
