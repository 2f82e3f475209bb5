package org.tongxin.projections;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module rule (README, "Modules"): read models know the engine's events, never Camunda, the processes or HTTP. */
class ProjectionsArchitectureTest {

    private static final JavaClasses PROJECTIONS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tongxin.projections");

    @Test
    void projectionsDoNotKnowCamundaProcessesOrHttp() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.camunda..",
                        "org.tongxin.processes..",
                        "org.tongxin.infra..",
                        "org.springframework.web..",
                        "org.springframework.http..",
                        "jakarta.servlet..")
                .check(PROJECTIONS);
    }
}
