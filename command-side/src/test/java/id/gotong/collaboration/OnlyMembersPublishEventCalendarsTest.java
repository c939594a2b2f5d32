package id.gotong.collaboration;

import id.gotong.act.NotPermitted;
import id.gotong.act.RuleViolation;
import id.gotong.events.CollaborationEvent.EventCalendarPublished;
import id.gotong.events.CollaborationEvent.PlannedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static id.gotong.collaboration.CollaborationFixture.TOBA;
import static id.gotong.collaboration.CollaborationFixture.registeredStakeholders;
import static id.gotong.collaboration.CollaborationFixture.tobaWithTeam;
import static id.gotong.collaboration.Recording.CLOCK;
import static id.gotong.collaboration.Recording.provenance;
import static id.gotong.collaboration.Recording.refused;
import static id.gotong.collaboration.Recording.refusedOn;
import static id.gotong.stakeholder.StakeholderFixture.BAPPEDA_TOBA;
import static id.gotong.stakeholder.StakeholderFixture.SOLUSI_RAHAYU;

class OnlyMembersPublishEventCalendarsTest {

    private static final List<PlannedEvent> CALENDAR_2024 = List.of(
            new PlannedEvent("Forum SPBE Kabupaten Toba", LocalDate.of(2024, 8, 15), "Yearly smart-city forum"),
            new PlannedEvent("Pelatihan Rumah Kreatif Toba", LocalDate.of(2024, 9, 10), "UMKM training with IT Del"));

    private final FixtureConfiguration<Collaboration> fixture = new AggregateTestFixture<>(Collaboration.class)
            .registerInjectableResource(CLOCK)
            .registerInjectableResource(registeredStakeholders());

    @Test
    void givenBappedaIsMember_whenItPublishesTheCalendar_thenEventCalendarPublished() {
        fixture.given(tobaWithTeam())
                .when(new PublishEventCalendar(TOBA, BAPPEDA_TOBA, null, CALENDAR_2024))
                .expectEvents(new EventCalendarPublished(TOBA,
                        provenance(EventCalendarPublished.class, BAPPEDA_TOBA, TOBA), CALENDAR_2024));
    }

    @Test
    void givenSolusiRahayuNotMember_whenItPublishesACalendar_thenNotPermittedAndNoEvents() {
        fixture.given(tobaWithTeam())
                .when(new PublishEventCalendar(TOBA, SOLUSI_RAHAYU, null, CALENDAR_2024))
                .expectException(refused(NotPermitted.class, "members-only"))
                .expectNoEvents();
    }

    @Test
    void givenBappedaIsMember_whenItPublishesAnEmptyCalendar_thenRuleViolationAndNoEvents() {
        fixture.given(tobaWithTeam())
                .when(new PublishEventCalendar(TOBA, BAPPEDA_TOBA, null, List.of()))
                .expectException(refusedOn(RuleViolation.class, "required", "entries"))
                .expectNoEvents();
    }

    @Test
    void givenBappedaIsMember_whenAnEntryHasNoDate_thenRuleViolationNamingTheEntryAndNoEvents() {
        fixture.given(tobaWithTeam())
                .when(new PublishEventCalendar(TOBA, BAPPEDA_TOBA, null,
                        List.of(CALENDAR_2024.get(0), new PlannedEvent("Festival Danau Toba", null, null))))
                .expectException(refusedOn(RuleViolation.class, "required", "entries[1].date"))
                .expectNoEvents();
    }
}
