package id.gotong.collaboration;

import id.gotong.act.Membership;
import id.gotong.events.Role;
import id.gotong.stakeholder.Stakeholder;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Answers membership questions from the event-sourced aggregates themselves, so a rule always sees every act recorded
 * before it, with no projection lag. Inside a command the aggregate is loaded in that command's unit of work (and
 * stays locked until it ends, so a concurrent admission or withdrawal cannot slip in between); outside one, in a
 * short unit of work of its own.
 * <p>
 * The repositories are injected lazily: building them inspects the aggregates' handlers, which ask for this port.
 */
@Component
public class CollaborationMembership implements Membership {

    private final Repository<Collaboration> collaborations;
    private final Repository<Stakeholder> stakeholders;

    public CollaborationMembership(@Lazy Repository<Collaboration> collaborations,
                                   @Lazy Repository<Stakeholder> stakeholders) {
        this.collaborations = collaborations;
        this.stakeholders = stakeholders;
    }

    @Override
    public boolean collaborationExists(String collaborationId) {
        return inUnitOfWork(() -> load(collaborations, collaborationId).isPresent());
    }

    @Override
    public Set<Role> rolesOf(String collaborationId, String stakeholderId) {
        return inUnitOfWork(() -> load(collaborations, collaborationId)
                .map(collaboration -> collaboration.invoke(c -> c.rolesOf(stakeholderId)))
                .orElse(Set.of()));
    }

    @Override
    public boolean stakeholderExists(String stakeholderId) {
        return inUnitOfWork(() -> load(stakeholders, stakeholderId).isPresent());
    }

    private static <T> Optional<Aggregate<T>> load(Repository<T> repository, String id) {
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(repository.load(id));
        } catch (AggregateNotFoundException e) {
            return Optional.empty();
        }
    }

    private static <R> R inUnitOfWork(Supplier<R> question) {
        if (CurrentUnitOfWork.isStarted()) {
            return question.get();
        }
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            return question.get();
        } finally {
            unitOfWork.rollback();
        }
    }
}
