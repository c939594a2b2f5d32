package id.gotong;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * gotong.jar is the product alone: the benchmarks, the load run and the test-data generators live in infra/perf and
 * in test-jars, and none of their classes may end up in it, neither as the application's own classes nor inside a
 * nested library jar.
 */
class ProductJarIT {

    static final List<String> NOT_IN_THE_PRODUCT = List.of("id/gotong/bench/", "id/gotong/reliability/",
            "id/gotong/perf/", "/RandomLedger.class");

    @Test
    void theProductJarHoldsNoBenchmarkLoadOrTestDataCode() throws IOException {
        Path jar = Path.of(System.getProperty("gotong.jar", "target/gotong.jar"));
        assertThat(jar).as("built by the package phase").isRegularFile();

        List<String> entries = classesIn(jar);

        assertThat(entries).as("the application's own classes are read")
                .contains("BOOT-INF/classes/id/gotong/GotongApplication.class");
        assertThat(entries).as("the nested jars are read")
                .anyMatch(e -> e.matches("BOOT-INF/lib/query-side-[^/]*\\.jar!/id/gotong/projection/Projector\\.class"));
        assertThat(entries).as("classes of the benchmarks, the load run or the test data")
                .filteredOn(e -> NOT_IN_THE_PRODUCT.stream().anyMatch(e::contains)).isEmpty();
        assertThat(entries).as("no test-jar is packaged").noneMatch(e -> e.contains("-tests.jar!"));
    }

    /** Every class file in the jar, those of nested jars as {@code BOOT-INF/lib/x.jar!/path}. */
    static List<String> classesIn(Path jar) throws IOException {
        List<String> classes = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().endsWith(".class")) {
                    classes.add(entry.getName());
                } else if (entry.getName().startsWith("BOOT-INF/lib/") && entry.getName().endsWith(".jar")) {
                    try (InputStream in = zip.getInputStream(entry); ZipInputStream nested = new ZipInputStream(in)) {
                        for (ZipEntry inner = nested.getNextEntry(); inner != null; inner = nested.getNextEntry()) {
                            if (inner.getName().endsWith(".class")) {
                                classes.add(entry.getName() + "!/" + inner.getName());
                            }
                        }
                    }
                }
            }
        }
        return classes;
    }
}
