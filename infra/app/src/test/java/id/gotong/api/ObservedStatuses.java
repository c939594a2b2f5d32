package id.gotong.api;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every request the API tests send through {@link ApiTestSupport#web} and the status it was answered with, per test
 * class, kept for the life of the test JVM. {@link DocumentedStatusesApiTest} compares them with the statuses the
 * OpenAPI description documents.
 */
final class ObservedStatuses {

    /** One answer: the method, the raw path as sent (ids in it, no query) and the status. */
    record Observation(String method, String path, int status) {
    }

    private static final Map<Class<?>, Set<Observation>> SEEN = new ConcurrentHashMap<>();
    private static final Set<Class<?>> FINISHED = ConcurrentHashMap.newKeySet();

    private ObservedStatuses() {
    }

    /** A filter for the test client of {@code testClass} that records every answer it receives. */
    static ExchangeFilterFunction recordedFor(Class<?> testClass) {
        Set<Observation> seen = SEEN.computeIfAbsent(testClass, c -> ConcurrentHashMap.newKeySet());
        return (request, next) -> next.exchange(request).doOnNext(response -> seen.add(new Observation(
                request.method().name(), request.url().getRawPath(), response.statusCode().value())));
    }

    /** Whether every test of the class has run in this JVM (it may have been filtered to fewer). */
    static boolean finished(Class<?> testClass) {
        return FINISHED.contains(testClass);
    }

    /** What the given test classes observed. */
    static Set<Observation> observedBy(List<Class<?>> testClasses) {
        Set<Observation> all = new HashSet<>();
        testClasses.forEach(c -> all.addAll(SEEN.getOrDefault(c, Set.of())));
        return all;
    }

    /** Marks a test class finished once all its tests ran; registered on {@link ApiTestSupport}. */
    static final class Finished implements AfterAllCallback {
        @Override
        public void afterAll(ExtensionContext context) {
            FINISHED.add(context.getRequiredTestClass());
        }
    }
}
