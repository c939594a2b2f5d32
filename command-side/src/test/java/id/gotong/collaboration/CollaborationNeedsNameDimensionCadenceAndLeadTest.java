package id.gotong.collaboration;

import id.gotong.act.RuleViolation;
import id.gotong.events.MeetingCadence;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static id.gotong.collaboration.CollaborationFixture.registerTobaSmartGovernance;
import static id.gotong.collaboration.CollaborationFixture.registeredStakeholders;
import static id.gotong.collaboration.Recording.CLOCK;
import static id.gotong.collaboration.Recording.refusedOn;

class CollaborationNeedsNameDimensionCadenceAndLeadTest {

    private final FixtureConfiguration<Collaboration> fixture = new AggregateTestFixture<>(Collaboration.class)
            .registerInjectableResource(CLOCK)
            .registerInjectableResource(registeredStakeholders());

    private final RegisterCollaboration toba = registerTobaSmartGovernance();

    @Test
    void givenNoPriorActivity_whenRegisterWithBlankName_thenRuleViolationOnName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCollaboration(toba.collaborationId(), toba.actor(), null, " ", toba.region(),
                        toba.dimensions(), toba.legalBasis(), toba.leadStakeholderId(), toba.meetingCadence()))
                .expectException(refusedOn(RuleViolation.class, "required", "name"))
                .expectExceptionMessage("A collaboration needs a name")
                .expectNoEvents();
    }

    @Test
    void givenNoPriorActivity_whenRegisterWithoutDimension_thenRuleViolationOnDimensions() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCollaboration(toba.collaborationId(), toba.actor(), null, toba.name(), toba.region(),
                        Set.of(), toba.legalBasis(), toba.leadStakeholderId(), toba.meetingCadence()))
                .expectException(refusedOn(RuleViolation.class, "required", "dimensions"))
                .expectNoEvents();
    }

    @Test
    void givenNoPriorActivity_whenRegisterWithoutMeetingCadence_thenRuleViolationOnMeetingCadence() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCollaboration(toba.collaborationId(), toba.actor(), null, toba.name(), toba.region(),
                        toba.dimensions(), toba.legalBasis(), toba.leadStakeholderId(), null))
                .expectException(refusedOn(RuleViolation.class, "required", "meetingCadence"))
                .expectNoEvents();
    }

    @Test
    void givenNoPriorActivity_whenRegisterWithoutLead_thenRuleViolationOnLead() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCollaboration(toba.collaborationId(), toba.actor(), null, toba.name(), toba.region(),
                        toba.dimensions(), toba.legalBasis(), null, MeetingCadence.YEARLY))
                .expectException(refusedOn(RuleViolation.class, "required", "leadStakeholderId"))
                .expectNoEvents();
    }
}
