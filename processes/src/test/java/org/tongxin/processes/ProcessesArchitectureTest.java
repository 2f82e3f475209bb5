package org.tongxin.processes;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module rule (README, "Modules"): processes know the engine and Camunda, never the read side or HTTP. */
class ProcessesArchitectureTest {

    private static final JavaClasses PROCESSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tongxin.processes");

    @Test
    void processesDoNotKnowProjectionsOrHttp() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.tongxin.projections..",
                        "org.tongxin.infra..",
                        "org.springframework.web..",
                        "org.springframework.http..",
                        "jakarta.servlet..",
                        "java.sql..")
                .check(PROCESSES);
    }
}
