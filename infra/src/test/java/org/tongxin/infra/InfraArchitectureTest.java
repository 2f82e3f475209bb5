package org.tongxin.infra;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The web layer reaches Camunda only through the processes module's services, so a move off Camunda 7 stays inside
 * processes and the persistence wiring.
 */
class InfraArchitectureTest {

    private static final JavaClasses INFRA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tongxin.infra");

    @Test
    void webAndIntakeDoNotTouchCamunda() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.tongxin.infra.web..",
                        "org.tongxin.infra.intake..",
                        "org.tongxin.infra.security..",
                        "org.tongxin.infra.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.camunda..")
                .check(INFRA);
    }

    @Test
    void controllersDoNotWriteSqlThemselves() {
        noClasses()
                .that()
                .resideInAnyPackage("org.tongxin.infra.web..", "org.tongxin.infra.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
                .check(INFRA);
    }
}
