package org.tongxin.processes.contract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Checks a BPMN model against what the product knows. Every user task key must have a task type (form, command,
 * roles); service, send and script-free tasks run through {@code delegateExpression} on an existing bean; every
 * message a process waits for must be correlated by a bridge; every timer takes its date or duration from an
 * expression (the calendar and rules), never a literal; every executable process declares a history time to live.
 */
public final class BpmnContract {

    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    private static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{([A-Za-z_][A-Za-z0-9_]*)}$");

    private final Predicate<String> taskKeys;
    private final Predicate<String> beans;
    private final Set<String> bridgedMessages;

    public BpmnContract(Predicate<String> taskKeys, Predicate<String> beans, Set<String> bridgedMessages) {
        this.taskKeys = taskKeys;
        this.beans = beans;
        this.bridgedMessages = Set.copyOf(bridgedMessages);
    }

    public List<ContractViolation> check(BpmnModelInstance model) {
        List<ContractViolation> violations = new ArrayList<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (process.isExecutable() && process.getCamundaHistoryTimeToLiveString() == null) {
                violations.add(new ContractViolation(
                        process.getId(), ContractRule.NO_HISTORY_TTL, "executable process without historyTimeToLive"));
            }
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            if (!taskKeys.test(task.getId())) {
                violations.add(new ContractViolation(
                        task.getId(), ContractRule.UNKNOWN_TASK_TYPE, "user task key has no registered task type"));
            }
        }
        checkDelegates(model.getModelElementsByType(BaseElement.class), violations);
        for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
            String text = timer.getTimeDate() != null
                    ? timer.getTimeDate().getTextContent()
                    : timer.getTimeDuration() != null
                            ? timer.getTimeDuration().getTextContent()
                            : timer.getTimeCycle() != null
                                    ? timer.getTimeCycle().getTextContent()
                                    : null;
            if (text == null || !(text.strip().startsWith("${") || text.strip().startsWith("#{"))) {
                violations.add(new ContractViolation(
                        ownerId(timer),
                        ContractRule.LITERAL_TIMER,
                        "timer must take its date or duration from an expression, not '" + text + "'"));
            }
        }
        for (MessageEventDefinition definition : model.getModelElementsByType(MessageEventDefinition.class)) {
            // A process that throws a message sends it itself; only waiting for one needs a bridge.
            if (!(definition.getParentElement() instanceof ThrowEvent)) {
                checkMessage(ownerId(definition), definition.getMessage(), violations);
            }
        }
        for (ReceiveTask task : model.getModelElementsByType(ReceiveTask.class)) {
            checkMessage(task.getId(), task.getMessage(), violations);
        }
        return violations;
    }

    private void checkDelegates(Collection<BaseElement> elements, List<ContractViolation> violations) {
        for (BaseElement element : elements) {
            if (element.getAttributeValueNs(CAMUNDA_NS, "class") != null) {
                violations.add(new ContractViolation(
                        element.getId(),
                        ContractRule.CAMUNDA_CLASS,
                        "uses camunda:class; use a delegateExpression on a bean"));
            }
            String delegate = element.getAttributeValueNs(CAMUNDA_NS, "delegateExpression");
            if (delegate != null) {
                Matcher m = BEAN_EXPRESSION.matcher(delegate.strip());
                if (!m.matches()) {
                    violations.add(new ContractViolation(
                            element.getId(),
                            ContractRule.DELEGATE_NOT_ONE_BEAN,
                            "delegateExpression must name one bean as ${beanName}: " + delegate));
                } else if (!beans.test(m.group(1))) {
                    violations.add(new ContractViolation(
                            element.getId(),
                            ContractRule.MISSING_DELEGATE_BEAN,
                            "no delegate bean named " + m.group(1)));
                }
            }
        }
    }

    private void checkMessage(
            String elementId, org.camunda.bpm.model.bpmn.instance.Message message, List<ContractViolation> out) {
        if (message == null || message.getName() == null) {
            out.add(new ContractViolation(
                    elementId, ContractRule.UNNAMED_MESSAGE, "message event without a named message"));
        } else if (!bridgedMessages.contains(message.getName())) {
            out.add(new ContractViolation(
                    elementId, ContractRule.UNBRIDGED_MESSAGE, "no bridge correlates message " + message.getName()));
        }
    }

    /** A timer or message definition has no useful id of its own; name the event that holds it. */
    private static String ownerId(ModelElementInstance definition) {
        ModelElementInstance owner = definition.getParentElement();
        if (owner instanceof BaseElement base && base.getId() != null) {
            return base.getId();
        }
        return definition instanceof BaseElement base ? base.getId() : "(unknown element)";
    }
}
