package org.tongxin.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

/**
 * The module rule (README, "Modules"): the engine knows Axon's modelling and nothing of Spring, Camunda, JDBC or
 * HTTP.
 */
class EngineArchitectureTest {

    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tongxin.engine");

    @Test
    void engineDependsOnNoFrameworkButAxonModelling() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "org.camunda..",
                        "java.sql..",
                        "javax.sql..",
                        "jakarta..",
                        "com.fasterxml..",
                        "org.tongxin.processes..",
                        "org.tongxin.projections..",
                        "org.tongxin.infra..")
                .check(ENGINE);
    }

    @Test
    void domainNeverReadsTheSystemClock() {
        noClasses()
                .should()
                .callMethod(Instant.class, "now")
                .orShould()
                .callMethod(LocalDate.class, "now")
                .orShould()
                .callMethod(LocalDateTime.class, "now")
                .orShould()
                .callMethod(ZonedDateTime.class, "now")
                .orShould()
                .callMethod(Clock.class, "systemUTC")
                .orShould()
                .callMethod(Clock.class, "systemDefaultZone")
                .check(ENGINE);
    }

    @Test
    void everyEventIsARevisedRecord() {
        classes()
                .that(implementAnEventFamily())
                .should()
                .beAnnotatedWith(Revision.class)
                .andShould()
                .beRecords()
                .andShould()
                .beTopLevelClasses()
                .check(ENGINE);
    }

    /** Each aggregate's events share one sealed interface named {@code …Event}. */
    private static DescribedPredicate<JavaClass> implementAnEventFamily() {
        return new DescribedPredicate<>("implement an event family (a sealed …Event interface)") {
            @Override
            public boolean test(JavaClass type) {
                return !type.isInterface()
                        && type.getAllRawInterfaces().stream()
                                .anyMatch(i -> i.getSimpleName().endsWith("Event")
                                        && i.getPackageName().startsWith("org.tongxin.engine"));
            }
        };
    }
}
