package id.gotong;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.Slices;
import id.gotong.events.CollaborationAct;
import id.gotong.events.Evidences;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event contract stays a plain, versioned vocabulary that the query side can depend on, and the command side's
 * packages depend on each other without cycles.
 */
class EventContractArchitectureTest {

    static final String EVENTS = "id.gotong.events..";
    static final String UPCASTING = "id.gotong.upcasting..";
    static final JavaClasses COMMAND_SIDE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.gotong");

    @Test
    void theRulesBelowLookAtClassesThatExist() {
        assertThat(COMMAND_SIDE.that(JavaClass.Predicates.resideInAPackage(EVENTS)
                .and(JavaClass.Predicates.assignableTo(CollaborationAct.class))
                .and(DescribedPredicate.not(JavaClass.Predicates.INTERFACES)))).hasSizeGreaterThan(30);
        assertThat(COMMAND_SIDE.that(JavaClass.Predicates.resideInAPackage(UPCASTING))).isNotEmpty();
    }

    /** A pattern that matched nothing would make the cycle rules pass on nothing. */
    @Test
    void theCycleRulesSliceByPackage() {
        long packages = COMMAND_SIDE.stream().map(JavaClass::getPackageName).distinct().count();
        assertThat(packages).isGreaterThan(10);
        assertThat(Slices.matching("id.gotong.(**)").transform(COMMAND_SIDE)).hasSize((int) packages);
    }

    @Test
    void theCommandSidesPackagesAreFreeOfCycles() {
        slices().matching("id.gotong.(*)..").should().beFreeOfCycles().check(COMMAND_SIDE);
        slices().matching("id.gotong.(**)").should().beFreeOfCycles().check(COMMAND_SIDE);
    }

    @Test
    void eventsDependOnNothingButTheJdkAndAxonsRevisionAnnotation() {
        ArchRule rule = classes().that().resideInAPackage(EVENTS)
                .should().onlyDependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(EVENTS, "java..")
                        .or(JavaClass.Predicates.equivalentTo(Revision.class)));
        rule.check(COMMAND_SIDE);
    }

    /** The event classes describe only the latest revision; an upcaster reads what an older revision stored. */
    @Test
    void upcastersReadStoredJsonNotTheEventClasses() {
        noClasses().that().resideInAPackage(UPCASTING)
                .should().dependOnClassesThat().resideInAPackage(EVENTS)
                .check(COMMAND_SIDE);
    }

    @Test
    void everyConcreteEventIsVersionedAndMappedToTheory() {
        classes().that().resideInAPackage(EVENTS).and().areRecords()
                .and().implement(CollaborationAct.class)
                .should().beAnnotatedWith(Revision.class)
                .andShould().beAnnotatedWith(Evidences.class)
                .check(COMMAND_SIDE);
    }
}
