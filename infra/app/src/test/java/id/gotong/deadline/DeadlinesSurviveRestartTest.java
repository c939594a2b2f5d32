package id.gotong.deadline;

import id.gotong.GotongApplication;
import id.gotong.agreement.DraftAgreement;
import id.gotong.agreement.SignAgreement;
import id.gotong.collaboration.AdmitMember;
import id.gotong.collaboration.RegisterCollaboration;
import id.gotong.commitment.PledgeCommitment;
import id.gotong.events.AgreementEvent;
import id.gotong.events.AgreementKind;
import id.gotong.events.CommitmentEvent;
import id.gotong.events.InformationRequestEvent;
import id.gotong.events.MeetingCadence;
import id.gotong.events.Role;
import id.gotong.events.Sector;
import id.gotong.events.SmartCityDimension;
import id.gotong.eventstore.MongoLedgerStorageEngine;
import id.gotong.information.RequestInformation;
import id.gotong.stakeholder.RegisterStakeholder;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Due dates are kept in MongoDB, so a restart between recording an item and its due day loses nothing; the clock is
 * moved, never waited for.
 */
class DeadlinesSurviveRestartTest {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @TempDir
    Path dataDir;

    @Test
    void itemsRecordedBeforeARestartBecomeOverdueLapseAndExpireAfterIt() {
        MovableClock clock = new MovableClock(Instant.parse("2026-01-10T03:00:00Z"));
        try (ConfigurableApplicationContext first = start(clock)) {
            CommandGateway commands = first.getBean(CommandGateway.class);
            commands.sendAndWait(new RegisterStakeholder("disbudpar", "operator", null, "Disbudpar Surakarta",
                    Sector.GOVERNMENT, "Kota Surakarta", null));
            commands.sendAndWait(new RegisterStakeholder("shopee", "operator", null,
                    "PT Shopee International Indonesia", Sector.BUSINESS, "Jakarta", null));
            commands.sendAndWait(new RegisterCollaboration("branding", "disbudpar", null, "Solo smart branding",
                    "Kota Surakarta", Set.of(SmartCityDimension.BRANDING), List.of("Perwali 8.6/2022"), "disbudpar",
                    MeetingCadence.MONTHLY));
            commands.sendAndWait(new AdmitMember("branding", "disbudpar", null, "shopee", Role.MEMBER, null));
            commands.sendAndWait(new PledgeCommitment("training", "disbudpar", null, "branding",
                    "Train 50 UMKM owners in online selling", LocalDate.of(2026, 1, 15), null, null, null));
            commands.sendAndWait(new RequestInformation("sme-data", "disbudpar", null, "branding", "shopee",
                    "Data on Solo SMEs selling through Shopee", LocalDate.of(2026, 1, 12)));
            commands.sendAndWait(new DraftAgreement("pks", "disbudpar", null, "branding",
                    AgreementKind.COOPERATION_AGREEMENT, "515.13/1306/2021", "Digital SME promotion",
                    Set.of("disbudpar", "shopee"), "Joint campaigns for Solo SMEs", LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 1, 20)));
            commands.sendAndWait(new SignAgreement("pks", "disbudpar", null));
            commands.sendAndWait(new SignAgreement("pks", "shopee", null));

            DueDates dueDates = first.getBean(DueDates.class);
            await().until(() -> dueDates.pastDue(LocalDate.of(2026, 2, 1)).size() == 3);
            assertThat(first.getBean(DeadlineScheduler.class).runOnce()).as("nothing is due on 10 January").isZero();
        }

        clock.now = Instant.parse("2026-01-21T01:00:00Z"); // 08:00 WIB: every due day is over
        try (ConfigurableApplicationContext second = start(clock)) {
            DeadlineScheduler scheduler = second.getBean(DeadlineScheduler.class);
            DueDates dueDates = second.getBean(DueDates.class);
            assertThat(scheduler.runOnce()).isEqualTo(3);

            List<Object> payloads = second.getBean(MongoLedgerStorageEngine.class).readEvents(null, false)
                    .map(TrackedEventMessage::getPayload).map(Object.class::cast).toList();
            assertThat(payloads).hasAtLeastOneElementOfType(CommitmentEvent.CommitmentBecameOverdue.class)
                    .hasAtLeastOneElementOfType(InformationRequestEvent.InformationRequestLapsed.class)
                    .hasAtLeastOneElementOfType(AgreementEvent.AgreementExpired.class);
            await().until(() -> dueDates.count() == 0);
            assertThat(scheduler.runOnce()).isZero();
        }
    }

    private ConfigurableApplicationContext start(Clock clock) {
        GotongApplication.quietAxonDefaults();
        return new SpringApplicationBuilder(GotongApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("clock", clock))
                .run("--gotong.mongodb.data-dir=" + dataDir, "--server.port=0", "--gotong.deadlines.interval=1h",
                        "--gotong.demo.enabled=false");
    }

    static final class MovableClock extends Clock {
        volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return WIB;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
