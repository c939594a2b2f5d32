package id.gotong.collaboration;

import id.gotong.act.Membership;
import id.gotong.act.NotPermitted;
import id.gotong.events.CollaborationEvent.DriverKind;
import id.gotong.events.Role;
import id.gotong.events.Sector;
import id.gotong.goal.SharedGoal;
import id.gotong.meeting.CancelMeeting;
import id.gotong.meeting.Meeting;
import id.gotong.stakeholder.RegisterStakeholder;
import id.gotong.stakeholder.Stakeholder;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.Repository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;

import static id.gotong.collaboration.CollaborationFixture.TOBA;
import static id.gotong.collaboration.CollaborationFixture.registerTobaSmartGovernance;
import static id.gotong.collaboration.Recording.CLOCK;
import static id.gotong.meeting.MeetingFixture.FORUM;
import static id.gotong.meeting.MeetingFixture.conveneForum;
import static id.gotong.stakeholder.StakeholderFixture.BAPPEDA_TOBA;
import static id.gotong.stakeholder.StakeholderFixture.DISKOMINFO_TOBA;
import static id.gotong.stakeholder.StakeholderFixture.IT_DEL;
import static id.gotong.stakeholder.StakeholderFixture.OPERATOR;
import static id.gotong.stakeholder.StakeholderFixture.RRI_SIBOLGA;
import static id.gotong.stakeholder.StakeholderFixture.registerDiskominfoToba;
import static id.gotong.stakeholder.StakeholderFixture.registerRriSibolga;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The production membership port against real event-sourced aggregates, wired as in the application but without
 * Spring: answers outside any unit of work, and inside another aggregate's command.
 */
class CollaborationMembershipTest {

    private Configuration axon;
    private CommandGateway commands;
    private Membership membership;

    @BeforeEach
    void start() {
        axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureSerializer(c -> RecordedEventsRoundTripTest.EVENTS)
                .configureAggregate(Stakeholder.class)
                .configureAggregate(Collaboration.class)
                .configureAggregate(Meeting.class)
                .configureAggregate(SharedGoal.class)
                .registerComponent(Clock.class, c -> CLOCK)
                .registerComponent(Membership.class, c -> new CollaborationMembership(
                        lazy(c, Collaboration.class), lazy(c, Stakeholder.class)))
                .buildConfiguration();
        axon.start();
        commands = axon.commandGateway();
        membership = axon.getComponent(Membership.class);
    }

    @AfterEach
    void stop() {
        axon.shutdown();
    }

    @Test
    void stakeholderExistsOnlyOnceRegistered() {
        assertThat(membership.stakeholderExists(DISKOMINFO_TOBA)).isFalse();

        commands.sendAndWait(registerDiskominfoToba());

        assertThat(membership.stakeholderExists(DISKOMINFO_TOBA)).isTrue();
        assertThat(membership.stakeholderExists(null)).isFalse();
    }

    @Test
    void rolesFollowAdmissionsAndWithdrawals() {
        registerTobaWithBappedaAsSecretary();
        commands.sendAndWait(new AdmitMember(TOBA, BAPPEDA_TOBA, null, IT_DEL, Role.MEMBER, null));
        commands.sendAndWait(new WithdrawMember(TOBA, IT_DEL, null, IT_DEL, "Semester break"));

        assertThat(membership.collaborationExists(TOBA)).isTrue();
        assertThat(membership.collaborationExists("bekasi-smart-city")).isFalse();
        assertThat(membership.rolesOf(TOBA, DISKOMINFO_TOBA)).containsExactly(Role.PERSON_IN_CHARGE);
        assertThat(membership.rolesOf(TOBA, BAPPEDA_TOBA)).containsExactly(Role.SECRETARY);
        assertThat(membership.rolesOf(TOBA, IT_DEL)).isEmpty();
        assertThat(membership.rolesOf("bekasi-smart-city", BAPPEDA_TOBA)).isEmpty();
    }

    @Test
    void meetingRulesAskTheCollaborationInsideTheMeetingsCommand() {
        registerTobaWithBappedaAsSecretary();

        commands.sendAndWait(conveneForum());

        assertThatThrownBy(() -> commands.sendAndWait(
                new CancelMeeting(FORUM, RRI_SIBOLGA, null, "Studio busy")))
                .isInstanceOf(NotPermitted.class);
        // The collaboration was loaded inside both meeting commands; its lock is released, so it still takes commands.
        commands.sendAndWait(new RecordDriver(TOBA, BAPPEDA_TOBA, null, DriverKind.UNCERTAINTY,
                "28 areas have no signal"));
    }

    /** What Spring's {@code @Lazy} does: the repository is looked up on first use, after the handlers are built. */
    @SuppressWarnings("unchecked")
    private static <A> Repository<A> lazy(Configuration configuration, Class<A> aggregateType) {
        return (Repository<A>) Proxy.newProxyInstance(Repository.class.getClassLoader(),
                new Class<?>[]{Repository.class}, (proxy, method, args) -> {
                    try {
                        return method.invoke(configuration.repository(aggregateType), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void registerTobaWithBappedaAsSecretary() {
        commands.sendAndWait(registerDiskominfoToba());
        commands.sendAndWait(registerRriSibolga());
        commands.sendAndWait(new RegisterStakeholder(BAPPEDA_TOBA, OPERATOR, null, "Bappeda Kabupaten Toba",
                Sector.GOVERNMENT, "Kabupaten Toba", "Pemerintah Kabupaten Toba"));
        commands.sendAndWait(new RegisterStakeholder(IT_DEL, OPERATOR, null, "Institut Teknologi Del",
                Sector.ACADEMIA, "Kabupaten Toba", null));
        commands.sendAndWait(registerTobaSmartGovernance());
        commands.sendAndWait(new AdmitMember(TOBA, DISKOMINFO_TOBA, null, BAPPEDA_TOBA, Role.SECRETARY, null));
    }
}
