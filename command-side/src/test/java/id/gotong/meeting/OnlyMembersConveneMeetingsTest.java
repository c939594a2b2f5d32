package id.gotong.meeting;

import id.gotong.act.NotPermitted;
import id.gotong.act.RuleViolation;
import id.gotong.act.StateConflict;
import id.gotong.act.UnknownCollaboration;
import id.gotong.events.MeetingEvent.Channel;
import id.gotong.events.MeetingEvent.Formality;
import id.gotong.events.MeetingEvent.MeetingConvened;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static id.gotong.collaboration.CollaborationFixture.TOBA;
import static id.gotong.collaboration.CollaborationFixture.tobaMembership;
import static id.gotong.collaboration.Recording.CLOCK;
import static id.gotong.collaboration.Recording.NOW;
import static id.gotong.collaboration.Recording.provenance;
import static id.gotong.collaboration.Recording.refused;
import static id.gotong.collaboration.Recording.refusedOn;
import static id.gotong.meeting.MeetingFixture.AGENDA;
import static id.gotong.meeting.MeetingFixture.FORUM;
import static id.gotong.meeting.MeetingFixture.INVITEES;
import static id.gotong.meeting.MeetingFixture.SCHEDULED_AT;
import static id.gotong.meeting.MeetingFixture.TITLE;
import static id.gotong.meeting.MeetingFixture.conveneForum;
import static id.gotong.meeting.MeetingFixture.convenedMeeting;
import static id.gotong.stakeholder.StakeholderFixture.IT_DEL;
import static id.gotong.stakeholder.StakeholderFixture.RRI_SIBOLGA;

class OnlyMembersConveneMeetingsTest {

    private final FixtureConfiguration<Meeting> fixture = new AggregateTestFixture<>(Meeting.class)
            .registerInjectableResource(CLOCK)
            .registerInjectableResource(tobaMembership());

    @Test
    void givenNoPriorActivity_whenDiskominfoConvenesTheForum_thenMeetingConvened() {
        fixture.givenNoPriorActivity()
                .when(conveneForum())
                .expectEvents(convenedMeeting());
    }

    @Test
    void givenNoPriorActivity_whenItDelCallsAnInformalChat_thenMeetingConvenedByMessageWithoutAgenda() {
        fixture.givenNoPriorActivity()
                .when(new ConveneMeeting("wa-rumah-kreatif", IT_DEL, null, TOBA, "Koordinasi aplikasi Rumah Kreatif Toba",
                        null, NOW, Formality.INFORMAL, Channel.BY_MESSAGE, null))
                .expectEvents(new MeetingConvened("wa-rumah-kreatif", provenance(MeetingConvened.class, IT_DEL, TOBA),
                        "Koordinasi aplikasi Rumah Kreatif Toba", List.of(), NOW, Formality.INFORMAL,
                        Channel.BY_MESSAGE, Set.of()));
    }

    @Test
    void givenNoPriorActivity_whenRriSibolgaConvenes_thenNotPermittedAndNoEvents() {
        fixture.givenNoPriorActivity()
                .when(new ConveneMeeting(FORUM, RRI_SIBOLGA, null, TOBA, TITLE, AGENDA, SCHEDULED_AT,
                        Formality.FORMAL, Channel.IN_PERSON, INVITEES))
                .expectException(refused(NotPermitted.class, "members-only"))
                .expectNoEvents();
    }

    @Test
    void givenNoPriorActivity_whenConvenedInAnUnknownCollaboration_thenUnknownCollaborationAndNoEvents() {
        fixture.givenNoPriorActivity()
                .when(new ConveneMeeting(FORUM, IT_DEL, null, "bekasi-smart-city", TITLE, AGENDA, SCHEDULED_AT,
                        Formality.FORMAL, Channel.IN_PERSON, INVITEES))
                .expectException(refused(UnknownCollaboration.class, "collaboration-exists"))
                .expectNoEvents();
    }

    @Test
    void givenNoPriorActivity_whenAnInviteeIsNotRegistered_thenRuleViolationAndNoEvents() {
        fixture.givenNoPriorActivity()
                .when(new ConveneMeeting(FORUM, IT_DEL, null, TOBA, TITLE, AGENDA, SCHEDULED_AT, Formality.FORMAL,
                        Channel.ONLINE, Set.of(RRI_SIBOLGA, "bssn")))
                .expectException(refusedOn(RuleViolation.class, "stakeholder-registered", "invitees"))
                .expectExceptionMessage("No stakeholder bssn is registered")
                .expectNoEvents();
    }

    @Test
    void givenNoPriorActivity_whenConvenedWithoutTitle_thenRuleViolationAndNoEvents() {
        fixture.givenNoPriorActivity()
                .when(new ConveneMeeting(FORUM, IT_DEL, null, TOBA, null, AGENDA, SCHEDULED_AT, Formality.FORMAL,
                        Channel.ONLINE, INVITEES))
                .expectException(refusedOn(RuleViolation.class, "required", "title"))
                .expectNoEvents();
    }

    @Test
    void givenForumConvened_whenConvenedAgain_thenStateConflictAndNoEvents() {
        fixture.given(convenedMeeting())
                .when(conveneForum())
                .expectException(refused(StateConflict.class, "meeting-convened-once"))
                .expectNoEvents();
    }
}
