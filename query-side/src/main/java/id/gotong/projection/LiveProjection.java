package id.gotong.projection;

import id.gotong.events.CollaborationAct;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.ArrayList;
import java.util.List;

/**
 * The streaming processor {@value #PROCESSING_GROUP}: collects each processor batch and projects it at the batch's
 * last event. Projecting inside the handler, rather than when the unit of work commits, matters: the processor stores
 * its token in the first prepare-commit callback, so a later one could be lost in a crash after the token moved on.
 */
@ProcessingGroup(LiveProjection.PROCESSING_GROUP)
public class LiveProjection {

    public static final String PROCESSING_GROUP = "projections";
    private static final String PENDING = LiveProjection.class.getName() + "/pending";

    private final Projector projector;

    public LiveProjection(Projector projector) {
        this.projector = projector;
    }

    @EventHandler
    void on(CollaborationAct event, EventMessage<?> message, TrackingToken token) {
        Entry entry = new Entry(token.position().orElseThrow(), message.getIdentifier(), event);
        if (!CurrentUnitOfWork.isStarted()) {
            projector.project(List.of(entry));
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        List<Entry> pending = unitOfWork.getOrComputeResource(PENDING, key -> new ArrayList<Entry>());
        pending.add(entry);
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
            projector.project(List.copyOf(pending));
            pending.clear();
        }
    }
}
