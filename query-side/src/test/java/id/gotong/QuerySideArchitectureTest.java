package id.gotong;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.Slices;
import id.gotong.act.NotPermitted;
import id.gotong.events.CollaborationAct;
import id.gotong.projection.ReadModels;
import id.gotong.transparencyfeed.ReachesIntoTheWriteSide;
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
 * The query side's boundaries, derived from the compiled classes rather than from lists of names. Each module is
 * imported from where its classes are (a classes directory or a jar), so its packages are whatever it holds: a new
 * package of the command side is forbidden to the query side without anyone adding it to a list.
 * <ul>
 *   <li>no cycle between the query side's packages, nor across the command and query sides;</li>
 *   <li>the projection machinery ({@code projection}) depends on no feature of the query side;</li>
 *   <li>of the command side, the query side uses only the event contract and the plumbing every endpoint shares, and
 *   never sends a command.</li>
 * </ul>
 */
class QuerySideArchitectureTest {

    static final JavaClasses COMMAND_SIDE = classesOfTheModulesOf(CollaborationAct.class);
    static final JavaClasses QUERY_SIDE = classesOfTheModulesOf(ReadModels.class);
    static final JavaClasses BOTH = classesOfTheModulesOf(CollaborationAct.class, ReadModels.class);

    /**
     * What the query side may use of the command side: the event contract, and the plumbing every endpoint shares
     * (who calls, path ids, problem details; the refusal {@code NotPermitted}). Named by a class in each, so each
     * exists.
     */
    static final Set<String> SHARED = Set.of(CollaborationAct.class.getPackageName(), Caller.class.getPackageName(),
            NotPermitted.class.getPackageName());
    static final Set<String> WRITE_SIDE = minus(packages(COMMAND_SIDE), SHARED);
    static final Set<String> QUERY_PACKAGES = packages(QUERY_SIDE);
    static final String PROJECTION = ReadModels.class.getPackageName();

    static final ArchRule USES_ONLY_THE_CONTRACT = noClasses().that().resideInAnyPackage(array(QUERY_PACKAGES))
            .should().dependOnClassesThat().resideInAnyPackage(array(WRITE_SIDE))
            .because("the query side reads events (" + CollaborationAct.class.getPackageName()
                    + "), never the command side's aggregates, commands or endpoints");

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
    void theRulesLookAtPackagesThatExistAndNoPackageIsSplitBetweenTheSides() {
        assertThat(QUERY_PACKAGES).as("query-side packages").hasSizeGreaterThanOrEqualTo(7).contains(PROJECTION);
        assertThat(packages(COMMAND_SIDE)).as("command-side packages").containsAll(SHARED);
        assertThat(WRITE_SIDE).as("command-side packages the query side may not use").hasSizeGreaterThanOrEqualTo(10);
        assertThat(QUERY_PACKAGES).as("packages in both modules").doesNotContainAnyElementsOf(packages(COMMAND_SIDE));
    }

    /** A pattern that matched nothing would make the cycle rules pass on nothing. */
    @Test
    void theCycleRulesSliceByPackage() {
        assertThat(Slices.matching("id.gotong.(**)").transform(QUERY_SIDE)).hasSize(QUERY_PACKAGES.size());
        assertThat(Slices.matching("id.gotong.(*)..").transform(BOTH)).hasSize((int) packages(BOTH).stream()
                .map(name -> name.split("\\.")[2]).distinct().count());
    }

    @Test
    void theQuerySidesFeaturesAreFreeOfCycles() {
        slices().matching("id.gotong.(*)..").should().beFreeOfCycles().check(QUERY_SIDE);
        slices().matching("id.gotong.(**)").should().beFreeOfCycles().check(QUERY_SIDE);
    }

    @Test
    void theCommandAndQuerySidesTogetherAreFreeOfCycles() {
        slices().matching("id.gotong.(*)..").should().beFreeOfCycles().check(BOTH);
    }

    @Test
    void theProjectionMachineryKnowsNoFeature() {
        noClasses().that().resideInAPackage(PROJECTION)
                .should().dependOnClassesThat().resideInAnyPackage(array(minus(QUERY_PACKAGES, Set.of(PROJECTION))))
                .because("features depend on the projection machinery (ReadModel), not the reverse")
                .check(QUERY_SIDE);
    }

    @Test
    void theQuerySideUsesOnlyTheEventContractAndTheSharedPlumbingOfTheCommandSide() {
        USES_ONLY_THE_CONTRACT.check(QUERY_SIDE);
    }

    /** The hole a hand-written list left open: {@code transparencyfeed} was not on it. */
    @Test
    void aFeedClassUsingAnAgreementOrItsCommandBreaksTheRule() {
        JavaClasses hole = new ClassFileImporter().importClasses(ReachesIntoTheWriteSide.class);

        assertThatThrownBy(() -> USES_ONLY_THE_CONTRACT.check(hole))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("id.gotong.agreement.Agreement")
                .hasMessageContaining("id.gotong.agreement.SignAgreement");
    }

    @Test
    void theQuerySideNeverSendsACommand() {
        noClasses().that().resideInAnyPackage(array(QUERY_PACKAGES))
                .should().dependOnClassesThat().resideInAPackage("org.axonframework.commandhandling..")
                .orShould().dependOnClassesThat().belongToAnyOf(Commands.class)
                .check(QUERY_SIDE);
    }
}
