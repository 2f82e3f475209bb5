package org.tongxin.processes.testing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.tongxin.processes.command.CommandSender;

/**
 * The command side as a process sees it: records every command a delegate sends and answers with the events a test
 * scripted for that command's type (none unless told), so a process test never needs the aggregates.
 */
public final class RecordingCommands implements CommandSender {

    private final List<Object> sent = new CopyOnWriteArrayList<>();
    private final Map<Class<?>, Function<Object, List<Object>>> replies = new ConcurrentHashMap<>();

    /** The events the domain answers a command of this type with. */
    public <C> RecordingCommands reply(Class<C> type, Function<C, List<Object>> events) {
        replies.put(type, command -> events.apply(type.cast(command)));
        return this;
    }

    @Override
    public List<Object> send(Object command, Map<String, ?> metadata) {
        sent.add(command);
        return replies.getOrDefault(command.getClass(), command1 -> List.of()).apply(command);
    }

    public List<Object> sent() {
        return List.copyOf(sent);
    }

    public <C> List<C> sent(Class<C> type) {
        return sent.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
