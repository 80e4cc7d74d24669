package no.sammen.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** Rules the compiler cannot check: what stays inside a module, and which libraries go where. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.sammen");

    @Test
    void entitiesAreNotPublic() {
        classes().that().areAnnotatedWith(Table.class).should().notBePublic().check(CLASSES);
    }

    @Test
    void repositoriesAreNotPublic() {
        classes().that().areAssignableTo(Repository.class).should().notBePublic().check(CLASSES);
    }

    @Test
    void controllersAreNotPublic() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().notBePublic().check(CLASSES);
    }

    @Test
    void onlyTheWebLayerOfAModuleSeesServletTypes() {
        noClasses().that().haveSimpleNameEndingWith("Service")
                .should().dependOnClassesThat().resideInAPackage("jakarta.servlet..")
                .check(CLASSES);
    }

    @Test
    void nothingButFhirUsesHapi() {
        noClasses().that().resideOutsideOfPackage("no.sammen.fhir..")
                .should().dependOnClassesThat().resideInAPackage("ca.uhn.fhir..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    /** PDF output is the report module's business; the rest of the application stays free of it. */
    @Test
    void nothingButReportMakesPdf() {
        noClasses().that().resideOutsideOfPackage("no.sammen.report..")
                .should().dependOnClassesThat().resideInAnyPackage("com.openhtmltopdf..", "org.apache.pdfbox..",
                        "org.apache.batik..")
                .check(CLASSES);
    }

    /** The SPC engine is plain Java; only its web-facing controller (and its nested records) may use Spring. */
    @Test
    void spcEngineDependsOnNoSpring() {
        noClasses().that().resideInAPackage("no.sammen.spc..")
                .and().haveNameNotMatching(".*Controller(\\$.*)?")
                .and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .orShould().dependOnClassesThat().resideInAPackage("tools.jackson..")
                .orShould().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .check(CLASSES);
    }
}
