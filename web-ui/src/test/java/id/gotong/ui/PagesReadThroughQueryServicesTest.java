package id.gotong.ui;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.gotong.projection.ReadModels;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages read through the query side's services (dossiers, lists, histories, the stakeholder directory), never the
 * read models' MongoDB collections: what a page shows is what the read API answers, and a read model's storage can
 * change without touching a page.
 */
class PagesReadThroughQueryServicesTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.gotong.ui", "id.gotong.projection");

    @Test
    void theRuleBelowLooksAtThePages() {
        assertThat(CLASSES.that(resideInAPackage("id.gotong.ui.."))).hasSizeGreaterThan(20);
        assertThat(CLASSES.that(resideInAPackage("id.gotong.ui.agency.."))).hasSizeGreaterThan(5);
    }

    @Test
    void pagesNeverReadTheReadModelsCollections() {
        noClasses().that().resideInAPackage("id.gotong.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.bson..")
                .orShould().dependOnClassesThat().belongToAnyOf(ReadModels.class)
                .check(CLASSES);
    }
}
