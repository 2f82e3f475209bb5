package org.tongxin.processes.delegate;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.tongxin.engine.shared.RuleCode;
import org.tongxin.processes.command.CommandSender;

/** A service task that sends commands on behalf of the process (as the system actor). */
public abstract class CommandDelegate implements JavaDelegate {

    private final CommandSender commands;

    protected CommandDelegate(CommandSender commands) {
        this.commands = commands;
    }

    /** Sends the command with the process instance and element in its metadata; returns the events it caused. */
    protected List<Object> send(DelegateExecution execution, Object command) {
        return commands.send(command, metadata(execution));
    }

    /** As {@link CommandSender#sendOnce}: a refusal that says the work is done counts as done (jobs retry). */
    protected List<Object> sendOnce(DelegateExecution execution, Object command, RuleCode... alreadyDone) {
        return commands.sendOnce(command, metadata(execution), alreadyDone);
    }

    private static Map<String, Object> metadata(DelegateExecution execution) {
        return Map.of(
                "processInstanceId",
                execution.getProcessInstanceId(),
                "origin",
                "bpmn:" + execution.getCurrentActivityId());
    }

    protected static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (value == null) {
            throw new IllegalStateException("process variable " + name + " is missing");
        }
        return value.toString();
    }

    protected static <T> List<T> eventsOf(List<Object> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
