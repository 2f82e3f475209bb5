package org.tongxin.processes.command;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import org.tongxin.processes.bridge.ProcessBridge;

/**
 * Collects the events published while a command sent through {@link AxonCommandSender} is handled. It sits in the
 * subscribing bridge group, so it runs in the sending thread before {@code sendAndWait} returns. Captures nest: an
 * event reaches every capture open in the thread, so a task completion also sees what its commands set off.
 */
@Component
@ProcessingGroup(ProcessBridge.GROUP)
class EventCapture {

    private static final ThreadLocal<Deque<List<Object>>> OPEN = ThreadLocal.withInitial(ArrayDeque::new);

    static List<Object> open() {
        List<Object> events = new ArrayList<>();
        OPEN.get().push(events);
        return events;
    }

    static void close(List<Object> events) {
        Deque<List<Object>> open = OPEN.get();
        open.remove(events);
        if (open.isEmpty()) {
            OPEN.remove();
        }
    }

    @EventHandler
    void on(Object event) {
        for (List<Object> events : OPEN.get()) {
            events.add(event);
        }
    }
}
