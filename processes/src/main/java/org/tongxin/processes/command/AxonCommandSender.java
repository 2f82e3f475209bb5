package org.tongxin.processes.command;

import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/** The command sender on Axon's local command bus; metadata (task, process instance) reaches the events. */
@Component
class AxonCommandSender implements CommandSender {

    private final CommandGateway gateway;

    AxonCommandSender(CommandGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public List<Object> send(Object command, Map<String, ?> metadata) {
        List<Object> events = EventCapture.open();
        try {
            gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(metadata)));
            return List.copyOf(events);
        } finally {
            EventCapture.close(events);
        }
    }
}
