package org.tongxin.processes;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;
import org.tongxin.processes.command.CommandSender;

/** The module rule (README, "Modules"): processes know the engine and Camunda, never the read side or HTTP. */
class ProcessesArchitectureTest {

    private static final JavaClasses PROCESSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tongxin.processes");

    private static final DescribedPredicate<JavaClass> SEND_COMMANDS =
            DescribedPredicate.describe("send commands", type -> type.getDirectDependenciesFromSelf().stream()
                    .anyMatch(d -> d.getTargetClass().isAssignableTo(CommandSender.class)));

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

    /**
     * A bridge only correlates: turning an event into a command is a policy, in {@code policy}. The co-handler
     * opinion bridge still forwards the opinion to the lead's handling; the department-handling rework replaces
     * it, and its exception goes with it.
     */
    @Test
    void bridgesSendNoCommands() {
        noClasses()
                .that()
                .resideInAPackage("org.tongxin.processes.bridge..")
                .and()
                .doNotHaveSimpleName("CoHandlerOpinionBridge")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(CommandSender.class)
                .check(PROCESSES);
    }

    /** A policy tells the domain what to do and never moves a process itself. */
    @Test
    void policiesDoNotTouchProcesses() {
        noClasses()
                .that()
                .resideInAPackage("org.tongxin.processes.policy..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.camunda..")
                .check(PROCESSES);
    }

    /** An event handler that sends commands lives in {@code policy} (or is a bridge's named exception above). */
    @Test
    void eventHandlersThatSendCommandsArePolicies() {
        classes()
                .that()
                .containAnyMethodsThat(annotatedWith(EventHandler.class))
                .and(SEND_COMMANDS)
                .and()
                .doNotHaveSimpleName("CoHandlerOpinionBridge")
                .should()
                .resideInAPackage("org.tongxin.processes.policy..")
                .check(PROCESSES);
    }
}
