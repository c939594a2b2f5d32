package id.gotong.collaboration;

import id.gotong.events.MeetingCadence;
import id.gotong.events.SmartCityDimension;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** @param legalBasis e.g. "Keputusan Bupati Toba 724/2022"; recorded in order, and joined as the act's authority */
public record RegisterCollaboration(@TargetAggregateIdentifier String collaborationId, String actor,
                                    Instant occurredAt, String name, String region,
                                    Set<SmartCityDimension> dimensions, List<String> legalBasis,
                                    String leadStakeholderId, MeetingCadence meetingCadence) {

    public RegisterCollaboration {
        dimensions = dimensions == null ? Set.of() : Set.copyOf(dimensions);
        legalBasis = legalBasis == null ? List.of() : List.copyOf(legalBasis);
    }
}
