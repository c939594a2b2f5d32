package id.gotong.stakeholder;

import id.gotong.act.Acts;
import id.gotong.act.RuleViolation;
import id.gotong.act.StateConflict;
import id.gotong.events.Sector;
import id.gotong.events.StakeholderEvent.StakeholderRegistered;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

@Aggregate
public class Stakeholder {

    /**
     * A stakeholder as registered.
     *
     * @param version the aggregate version, the resource's {@code ETag}
     */
    public record View(String stakeholderId, String name, Sector sector, String region, String parentOrganisation,
                       Instant registeredAt, Long version) {
    }

    @AggregateIdentifier
    private String stakeholderId;
    private String name;
    private Sector sector;
    private String region;
    private String parentOrganisation;
    private Instant registeredAt;

    protected Stakeholder() {
    }

    // CREATE_IF_MISSING rather than a constructor: a second registration under the same id is refused by a named rule
    // instead of failing in the event store.
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterStakeholder command, Clock clock) {
        if (stakeholderId != null) {
            throw new StateConflict("stakeholder-registered-once",
                    "Stakeholder " + command.stakeholderId() + " is already registered");
        }
        if (command.name() == null || command.name().isBlank()) {
            throw new RuleViolation("required", "name", "A stakeholder needs a name");
        }
        if (command.sector() == null) {
            throw new RuleViolation("required", "sector", "A stakeholder needs a pentahelix sector");
        }
        apply(new StakeholderRegistered(command.stakeholderId(),
                Acts.provenance(StakeholderRegistered.class, command.actor(), null, command.occurredAt(), null, clock),
                command.name(), command.sector(), command.region(), command.parentOrganisation()));
    }

    public View view() {
        return new View(stakeholderId, name, sector, region, parentOrganisation, registeredAt,
                AggregateLifecycle.getVersion());
    }

    @EventSourcingHandler
    void on(StakeholderRegistered event) {
        stakeholderId = event.stakeholderId();
        name = event.name();
        sector = event.sector();
        region = event.region();
        parentOrganisation = event.parentOrganisation();
        registeredAt = event.provenance().occurredAt();
    }
}
