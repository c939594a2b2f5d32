package id.gotong.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static id.gotong.events.TheoryElement.AG_COMMITMENT_TO_PROCESS;
import static id.gotong.events.TheoryElement.AG_FACILITATIVE_LEADERSHIP;
import static id.gotong.events.TheoryElement.AG_INSTITUTIONAL_DESIGN;
import static id.gotong.events.TheoryElement.AG_STARTING_CONDITIONS;
import static id.gotong.events.TheoryElement.EN_CAPACITY_PROCEDURAL_ARRANGEMENTS;
import static id.gotong.events.TheoryElement.EN_CAPACITY_RESOURCES;
import static id.gotong.events.TheoryElement.EN_DRIVER_CONSEQUENTIAL_INCENTIVES;
import static id.gotong.events.TheoryElement.EN_DRIVER_INTERDEPENDENCE;
import static id.gotong.events.TheoryElement.EN_DRIVER_LEADERSHIP;
import static id.gotong.events.TheoryElement.EN_DRIVER_UNCERTAINTY;
import static id.gotong.events.TheoryElement.EN_SHARED_MOTIVATION_COMMITMENT;

/**
 * A collaboration (a smart-city programme and its forum) and its membership. Each member holds exactly one
 * {@link Role}; the lead is the one member holding {@link Role#PERSON_IN_CHARGE}, and that role changes hands only
 * through {@link LeadershipChanged}.
 */
public sealed interface CollaborationEvent extends CollaborationAct {

    String collaborationId();

    /**
     * Always followed by a {@link MemberAdmitted} of the lead as {@link Role#PERSON_IN_CHARGE}.
     *
     * @param legalBasis the regulations and decrees the collaboration rests on, e.g. "Perwali Surakarta 8.6/2022"
     */
    @Revision("1")
    @Evidences({AG_INSTITUTIONAL_DESIGN, EN_CAPACITY_PROCEDURAL_ARRANGEMENTS})
    record CollaborationRegistered(String collaborationId, Provenance provenance, String name, String region,
                                   Set<SmartCityDimension> dimensions, List<String> legalBasis,
                                   String leadStakeholderId, MeetingCadence meetingCadence)
            implements CollaborationEvent {

        public CollaborationRegistered {
            dimensions = sorted(dimensions);
            legalBasis = List.copyOf(legalBasis);
        }
    }

    @Revision("1")
    @Evidences({AG_INSTITUTIONAL_DESIGN, EN_CAPACITY_PROCEDURAL_ARRANGEMENTS})
    record MemberAdmitted(String collaborationId, Provenance provenance, String stakeholderId, Role role)
            implements CollaborationEvent {
    }

    @Revision("1")
    @Evidences({AG_INSTITUTIONAL_DESIGN, EN_CAPACITY_PROCEDURAL_ARRANGEMENTS})
    record MemberRoleChanged(String collaborationId, Provenance provenance, String stakeholderId, Role previousRole,
                             Role role) implements CollaborationEvent {
    }

    /**
     * The member left, by its own act or withdrawn by the secretary or the lead ({@code provenance.actor()} says
     * which).
     *
     * @param role the role it held until then
     */
    @Revision("1")
    @Evidences({AG_INSTITUTIONAL_DESIGN, EN_CAPACITY_PROCEDURAL_ARRANGEMENTS})
    record MemberWithdrew(String collaborationId, Provenance provenance, String stakeholderId, Role role,
                          String reason) implements CollaborationEvent {
    }

    /**
     * The new lead, already a member, now holds {@link Role#PERSON_IN_CHARGE}; the previous lead stays a member with
     * the role {@code previousLeadStaysAs}.
     */
    @Revision("1")
    @Evidences({AG_FACILITATIVE_LEADERSHIP, EN_DRIVER_LEADERSHIP})
    record LeadershipChanged(String collaborationId, Provenance provenance, String previousLeadStakeholderId,
                             Role previousLeadStaysAs, String newLeadStakeholderId, String reason)
            implements CollaborationEvent {
    }

    /** {@code provenance.evidences()} adds the element of the {@link DriverKind} to this type's default. */
    @Revision("1")
    @Evidences({AG_STARTING_CONDITIONS})
    record DriverRecorded(String collaborationId, Provenance provenance, DriverKind kind, String description)
            implements CollaborationEvent {
    }

    /** Seed 000 counts an annual event calendar as commitment to the process. */
    @Revision("1")
    @Evidences({AG_COMMITMENT_TO_PROCESS, EN_SHARED_MOTIVATION_COMMITMENT})
    record EventCalendarPublished(String collaborationId, Provenance provenance, List<PlannedEvent> entries)
            implements CollaborationEvent {

        public EventCalendarPublished {
            entries = List.copyOf(entries);
        }
    }

    /** One entry of a published event calendar, e.g. the Solo smart-branding festival. */
    record PlannedEvent(String title, LocalDate date, String description) {
    }

    /**
     * The drivers of Emerson &amp; Nabatchi (2015) that a member can record; leadership, the fifth driver, is
     * recorded as a {@link LeadershipChanged}. A resource gap is a lack of capacity for joint action rather than a
     * driver in the model, hence its element.
     */
    enum DriverKind {
        CONSEQUENTIAL_INCENTIVE(EN_DRIVER_CONSEQUENTIAL_INCENTIVES),
        INTERDEPENDENCE(EN_DRIVER_INTERDEPENDENCE),
        UNCERTAINTY(EN_DRIVER_UNCERTAINTY),
        RESOURCE_GAP(EN_CAPACITY_RESOURCES);

        private final TheoryElement evidence;

        DriverKind(TheoryElement evidence) {
            this.evidence = evidence;
        }

        public TheoryElement evidence() {
            return evidence;
        }
    }

    /** Sorted, so the stored JSON is the same on every run. */
    private static <T extends Comparable<? super T>> Set<T> sorted(Set<T> values) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(values));
    }
}
