package id.gotong.perf;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import id.gotong.GotongApplication;
import id.gotong.bench.AppProcess;
import id.gotong.embedded.EmbeddedMongoServer;
import id.gotong.eventstore.MongoLedgerStorageEngine;
import id.gotong.ledger.MerkleTree;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packages of infra's modules (ledger, embedded, eventstore, app, perf) depend on each other without a cycle. The
 * classes are read from the modules' own class directories or jars, so a new package is covered without a list; the
 * list below only checks that each module was read.
 */
class InfraArchitectureTest {

    static final List<Class<?>> ONE_CLASS_PER_MODULE = List.of(MerkleTree.class, EmbeddedMongoServer.class,
            MongoLedgerStorageEngine.class, GotongApplication.class, AppProcess.class);
    static final JavaClasses INFRA = new ClassFileImporter().importLocations(ONE_CLASS_PER_MODULE.stream()
            .map(InfraArchitectureTest::codeSource).toList());

    /** The module's class directory (a build up to {@code test}) or its jar (a build up to {@code verify}). */
    static Location codeSource(Class<?> type) {
        try {
            Path path = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isDirectory(path) ? Location.of(path) : Location.of(new JarFile(path.toFile()));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static final ArchRule NO_CYCLES = slices().matching("id.gotong.(**)").should().beFreeOfCycles();

    @Test
    void everyModuleIsRead() {
        assertThat(Stream.of("id.gotong", "id.gotong.ledger", "id.gotong.ledger.verify", "id.gotong.ledger.store",
                "id.gotong.ledger.web", "id.gotong.embedded", "id.gotong.eventstore", "id.gotong.deadline",
                "id.gotong.role", "id.gotong.bench", "id.gotong.reliability", "id.gotong.perf"))
                .allMatch(INFRA::containPackage);
        assertThat(INFRA.stream().map(c -> c.getPackageName()).filter(p -> p.startsWith("id.gotong.projection")))
                .as("only infra's modules, not the query side").isEmpty();
    }

    @Test
    void packagesFormNoCycle() {
        NO_CYCLES.check(INFRA);
    }
}
