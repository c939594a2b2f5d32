package id.gotong.collaboration;

import id.gotong.act.Membership;
import id.gotong.act.NotPermitted;
import id.gotong.events.Role;
import id.gotong.events.Sector;
import id.gotong.goal.SharedGoal;
import id.gotong.meeting.CancelMeeting;
import id.gotong.meeting.Meeting;
import id.gotong.stakeholder.RegisterStakeholder;
import id.gotong.stakeholder.Stakeholder;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Primary;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

import static id.gotong.collaboration.CollaborationFixture.TOBA;
import static id.gotong.collaboration.CollaborationFixture.registerTobaSmartGovernance;
import static id.gotong.collaboration.Recording.CLOCK;
import static id.gotong.meeting.MeetingFixture.FORUM;
import static id.gotong.meeting.MeetingFixture.conveneForum;
import static id.gotong.stakeholder.StakeholderFixture.BAPPEDA_TOBA;
import static id.gotong.stakeholder.StakeholderFixture.DISKOMINFO_TOBA;
import static id.gotong.stakeholder.StakeholderFixture.OPERATOR;
import static id.gotong.stakeholder.StakeholderFixture.RRI_SIBOLGA;
import static id.gotong.stakeholder.StakeholderFixture.registerDiskominfoToba;
import static id.gotong.stakeholder.StakeholderFixture.registerRriSibolga;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Spring Boot finds the four aggregates, injects the repositories into {@link CollaborationMembership} without a
 * cycle, and hands the port and the {@link Clock} bean to command handlers. Storage is in memory here; infra supplies
 * the MongoDB ledger and the serializers in the application.
 */
@SpringBootTest(classes = CollaborationMembershipWiringTest.Application.class,
        properties = {"spring.main.web-application-type=none", "axon.axonserver.enabled=false"})
class CollaborationMembershipWiringTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @ComponentScan(basePackageClasses = {Stakeholder.class, Collaboration.class, Meeting.class, SharedGoal.class},
            excludeFilters = {
                    @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = Application.class),
                    // the HTTP endpoints need the web plumbing, which infra's application tests cover
                    @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = RestController.class)})
    static class Application {

        @Bean
        Clock clock() {
            return CLOCK;
        }

        @Bean
        EventStorageEngine storageEngine() {
            return new InMemoryEventStorageEngine();
        }

        @Bean
        @Primary
        Serializer serializer() {
            return RecordedEventsRoundTripTest.EVENTS;
        }

        @Bean
        @Qualifier("eventSerializer")
        Serializer eventSerializer() {
            return RecordedEventsRoundTripTest.EVENTS;
        }

        @Bean
        @Qualifier("messageSerializer")
        Serializer messageSerializer() {
            return RecordedEventsRoundTripTest.EVENTS;
        }
    }

    @Autowired
    CommandGateway commands;

    @Autowired
    Membership membership;

    @Test
    void membershipAnswersFromTheAggregatesInsideAndOutsideCommands() {
        commands.sendAndWait(registerDiskominfoToba());
        commands.sendAndWait(registerRriSibolga());
        commands.sendAndWait(new RegisterStakeholder(BAPPEDA_TOBA, OPERATOR, null, "Bappeda Kabupaten Toba",
                Sector.GOVERNMENT, "Kabupaten Toba", "Pemerintah Kabupaten Toba"));
        commands.sendAndWait(registerTobaSmartGovernance());
        commands.sendAndWait(new AdmitMember(TOBA, DISKOMINFO_TOBA, null, BAPPEDA_TOBA, Role.SECRETARY, null));
        commands.sendAndWait(conveneForum());

        assertThatThrownBy(() -> commands.sendAndWait(new CancelMeeting(FORUM, RRI_SIBOLGA, null, "Studio busy")))
                .isInstanceOf(NotPermitted.class);
        assertThat(membership).isInstanceOf(CollaborationMembership.class);
        assertThat(membership.rolesOf(TOBA, BAPPEDA_TOBA)).containsExactly(Role.SECRETARY);
        assertThat(membership.stakeholderExists(RRI_SIBOLGA)).isTrue();
    }
}
