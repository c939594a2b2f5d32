package id.gotong.ledger;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import id.gotong.ledger.verify.LedgerVerifier;
import id.gotong.ledger.verify.VerifyCommand;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log and its verifier stay a small library an auditor can run alone (gotong-verify.jar): nothing in this module
 * may use Spring, BSON or the MongoDB driver. The store's side of the log lives in the application.
 */
class LedgerCoreArchitectureTest {

    static final String LEDGER = "id.gotong.ledger..";
    static final String[] FORBIDDEN = {"org.springframework..", "org.bson..", "com.mongodb.."};
    static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("id.gotong");

    static ArchRule noDependencyOn(String... packages) {
        return noClasses().that().resideInAPackage(LEDGER).should().dependOnClassesThat().resideInAnyPackage(packages);
    }

    @Test
    void theRuleLooksAtTheLogAndTheVerifier() {
        assertThat(CORE.that(JavaClass.Predicates.resideInAPackage("id.gotong.ledger"))).hasSizeGreaterThan(15);
        assertThat(CORE.that(JavaClass.Predicates.resideInAPackage("id.gotong.ledger.verify"))).hasSizeGreaterThan(5);
        assertThat(CORE.contain(MerkleTree.class) && CORE.contain(LedgerVerifier.class)
                && CORE.contain(VerifyCommand.class)).isTrue();
        assertThat(CORE.stream().map(JavaClass::getPackageName).distinct())
                .allMatch(name -> name.startsWith("id.gotong.ledger"));
    }

    /** The same rule over a library the core does use fails, so it is not passing for want of dependencies. */
    @Test
    void theRuleFindsADependencyWhereThereIsOne() {
        EvaluationResult jackson = noDependencyOn("tools.jackson..").evaluate(CORE);
        assertThat(jackson.hasViolation()).isTrue();
        assertThat(jackson.getFailureReport().getDetails()).anyMatch(line -> line.contains("CanonicalJson"));
    }

    @Test
    void noSpringNoBsonNoMongoDb() {
        noDependencyOn(FORBIDDEN).check(CORE);
    }
}
