package id.gotong.api;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.http.server.PathContainer;
import org.springframework.util.ClassUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The statuses the API tests see are the statuses the OpenAPI description documents, operation by operation: an
 * answer the description does not list would be mishandled by a client generated from it. Every {@code *ApiTest}
 * records the answers its test client receives ({@link ObservedStatuses}); this test compares them with
 * {@code /v3/api-docs}. It does not depend on the order tests run in: an API test class that has not run in this JVM
 * yet is run here first (so {@code -Dtest=DocumentedStatusesApiTest} alone runs them all). In a whole run it comes
 * last ({@code @Order}, with {@code ClassOrderer$OrderAnnotation} in {@code junit-platform.properties}), so nothing
 * runs twice. Statuses documented but never observed are reported in {@code target/documented-statuses.txt}.
 */
@Order(Integer.MAX_VALUE)
class DocumentedStatusesApiTest extends ApiTestSupport {

    /** An operation of the description: method and path template. */
    record Operation(String method, String path) implements Comparable<Operation> {
        @Override
        public int compareTo(Operation other) {
            return Comparator.comparing(Operation::path).thenComparing(Operation::method).compare(this, other);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @Test
    void everyStatusTheApiTestsSeeIsDocumentedForItsOperation() throws IOException {
        List<Class<?>> apiTests = apiTestClasses();
        TestExecutionSummary run = runThoseNotRunYet(apiTests);
        Map<Operation, Set<String>> documented = documented();
        Map<Operation, Set<Integer>> observed = observed(apiTests, documented.keySet());

        Map<Operation, Set<Integer>> undocumented = new TreeMap<>();
        Map<Operation, Set<String>> neverSeen = new TreeMap<>();
        documented.forEach((operation, statuses) -> {
            Set<Integer> seen = observed.getOrDefault(operation, Set.of());
            seen.stream().filter(status -> !statuses.contains(Integer.toString(status)))
                    .forEach(status -> undocumented.computeIfAbsent(operation, o -> new TreeSet<>()).add(status));
            statuses.stream().filter(status -> !seen.contains(Integer.parseInt(status)))
                    .forEach(status -> neverSeen.computeIfAbsent(operation, o -> new TreeSet<>()).add(status));
        });
        report(apiTests, documented, observed, neverSeen);

        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(undocumented).as("statuses observed but not documented, by operation").isEmpty();
            softly.assertThat(observed.keySet()).as("operations the API tests reach").hasSizeGreaterThan(50);
            if (run != null) {
                StringWriter failures = new StringWriter();
                run.printFailuresTo(new PrintWriter(failures), 20);
                softly.assertThat(run.getTotalFailureCount()).as("API tests run here to observe their statuses:\n"
                        + failures).isZero();
            }
        });
    }

    /** The concrete {@code *ApiTest} classes that share this support, this one left out. */
    static List<Class<?>> apiTestClasses() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(ApiTestSupport.class));
        List<Class<?>> classes = new ArrayList<>();
        scanner.findCandidateComponents("id.gotong").forEach(candidate -> {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
            if (type.getSimpleName().endsWith("ApiTest") && type != DocumentedStatusesApiTest.class) {
                classes.add(type);
            }
        });
        classes.sort(Comparator.comparing(Class::getName));
        return classes;
    }

    /**
     * Runs, in this JVM and application context, the API test classes that have not run yet; answers how that went,
     * {@code null} when all had run.
     */
    static TestExecutionSummary runThoseNotRunYet(List<Class<?>> apiTests) {
        List<Class<?>> missing = apiTests.stream().filter(c -> !ObservedStatuses.finished(c)).toList();
        if (missing.isEmpty()) {
            return null;
        }
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(missing.stream().map(DiscoverySelectors::selectClass).toList())
                .build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        launcher.execute(request, summary);
        return summary.getSummary();
    }

    Map<Operation, Set<String>> documented() {
        String json = web.mutate().responseTimeout(Duration.ofSeconds(60)).build().get().uri("/v3/api-docs")
                .exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        JsonNode paths = JsonMapper.builder().build().readTree(json).path("paths");
        Map<Operation, Set<String>> documented = new TreeMap<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                documented.put(new Operation(operation.getKey().toUpperCase(), path.getKey()),
                        new TreeSet<>(operation.getValue().path("responses").propertyNames()));
            }
        }
        return documented;
    }

    /**
     * The observed statuses by the operation that answered them: the most specific documented path template that
     * matches the path as sent, with the same method. Requests no operation matches (pages, Swagger UI, an unmapped
     * path or method) are left out.
     */
    static Map<Operation, Set<Integer>> observed(List<Class<?>> apiTests, Set<Operation> operations) {
        PathPatternParser parser = new PathPatternParser();
        Map<Operation, PathPattern> patterns = new TreeMap<>();
        // OpenAPI writes a catch-all variable as {path}; Spring's pattern for it is {*path}.
        operations.forEach(o -> patterns.put(o, parser.parse(o.path().replace("/tile/{path}", "/tile/{*path}"))));
        Map<Operation, Set<Integer>> observed = new TreeMap<>();
        for (ObservedStatuses.Observation seen : ObservedStatuses.observedBy(apiTests)) {
            PathContainer path = PathContainer.parsePath(seen.path());
            patterns.entrySet().stream()
                    .filter(e -> e.getKey().method().equals(seen.method()) && e.getValue().matches(path))
                    .min((a, b) -> PathPattern.SPECIFICITY_COMPARATOR.compare(a.getValue(), b.getValue()))
                    .ifPresent(e -> observed.computeIfAbsent(e.getKey(), o -> new TreeSet<>()).add(seen.status()));
        }
        return observed;
    }

    private static void report(List<Class<?>> apiTests, Map<Operation, Set<String>> documented,
                               Map<Operation, Set<Integer>> observed, Map<Operation, Set<String>> neverSeen)
            throws IOException {
        StringBuilder out = new StringBuilder("Statuses by operation: documented in /v3/api-docs, observed by "
                + apiTests.size() + " API test classes, and documented but never observed.\n\n");
        documented.forEach((operation, statuses) -> out.append(operation).append("\n  documented ")
                .append(statuses).append("\n  observed   ").append(observed.getOrDefault(operation, Set.of()))
                .append("\n  not seen   ").append(neverSeen.getOrDefault(operation, Set.of())).append('\n'));
        Files.writeString(Files.createDirectories(Path.of("target")).resolve("documented-statuses.txt"), out);
        System.out.println("Documented but never observed: " + neverSeen.values().stream().mapToInt(Set::size).sum()
                + " statuses of " + neverSeen.size() + " operations (target/documented-statuses.txt)");
    }
}
