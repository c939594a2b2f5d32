package id.gotong;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query side reads the command side's event contract ({@code id.gotong.events}) and never its aggregates or
 * commands. The command side is on this module's classpath, so the import below sees both sides; the guards check
 * that every package a rule names holds classes, since a rule over a package that does not exist passes forever.
 */
class QuerySideArchitectureTest {

    /** The command side's features: aggregates, commands and their endpoints. */
    static final List<String> COMMAND_FEATURES = List.of("stakeholder", "collaboration", "meeting", "goal",
            "agreement", "commitment", "information", "outcome", "correction");
    static final List<String> QUERY_FEATURES = List.of("dossier", "stakeholderhistory", "projection", "listing",
            "researchexport");

    static final JavaClasses GOTONG = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.gotong");

    /** Exactly the package and its subpackages: {@code id.gotong.stakeholder} must not match {@code stakeholderhistory}. */
    static String[] exactly(List<String> features) {
        return features.stream()
                .flatMap(feature -> Stream.of("id.gotong." + feature, "id.gotong." + feature + ".(*).."))
                .toArray(String[]::new);
    }

    static final String[] QUERY_SIDE = exactly(QUERY_FEATURES);
    static final String[] COMMAND_SIDE_FEATURES = exactly(COMMAND_FEATURES);

    @Test
    void everyCommandSideFeaturePackageTheRuleForbidsHoldsClasses() {
        for (String feature : COMMAND_FEATURES) {
            assertThat(GOTONG.that(resideInAnyPackage(exactly(List.of(feature)))))
                    .as("classes in id.gotong.%s", feature).isNotEmpty();
        }
    }

    @Test
    void everyQuerySidePackageTheRuleGuardsHoldsClasses() {
        for (String feature : QUERY_FEATURES) {
            assertThat(GOTONG.that(resideInAnyPackage(exactly(List.of(feature)))))
                    .as("classes in id.gotong.%s", feature).isNotEmpty();
        }
    }

    @Test
    void theForbiddenPackagesDoNotCoverTheQuerySideOrTheEventContract() {
        DescribedPredicate<JavaClass> forbidden = resideInAnyPackage(COMMAND_SIDE_FEATURES);

        assertThat(GOTONG.that(forbidden.and(resideInAnyPackage(QUERY_SIDE)))).isEmpty();
        assertThat(GOTONG.that(forbidden.and(resideInAnyPackage("id.gotong.events..")))).isEmpty();
        assertThat(GOTONG.that(resideInAnyPackage("id.gotong.stakeholderhistory"))).isNotEmpty();
        assertThat(GOTONG.that(resideInAnyPackage("id.gotong.stakeholder"))
                .stream().map(JavaClass::getPackageName).distinct()).containsExactly("id.gotong.stakeholder");
    }

    @Test
    void theQuerySideDependsOnTheEventContractNotOnAggregatesOrCommands() {
        ArchRule rule = noClasses().that().resideInAnyPackage(QUERY_SIDE)
                .should().dependOnClassesThat().resideInAnyPackage(COMMAND_SIDE_FEATURES)
                .because("the query side reads events (id.gotong.events), never the command side's aggregates");

        rule.check(GOTONG);
    }
}
