package id.gotong.collaboration;

import id.gotong.act.Acts;
import id.gotong.events.CollaborationAct;
import id.gotong.events.CollaborationEvent;
import id.gotong.events.CollaborationEvent.DriverKind;
import id.gotong.events.MeetingEvent;
import id.gotong.events.SharedGoalEvent;
import id.gotong.events.StakeholderEvent;
import id.gotong.events.TheoryElement;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static id.gotong.events.TheoryElement.AG_COMMITMENT_TO_PROCESS;
import static id.gotong.events.TheoryElement.AG_FACE_TO_FACE_DIALOGUE;
import static id.gotong.events.TheoryElement.AG_FACILITATIVE_LEADERSHIP;
import static id.gotong.events.TheoryElement.AG_INSTITUTIONAL_DESIGN;
import static id.gotong.events.TheoryElement.AG_SHARED_UNDERSTANDING;
import static id.gotong.events.TheoryElement.AG_STARTING_CONDITIONS;
import static id.gotong.events.TheoryElement.EN_CAPACITY_PROCEDURAL_ARRANGEMENTS;
import static id.gotong.events.TheoryElement.EN_CAPACITY_RESOURCES;
import static id.gotong.events.TheoryElement.EN_DRIVER_CONSEQUENTIAL_INCENTIVES;
import static id.gotong.events.TheoryElement.EN_DRIVER_INTERDEPENDENCE;
import static id.gotong.events.TheoryElement.EN_DRIVER_LEADERSHIP;
import static id.gotong.events.TheoryElement.EN_DRIVER_UNCERTAINTY;
import static id.gotong.events.TheoryElement.EN_PRINCIPLED_ENGAGEMENT_DEFINITION;
import static id.gotong.events.TheoryElement.EN_PRINCIPLED_ENGAGEMENT_DELIBERATION;
import static id.gotong.events.TheoryElement.EN_PRINCIPLED_ENGAGEMENT_DETERMINATION;
import static id.gotong.events.TheoryElement.EN_PRINCIPLED_ENGAGEMENT_DISCOVERY;
import static id.gotong.events.TheoryElement.EN_SHARED_MOTIVATION_COMMITMENT;
import static id.gotong.events.TheoryElement.EN_SHARED_MOTIVATION_UNDERSTANDING;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default theory elements of each event type, written out once more so that changing a mapping is a deliberate
 * act: indicators name the elements they measure, and auditors compare acts recorded before and after a change.
 */
class DefaultTheoryMappingTest {

    private static final Set<TheoryElement> MEMBERSHIP = Set.of(AG_INSTITUTIONAL_DESIGN,
            EN_CAPACITY_PROCEDURAL_ARRANGEMENTS);

    @Test
    void everyEventTypeEvidencesItsAgreedElements() {
        Map<Class<? extends CollaborationAct>, Set<TheoryElement>> agreed = new LinkedHashMap<>();
        agreed.put(StakeholderEvent.StakeholderRegistered.class, Set.of(AG_STARTING_CONDITIONS));
        agreed.put(CollaborationEvent.CollaborationRegistered.class, MEMBERSHIP);
        agreed.put(CollaborationEvent.MemberAdmitted.class, MEMBERSHIP);
        agreed.put(CollaborationEvent.MemberRoleChanged.class, MEMBERSHIP);
        agreed.put(CollaborationEvent.MemberWithdrew.class, MEMBERSHIP);
        agreed.put(CollaborationEvent.LeadershipChanged.class, Set.of(AG_FACILITATIVE_LEADERSHIP,
                EN_DRIVER_LEADERSHIP));
        agreed.put(CollaborationEvent.DriverRecorded.class, Set.of(AG_STARTING_CONDITIONS));
        agreed.put(CollaborationEvent.EventCalendarPublished.class, Set.of(AG_COMMITMENT_TO_PROCESS,
                EN_SHARED_MOTIVATION_COMMITMENT));
        agreed.put(MeetingEvent.MeetingConvened.class, Set.of(AG_FACE_TO_FACE_DIALOGUE,
                EN_PRINCIPLED_ENGAGEMENT_DISCOVERY));
        agreed.put(MeetingEvent.MeetingCancelled.class, Set.of(AG_FACE_TO_FACE_DIALOGUE));
        agreed.put(MeetingEvent.AttendanceRecorded.class, Set.of(AG_FACE_TO_FACE_DIALOGUE,
                EN_PRINCIPLED_ENGAGEMENT_DISCOVERY));
        agreed.put(MeetingEvent.MinutesRecorded.class, Set.of(AG_FACE_TO_FACE_DIALOGUE,
                EN_PRINCIPLED_ENGAGEMENT_DELIBERATION, EN_PRINCIPLED_ENGAGEMENT_DETERMINATION));
        agreed.put(MeetingEvent.MeetingClosed.class, Set.of(AG_FACE_TO_FACE_DIALOGUE));
        agreed.put(SharedGoalEvent.SharedGoalProposed.class, Set.of(AG_SHARED_UNDERSTANDING,
                EN_PRINCIPLED_ENGAGEMENT_DEFINITION));
        agreed.put(SharedGoalEvent.SharedGoalEndorsed.class, Set.of(AG_SHARED_UNDERSTANDING,
                EN_SHARED_MOTIVATION_UNDERSTANDING));
        agreed.put(SharedGoalEvent.DissentRecorded.class, Set.of(AG_SHARED_UNDERSTANDING,
                EN_PRINCIPLED_ENGAGEMENT_DELIBERATION));
        agreed.put(SharedGoalEvent.SharedGoalRevised.class, Set.of(AG_SHARED_UNDERSTANDING,
                EN_PRINCIPLED_ENGAGEMENT_DEFINITION, EN_PRINCIPLED_ENGAGEMENT_DELIBERATION));

        agreed.forEach((type, elements) ->
                assertThat(Acts.evidencesOf(type)).as(type.getSimpleName()).isEqualTo(elements));
        assertThat(agreed.keySet()).as("every event of these four aggregates is listed")
                .containsExactlyInAnyOrderElementsOf(Stream.of(StakeholderEvent.class, CollaborationEvent.class,
                                MeetingEvent.class, SharedGoalEvent.class)
                        .flatMap(sealed -> Arrays.stream(sealed.getPermittedSubclasses()))
                        .map(type -> type.asSubclass(CollaborationAct.class))
                        .collect(Collectors.toSet()));
    }

    @Test
    void eachDriverKindAddsItsOwnElement() {
        assertThat(Arrays.stream(DriverKind.values()).collect(Collectors.toMap(kind -> kind, DriverKind::evidence)))
                .isEqualTo(Map.of(
                        DriverKind.CONSEQUENTIAL_INCENTIVE, EN_DRIVER_CONSEQUENTIAL_INCENTIVES,
                        DriverKind.INTERDEPENDENCE, EN_DRIVER_INTERDEPENDENCE,
                        DriverKind.UNCERTAINTY, EN_DRIVER_UNCERTAINTY,
                        DriverKind.RESOURCE_GAP, EN_CAPACITY_RESOURCES));
    }
}
