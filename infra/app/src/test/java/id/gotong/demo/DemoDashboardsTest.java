package id.gotong.demo;

import id.gotong.GotongApplication;
import id.gotong.eventstore.MongoLedgerStorageEngine;
import id.gotong.projection.Changes;
import id.gotong.projection.Projected;
import id.gotong.projection.ReadModels;
import id.gotong.projection.Rebuilds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the demo data loaded, the dashboards show what the seed studies report, and a rebuild from the event store
 * gives exactly the read models the live projection built.
 */
class DemoDashboardsTest {

    @TempDir
    Path dataDir;

    @Test
    @SuppressWarnings("unchecked")
    void theDashboardsShowTheSeedFiguresAndARebuildEqualsTheLiveProjection() throws Exception {
        long stored;
        GotongApplication.quietAxonDefaults();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GotongApplication.class)
                .run("--gotong.mongodb.data-dir=" + dataDir, "--server.port=0", "--gotong.deadlines.interval=1h",
                        "--gotong.demo.enabled=true")) {
            MongoLedgerStorageEngine engine = app.getBean(MongoLedgerStorageEngine.class);
            Projected projected = new Projected(app.getBean(ReadModels.class), app.getBean(Changes.class), engine);
            projected.await(engine.nextPosition() - 1);
            WebTestClient web = WebTestClient.bindToServer()
                    .baseUrl("http://localhost:" + app.getEnvironment().getProperty("local.server.port")).build();

            Map<String, Object> toba = dashboard(web, "toba-smart-governance");
            Map<String, Object> spbe = series(toba, "SPBE index");
            assertThat(values(spbe)).containsExactly("1.69", "1.89", "2.16", "2.98");
            assertThat(spbe.get("target")).isEqualTo("3.39");
            assertThat(spbe.get("baseline")).isEqualTo("1.69");
            assertThat(spbe.get("minimum")).isEqualTo("2.6");
            assertThat(((List<Map<String, Object>>) spbe.get("points")).stream().map(p -> p.get("meetsMinimum")))
                    .containsExactly(false, false, false, true);
            assertThat(memberNames(toba)).contains("Diskominfo Kabupaten Toba", "Bappeda Kabupaten Toba",
                    "RRI Sibolga", "Institut Teknologi Del", "PT Solusi Rahayu Indonesia");
            assertThat(summary(toba).get("legalBasis")).asList().contains("Keputusan Bupati Toba 724/2022");
            assertThat(agreements(toba)).anySatisfy(a -> {
                assertThat(a.get("kind")).isEqualTo("MOU");
                assertThat(a.get("parties")).asList().contains("rri-sibolga");
                assertThat(a.get("state")).isEqualTo("IN_FORCE");
            });
            // The study: "51–75 % of agencies, under 50 % of private partners" took part.
            Map<String, Double> participation = participation(toba);
            assertThat(participation.get("BUSINESS")).isLessThan(0.5);
            assertThat(participation.get("GOVERNMENT")).isGreaterThanOrEqualTo(0.51);

            Map<String, Object> surakarta = dashboard(web, "surakarta-smart-branding");
            assertThat(values(series(surakarta, "Tourist visits")))
                    .containsExactly("379097", "1017403", "4029686", "4401980");
            assertThat(agreements(surakarta)).anySatisfy(a -> {
                assertThat((String) a.get("number")).contains("515.13/1306/2021");
                assertThat(a.get("parties")).asList().contains("shopee");
            });
            assertThat(memberNames(surakarta)).contains("PT Shopee International Indonesia");
            List<Map<String, Object>> requests = at(surakarta, "informationRequests", "list");
            assertThat(requests).anySatisfy(r -> {
                assertThat(r.get("requestedFrom")).isEqualTo("shopee");
                assertThat(r.get("state")).isNotEqualTo("ANSWERED");
            });

            Map<String, List<String>> live = projected.dump();
            Rebuilds.Status rebuilt = app.getBean(Rebuilds.class).runNow();
            assertThat(rebuilt.progress().processed()).isEqualTo(engine.nextPosition());
            assertThat(projected.dump()).isEqualTo(live);
            stored = engine.nextPosition();
        }

        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int exit = id.gotong.rebuild.RebuildCommand.run(new String[]{"--gotong.mongodb.data-dir=" + dataDir,
                "--gotong.deadlines.interval=1h"}, new java.io.PrintStream(out, true), new java.io.PrintStream(err, true));
        assertThat(exit).as("%s%n%s", out, err).isZero();
        assertThat(out.toString()).startsWith("REBUILT: " + stored + " events to position " + (stored - 1));
        assertThat(err.toString()).contains("rebuild: 0 / " + String.format("%,d", stored) + " events (0 %)")
                .contains("(100 %)");
    }

    private static Map<String, Object> dashboard(WebTestClient web, String collaborationId) {
        Map<String, Object> read = web.get().uri("/api/collaborations/{id}/dashboard", collaborationId)
                .exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult().getResponseBody();
        return at(read, "dashboard");
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(Map<String, Object> root, String... path) {
        Object current = root;
        for (String key : path) {
            current = ((Map<String, Object>) current).get(key);
        }
        return (T) current;
    }

    private static Map<String, Object> summary(Map<String, Object> dashboard) {
        return at(dashboard, "collaboration");
    }

    private static Map<String, Object> series(Map<String, Object> dashboard, String indicator) {
        List<Map<String, Object>> outcomes = at(dashboard, "outcomes");
        return outcomes.stream().filter(o -> indicator.equals(o.get("indicator"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<String> values(Map<String, Object> series) {
        return ((List<Map<String, Object>>) series.get("points")).stream().map(p -> (String) p.get("value")).toList();
    }

    private static List<Map<String, Object>> agreements(Map<String, Object> dashboard) {
        return at(dashboard, "agreements");
    }

    @SuppressWarnings("unchecked")
    private static List<String> memberNames(Map<String, Object> dashboard) {
        Map<String, List<Map<String, Object>>> bySector = at(dashboard, "members", "bySector");
        return bySector.values().stream().flatMap(List::stream).map(m -> (String) m.get("name")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Double> participation(Map<String, Object> dashboard) {
        List<Map<String, Object>> rows = at(dashboard, "health", "participation");
        Map<String, Double> shares = new java.util.TreeMap<>();
        rows.forEach(r -> shares.put((String) r.get("sector"), ((Number) r.get("share")).doubleValue()));
        return shares;
    }
}
