package id.gotong.ui;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.Slices;
import id.gotong.events.CollaborationAct;
import id.gotong.projection.ReadModels;
import id.gotong.web.Caller;
import id.gotong.web.Commands;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The pages read through the query side and write only through the command API over HTTP: of the command-side module
 * they use the event contract and the plumbing every endpoint shares (who calls, path ids), never an aggregate, a
 * command, an endpoint or the command bus. The modules are imported from where their classes are, so the forbidden
 * packages are every other package the command side holds, not a list someone has to keep.
 */
class UiArchitectureTest {

    static final JavaClasses COMMAND_SIDE = classesOfTheModulesOf(CollaborationAct.class);
    static final JavaClasses PAGES = classesOfTheModulesOf(Pages.class);
    static final JavaClasses ALL = classesOfTheModulesOf(CollaborationAct.class, ReadModels.class, Pages.class);

    /** What pages may use of the command side, named by a class in each package so each exists. */
    static final Set<String> SHARED = Set.of(CollaborationAct.class.getPackageName(), Caller.class.getPackageName());
    static final Set<String> WRITE_SIDE = minus(packages(COMMAND_SIDE), SHARED);
    static final Set<String> PAGE_PACKAGES = packages(PAGES);

    static final ArchRule NEVER_USE_THE_WRITE_SIDE = noClasses().that().resideInAnyPackage(array(PAGE_PACKAGES))
            .should().dependOnClassesThat().resideInAnyPackage(array(WRITE_SIDE))
            .because("pages record acts through the command API over HTTP, like any other client");

    /** The classes of the modules of these classes, imported whole from where they are: a jar or a directory. */
    static JavaClasses classesOfTheModulesOf(Class<?>... anchors) {
        List<Location> locations = new ArrayList<>();
        for (Class<?> anchor : anchors) {
            try {
                Path path = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
                locations.add(Files.isDirectory(path) ? Location.of(path)
                        : Location.of(URI.create("jar:" + path.toUri() + "!/")));
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return new ClassFileImporter().importLocations(locations);
    }

    static Set<String> packages(JavaClasses classes) {
        return classes.stream().map(JavaClass::getPackageName).collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> minus(Set<String> all, Set<String> removed) {
        Set<String> rest = new TreeSet<>(all);
        rest.removeAll(removed);
        return rest;
    }

    static String[] array(Set<String> packages) {
        return packages.toArray(String[]::new);
    }

    @Test
    void theRulesLookAtPackagesThatExist() {
        assertThat(PAGES.stream().filter(c -> c.getPackageName().startsWith(Pages.class.getPackageName())))
                .hasSizeGreaterThan(10);
        assertThat(PAGE_PACKAGES).as("page packages").hasSizeGreaterThanOrEqualTo(7);
        assertThat(packages(COMMAND_SIDE)).containsAll(SHARED);
        assertThat(WRITE_SIDE).as("command-side packages pages may not use").hasSizeGreaterThanOrEqualTo(10);
        assertThat(PAGE_PACKAGES).as("packages in both modules").doesNotContainAnyElementsOf(packages(COMMAND_SIDE));
        assertThat(Slices.matching("id.gotong.(**)").transform(PAGES)).hasSize(PAGE_PACKAGES.size());
    }

    @Test
    void pagesNeverUseTheWriteSideDirectly() {
        NEVER_USE_THE_WRITE_SIDE.check(PAGES);
    }

    /** The hole a hand-written list left open: it named neither {@code access} nor {@code datasubject}. */
    @Test
    void aPageUsingTheErasureOrCredentialEndpointsBreaksTheRule() {
        JavaClasses hole = new ClassFileImporter().importClasses(ReachesIntoTheWriteSide.class);

        assertThatThrownBy(() -> NEVER_USE_THE_WRITE_SIDE.check(hole))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("id.gotong.datasubject.ErasureEndpoints")
                .hasMessageContaining("id.gotong.access.CredentialEndpoints");
    }

    @Test
    void pagesNeverSendCommandsInProcess() {
        noClasses().that().resideInAnyPackage(array(PAGE_PACKAGES))
                .should().dependOnClassesThat().resideInAPackage("org.axonframework.commandhandling..")
                .orShould().dependOnClassesThat().belongToAnyOf(Commands.class)
                .check(PAGES);
    }

    @Test
    void thePagesPackagesAreFreeOfCycles() {
        slices().matching("id.gotong.(**)").should().beFreeOfCycles().check(PAGES);
    }

    @Test
    void theCommandSideTheQuerySideAndThePagesTogetherAreFreeOfCycles() {
        slices().matching("id.gotong.(*)..").should().beFreeOfCycles().check(ALL);
    }
}
