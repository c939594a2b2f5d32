package id.gotong.demo;

import id.gotong.GotongApplication;
import id.gotong.events.CollaborationAct;
import id.gotong.events.CollaborationEvent;
import id.gotong.events.OutcomeEvent;
import id.gotong.events.StakeholderEvent;
import id.gotong.eventstore.MongoLedgerStorageEngine;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A fresh start records the four case studies once, through the command path, with the figures the seeds report. */
class DemoDataTest {

    @TempDir
    Path dataDir;

    @Test
    void aFreshStartRecordsTheFourCaseStudiesOnce() {
        long afterFirstStart;
        try (ConfigurableApplicationContext app = start()) {
            List<Object> payloads = payloads(app);
            afterFirstStart = payloads.size();

            assertThat(payloads).filteredOn(CollaborationEvent.CollaborationRegistered.class::isInstance)
                    .extracting(p -> ((CollaborationEvent.CollaborationRegistered) p).collaborationId())
                    .containsExactlyInAnyOrder("surakarta-smart-branding", "toba-smart-governance",
                            "tangerang-gemilang", "bekasi-smart-city");
            assertThat(series(payloads, "toba-smart-governance", "SPBE index"))
                    .containsExactly(Map.entry("2021", "1.69"), Map.entry("2022", "1.89"), Map.entry("2023", "2.16"),
                            Map.entry("2024", "2.98"));
            assertThat(series(payloads, "surakarta-smart-branding", "Tourist visits"))
                    .containsExactly(Map.entry("2021", "379097"), Map.entry("2022", "1017403"),
                            Map.entry("2023", "4029686"), Map.entry("2024", "4401980"));
            assertThat(payloads).filteredOn(OutcomeEvent.OutcomeReported.class::isInstance)
                    .map(OutcomeEvent.OutcomeReported.class::cast)
                    .filteredOn(o -> o.indicator().equals("SPBE index"))
                    .hasSize(4)
                    .allSatisfy(o -> assertThat(o.target()).isEqualTo("3.39"))
                    .allSatisfy(o -> assertThat(o.minimum()).isEqualTo("2.6"));
            assertThat(payloads).filteredOn(StakeholderEvent.StakeholderRegistered.class::isInstance)
                    .extracting(p -> ((StakeholderEvent.StakeholderRegistered) p).name())
                    .contains("PT Shopee International Indonesia", "RRI Sibolga", "Institut Teknologi Del",
                            "PT Telkom Indonesia", "Universitas Multimedia Nusantara");
            assertThat(payloads).filteredOn(CollaborationEvent.CollaborationRegistered.class::isInstance)
                    .map(p -> ((CollaborationAct) p).provenance().authority())
                    .anySatisfy(a -> assertThat(a).contains("Keputusan Bupati Toba 724/2022"));
        }
        try (ConfigurableApplicationContext again = start()) {
            assertThat(payloads(again)).as("a restart records nothing twice").hasSize((int) afterFirstStart);
        }
    }

    private static Map<String, String> series(List<Object> payloads, String collaborationId, String indicator) {
        return payloads.stream().filter(OutcomeEvent.OutcomeReported.class::isInstance)
                .map(OutcomeEvent.OutcomeReported.class::cast)
                .filter(o -> collaborationId.equals(o.provenance().collaborationId()) && indicator.equals(o.indicator()))
                .collect(Collectors.toMap(OutcomeEvent.OutcomeReported::period, OutcomeEvent.OutcomeReported::value,
                        (a, b) -> a, java.util.TreeMap::new));
    }

    private static List<Object> payloads(ConfigurableApplicationContext app) {
        return app.getBean(MongoLedgerStorageEngine.class).readEvents(null, false)
                  .map(TrackedEventMessage::getPayload).map(Object.class::cast).toList();
    }

    private ConfigurableApplicationContext start() {
        GotongApplication.quietAxonDefaults();
        return new SpringApplicationBuilder(GotongApplication.class)
                .run("--gotong.mongodb.data-dir=" + dataDir, "--server.port=0", "--gotong.deadlines.interval=1h",
                        "--gotong.demo.enabled=true");
    }
}
