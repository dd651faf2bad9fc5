package id.rembuk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of ARCHITECTURE.md, enforced: dependencies point one way and only ui sees JavaFX. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.rembuk");
    }

    @Test
    void onlyUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("id.rembuk.ui..")
                .and().doNotHaveFullyQualifiedName("id.rembuk.Main")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..",
                        "org.kordamp.ikonli..")
                .check(classes);
    }

    @Test
    void domainDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("id.rembuk.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("id.rembuk.store..", "id.rembuk.merge..",
                        "id.rembuk.report..", "id.rembuk.cli..", "id.rembuk.ui..", "java.sql..",
                        "com.fasterxml..", "org.h2..", "org.apache.pdfbox..")
                .check(classes);
    }

    @Test
    void storeMergeAndReportStayBelowTheApps() {
        noClasses().that().resideInAnyPackage("id.rembuk.store..", "id.rembuk.merge..", "id.rembuk.report..")
                .should().dependOnClassesThat().resideInAnyPackage("id.rembuk.cli..", "id.rembuk.ui..")
                .check(classes);
    }

    @Test
    void uiAndCliDoNotKnowEachOther() {
        noClasses().that().resideInAPackage("id.rembuk.ui..")
                .should().dependOnClassesThat().resideInAPackage("id.rembuk.cli..")
                .check(classes);
        noClasses().that().resideInAPackage("id.rembuk.cli..")
                .should().dependOnClassesThat().resideInAPackage("id.rembuk.ui..")
                .check(classes);
    }

    @Test
    void onlyTheStoreWritesSql() {
        // the benchmark reads the file with plain JDBC as its baseline, so it may use java.sql too
        noClasses().that().resideOutsideOfPackages("id.rembuk.store..", "id.rembuk.bench..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..")
                .check(classes);
    }
}
