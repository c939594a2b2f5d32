package id.gotong.projection;

import id.gotong.events.AgreementEvent;
import id.gotong.events.CollaborationAct;
import id.gotong.events.CollaborationEvent;
import id.gotong.events.CommitmentEvent;
import id.gotong.events.CorrectionEvent;
import id.gotong.events.InformationRequestEvent;
import id.gotong.events.MeetingEvent;
import id.gotong.events.OutcomeEvent;
import id.gotong.events.SharedGoalEvent;
import id.gotong.events.StakeholderEvent;

import java.util.List;
import java.util.function.Consumer;

/**
 * Folds a batch of events into every read model with a handful of bulk writes: each read model adds its writes to the
 * {@link Batch}, which writes them one collection at a time, and then the changes are pushed. Used by the live
 * projection (one processor batch at a time) and by a rebuild (one page of the event store at a time). Idempotent:
 * each read model skips or rewrites what an event delivered twice already wrote.
 */
public final class Projector {

    /** The aggregate each event belongs to, by its family: the subject of an act. */
    private static final EventSwitch<Void, String> SUBJECT = EventSwitch.<Void, String>over("The subject of an act",
                    CollaborationAct.class)
            .on(StakeholderEvent.class, (none, e) -> e.stakeholderId())
            .on(CollaborationEvent.class, (none, e) -> e.collaborationId())
            .on(MeetingEvent.class, (none, e) -> e.meetingId())
            .on(SharedGoalEvent.class, (none, e) -> e.goalId())
            .on(AgreementEvent.class, (none, e) -> e.agreementId())
            .on(CommitmentEvent.class, (none, e) -> e.commitmentId())
            .on(InformationRequestEvent.class, (none, e) -> e.requestId())
            .on(OutcomeEvent.class, (none, e) -> e.outcomeId())
            .on(CorrectionEvent.class, (none, e) -> e.correctionId())
            .build();

    private final ReadModels models;
    private final boolean rebuild;
    private final List<ReadModel.Projection> projections;
    private final Consumer<Change> published;

    /**
     * @param rebuild a rebuild, which is the only writer of {@code models}: read models keep what they can in memory
     *                and write it on {@link #flush()}; otherwise they advance the current generation with each batch
     */
    public Projector(ReadModels models, EventHistory history, Consumer<Change> published, boolean rebuild) {
        this.models = models;
        this.rebuild = rebuild;
        this.published = published;
        this.projections = models.readModels().stream().map(model -> model.open(models, history, rebuild)).toList();
    }

    public void project(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        if (!rebuild) {
            models.followCurrent();  // a rebuild elsewhere may have switched the generation since the last batch
        }
        Batch batch = new Batch(entries, rebuild);
        projections.forEach(projection -> projection.project(batch));
        batch.writeTo(models);
        batch.changes().forEach(published);
    }

    /** Writes what a rebuild's read models kept in memory. */
    public void flush() {
        projections.forEach(ReadModel.Projection::flush);
    }

    /** The aggregate an event belongs to. */
    public static String subjectOf(CollaborationAct event) {
        return SUBJECT.apply(null, event);
    }
}
