package org.tongxin.processes.command;

import java.util.List;
import java.util.Map;
import org.tongxin.engine.shared.RuleCode;
import org.tongxin.engine.shared.RuleViolation;

/**
 * Sends one command to the engine and waits for it to be handled, inside the caller's transaction. A refusal comes
 * back as the engine's {@code RuleViolation}. Returns the payloads of every event the command caused in this
 * thread (its own and those of commands it set off), so the caller can hand due dates and ids on to the process
 * without looking anything up.
 */
public interface CommandSender {

    List<Object> send(Object command, Map<String, ?> metadata);

    /**
     * Sends a command whose repeat the domain refuses with a known rule (the work is already done): that refusal
     * counts as success with no events, so a retried job or a redelivered event changes nothing.
     */
    default List<Object> sendOnce(Object command, Map<String, ?> metadata, RuleCode... alreadyDone) {
        try {
            return send(command, metadata);
        } catch (RuleViolation refused) {
            for (RuleCode done : alreadyDone) {
                if (refused.rule() == done) {
                    return List.of();
                }
            }
            throw refused;
        }
    }
}
