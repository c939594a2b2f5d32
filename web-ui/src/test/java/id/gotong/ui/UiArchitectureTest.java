package id.gotong.ui;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.gotong.web.Commands;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages read through the query side and write only through the command API over HTTP: they never touch an
 * aggregate, a command, an endpoint or the command bus of the write side.
 */
class UiArchitectureTest {

    static final String UI = "id.gotong.ui..";
    static final String[] WRITE_SIDE = {"id.gotong.agreement..", "id.gotong.collaboration..",
            "id.gotong.commitment..", "id.gotong.correction..", "id.gotong.goal..", "id.gotong.information..",
            "id.gotong.meeting..", "id.gotong.outcome..", "id.gotong.stakeholder..", "id.gotong.act.."};
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(imported());

    private static String[] imported() {
        String[] packages = new String[WRITE_SIDE.length + 1];
        packages[0] = "id.gotong.ui";
        for (int i = 0; i < WRITE_SIDE.length; i++) {
            packages[i + 1] = WRITE_SIDE[i].replace("..", "");
        }
        return packages;
    }

    @Test
    void theRuleBelowLooksAtPackagesThatExist() {
        assertThat(CLASSES.that(resideInAPackage(UI)))
                .hasSizeGreaterThan(10);
        for (String pkg : WRITE_SIDE) {
            assertThat(CLASSES.that(resideInAPackage(pkg)))
                    .as(pkg).isNotEmpty();
        }
    }

    @Test
    void pagesNeverUseTheWriteSideDirectly() {
        noClasses().that().resideInAPackage(UI)
                .should().dependOnClassesThat().resideInAnyPackage(WRITE_SIDE)
                .check(CLASSES);
    }

    @Test
    void pagesNeverSendCommandsInProcess() {
        noClasses().that().resideInAPackage(UI)
                .should().dependOnClassesThat().resideInAPackage("org.axonframework.commandhandling..")
                .orShould().dependOnClassesThat().belongToAnyOf(Commands.class)
                .check(CLASSES);
    }
}
