package org.tongxin.engine.policy;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class DeadlinesArePureJavaTest {

    private static final JavaClasses DEADLINES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tongxin.engine.calendar", "org.tongxin.engine.policy");

    @Test
    void calendarAndPolicyDependOnNothingButTheJdk() {
        // Aggregates, processes and projections all compute deadlines with these, so they carry no framework.
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.tongxin.engine.calendar..", "org.tongxin.engine.policy..")
                .check(DEADLINES);
    }

    @Test
    void calendarAndPolicyNeverReadTheSystemClock() {
        // A deadline must come out the same on replay, so "today" is always passed in.
        noClasses().should().callMethodWhere(target(name("now"))).check(DEADLINES);
        noClasses().should().callMethod(System.class, "currentTimeMillis").check(DEADLINES);
    }
}
