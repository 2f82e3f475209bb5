package org.tongxin.processes.command;

import java.util.List;
import java.util.Map;

/**
 * Sends one command to the engine and waits for it to be handled, inside the caller's transaction. A refusal comes
 * back as the engine's {@code RuleViolation}. Returns the payloads of every event the command caused in this
 * thread (its own and those of commands it set off), so the caller can hand due dates and ids on to the process
 * without looking anything up.
 */
public interface CommandSender {

    List<Object> send(Object command, Map<String, ?> metadata);
}
