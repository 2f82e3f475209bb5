package org.tongxin.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tongxin.processes.clue.ClueTriageProcess;
import org.tongxin.processes.consultation.ConsultationProcess;
import org.tongxin.processes.handling.DepartmentHandlingProcess;
import org.tongxin.processes.proposal.ProposalLifecycleProcess;
import org.tongxin.processes.report.OpinionReportProcess;
import org.tongxin.processes.supervision.SupervisionProcess;

/**
 * Every condition of each diagram speaks its descriptor's language: a decision variable compared with a value the
 * descriptor declares (so a form choice, the variable and the gateway cannot drift apart), and nothing else but
 * variables the descriptor names and the {@code deadlines} bean.
 */
class ConditionValuesTest {

    private static final Pattern COMPARISON = Pattern.compile("([A-Za-z_]\\w*)\\s*(?:==|!=|eq|ne)\\s*'([^']*)'");
    private static final Pattern QUOTED = Pattern.compile("'[^']*'");
    private static final Pattern NAME = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*)(?!\\s*\\()");
    private static final Set<String> EL_WORDS =
            Set.of("true", "false", "null", "empty", "not", "and", "or", "eq", "ne", "lt", "gt", "le", "ge");
    private static final Set<String> BEANS = Set.of("deadlines");

    record Diagram(Class<?> descriptor, String resource, Map<String, Set<String>> decisions) {
        @Override
        public String toString() {
            return resource;
        }
    }

    static Stream<Diagram> diagrams() {
        return Stream.of(
                new Diagram(ClueTriageProcess.class, ClueTriageProcess.RESOURCE, ClueTriageProcess.DECISIONS),
                new Diagram(
                        ProposalLifecycleProcess.class,
                        ProposalLifecycleProcess.RESOURCE,
                        ProposalLifecycleProcess.DECISIONS),
                new Diagram(
                        DepartmentHandlingProcess.class,
                        DepartmentHandlingProcess.RESOURCE,
                        DepartmentHandlingProcess.DECISIONS),
                new Diagram(ConsultationProcess.class, ConsultationProcess.RESOURCE, ConsultationProcess.DECISIONS),
                new Diagram(SupervisionProcess.class, SupervisionProcess.RESOURCE, SupervisionProcess.DECISIONS),
                new Diagram(OpinionReportProcess.class, OpinionReportProcess.RESOURCE, OpinionReportProcess.DECISIONS));
    }

    @ParameterizedTest
    @MethodSource("diagrams")
    void everyComparedValueIsOneTheDescriptorDeclares(Diagram diagram) {
        List<String> undeclared = new ArrayList<>();
        for (String condition : conditions(diagram)) {
            Matcher comparison = COMPARISON.matcher(condition);
            int compared = 0;
            while (comparison.find()) {
                compared++;
                Set<String> values = diagram.decisions().get(comparison.group(1));
                if (values == null || !values.contains(comparison.group(2))) {
                    undeclared.add(comparison.group());
                }
            }
            long literals = QUOTED.matcher(condition).results().count();
            if (literals != compared) {
                undeclared.add(condition + " (a literal outside a variable comparison)");
            }
        }
        assertThat(undeclared).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("diagrams")
    void everyNameInAConditionIsADeclaredVariableOrBean(Diagram diagram) throws IllegalAccessException {
        Set<String> variables = variables(diagram.descriptor());
        Set<String> unknown = new HashSet<>();
        for (String condition : conditions(diagram)) {
            Matcher name = NAME.matcher(QUOTED.matcher(condition).replaceAll("''"));
            while (name.find()) {
                String found = name.group(1);
                if (!variables.contains(found) && !BEANS.contains(found) && !EL_WORDS.contains(found)) {
                    unknown.add(found);
                }
            }
        }
        assertThat(unknown).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("diagrams")
    void everyDeclaredDecisionIsRoutedByTheDiagram(Diagram diagram) {
        Set<String> compared = new HashSet<>();
        for (String condition : conditions(diagram)) {
            COMPARISON.matcher(condition).results().forEach(m -> compared.add(m.group(1)));
        }
        assertThat(compared)
                .containsExactlyInAnyOrderElementsOf(diagram.decisions().keySet());
    }

    private static List<String> conditions(Diagram diagram) {
        BpmnModelInstance model;
        try (InputStream in = ConditionValuesTest.class.getClassLoader().getResourceAsStream(diagram.resource())) {
            assertThat(in).as(diagram.resource()).isNotNull();
            model = Bpmn.readModelFromStream(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<String> conditions = model.getModelElementsByType(ConditionExpression.class).stream()
                .map(ConditionExpression::getTextContent)
                .map(String::strip)
                .toList();
        assertThat(conditions).as("conditions of " + diagram.resource()).isNotEmpty();
        return conditions;
    }

    /** The values of the descriptor's {@code VAR_…} constants: the variables the diagram may read. */
    private static Set<String> variables(Class<?> descriptor) throws IllegalAccessException {
        Set<String> names = new HashSet<>();
        for (Field field : descriptor.getFields()) {
            if (field.getName().startsWith("VAR_") && Modifier.isStatic(field.getModifiers())) {
                names.add((String) field.get(null));
            }
        }
        return names;
    }
}
