package org.tongxin.processes.command;

import java.util.Map;

/**
 * Sends one command to the engine and waits for it to be handled, inside the caller's transaction. A refusal comes
 * back as the engine's {@code RuleViolation}.
 */
public interface CommandSender {

    void send(Object command, Map<String, ?> metadata);
}
