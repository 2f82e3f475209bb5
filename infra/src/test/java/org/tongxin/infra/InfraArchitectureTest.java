package org.tongxin.infra;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;

/**
 * infra is grouped by feature: each feature package holds its API controller, its page controller and its view
 * helpers, over technical packages that know no feature. Features share only through {@code shared} (what several
 * features show the same way), {@code directory} (what forms and lists name and resolve) and {@code attachments} (the
 * files every item may carry, shown on every page of an item). The web layer reaches
 * Camunda only through the processes module's services, so a move off Camunda 7 stays inside processes, the Camunda
 * wiring and the inbox table.
 */
class InfraArchitectureTest {

    private static final String ROOT = "org.tongxin.infra.";

    static final List<String> FEATURES = List.of(
            "admin",
            "attachments",
            "audit",
            "calendar",
            "cases",
            "categories",
            "citizens",
            "clues",
            "consultations",
            "corrections",
            "directory",
            "exports",
            "handlings",
            "integrity",
            "keyproposals",
            "linkage",
            "members",
            "mywork",
            "notifications",
            "operations",
            "proposals",
            "registry",
            "reports",
            "similar",
            "statistics",
            "studio",
            "supervision",
            "tasks",
            "tokens");

    /** What features may share; everything else of another feature is out of reach. */
    static final List<String> SHARED = List.of("shared", "directory", "attachments");

    static final List<String> TECHNICAL =
            List.of("web", "security", "persistence", "axon", "camunda", "observability", "personaldata");

    private static final JavaClasses INFRA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tongxin.infra");

    /** A new package is a feature, shared, or technical on purpose, so the rules below cover it. */
    @Test
    void everyPackageIsClassified() {
        Set<String> known = Stream.of(FEATURES, SHARED, TECHNICAL, List.of("demo"))
                .flatMap(List::stream)
                .collect(Collectors.toSet());
        assertThat(INFRA.stream()
                        .map(JavaClass::getPackageName)
                        .filter(name -> name.startsWith(ROOT))
                        .map(name -> name.substring(ROOT.length()).split("\\.")[0])
                        .distinct())
                .isSubsetOf(known);
    }

    @Test
    void technicalPackagesKnowNoFeature() {
        noClasses()
                .that()
                .resideInAnyPackage(packages(TECHNICAL.stream()))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(packages(Stream.concat(FEATURES.stream(), Stream.of("shared"))))
                .check(INFRA);
    }

    @Test
    void featuresReachOtherFeaturesOnlyThroughTheSharedPackages() {
        for (String feature : FEATURES) {
            if (SHARED.contains(feature)) {
                continue;
            }
            noClasses()
                    .that()
                    .resideInAnyPackage(ROOT + feature + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(packages(
                            FEATURES.stream().filter(other -> !other.equals(feature) && !SHARED.contains(other))))
                    .check(INFRA);
        }
    }

    @Test
    void sharedPackagesKnowNoOtherFeature() {
        noClasses()
                .that()
                .resideInAnyPackage(packages(SHARED.stream()))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(packages(FEATURES.stream().filter(f -> !SHARED.contains(f))))
                .check(INFRA);
    }

    @Test
    void everyControllerLivesInAFeature() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areMetaAnnotatedWith(Controller.class)
                .should()
                // the sign-in page belongs to security, which Spring Security's form login posts to
                .resideInAnyPackage(packages(Stream.concat(FEATURES.stream(), Stream.of("security"))))
                .check(INFRA);
    }

    @Test
    void onlyTheCamundaWiringAndTheInboxTableTouchCamunda() {
        noClasses()
                .that()
                .resideOutsideOfPackages(ROOT + "camunda..", ROOT + "tasks.inbox..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.camunda..")
                .check(INFRA);
    }

    @Test
    void controllersDoNotWriteSqlThemselves() {
        noClasses()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areMetaAnnotatedWith(Controller.class)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
                .check(INFRA);
    }

    private static String[] packages(Stream<String> names) {
        return names.map(name -> ROOT + name + "..").toArray(String[]::new);
    }
}
