package id.gotong.stakeholder;

import id.gotong.events.Sector;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** @param occurredAt when the stakeholder was registered, or {@code null} for now */
public record RegisterStakeholder(@TargetAggregateIdentifier String stakeholderId, String actor, Instant occurredAt,
                                  String name, Sector sector, String region, String parentOrganisation) {
}
