package org.tongxin.infra.axon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.Command;

/**
 * Every event carries who caused it and in which task/process, so history and the audit log can say who did what
 * and where: the command's actor is copied into
 * its metadata at dispatch, and the correlation providers copy that metadata onto every event it produces.
 */
@Configuration(proxyBeanMethods = false)
class ActorMetadata {

    static final String ACTOR_ID = "actorId";
    static final String ACTOR_ROLE = "actorRole";
    static final String DEPARTMENT = "department";
    static final List<String> PROPAGATED =
            List.of(ACTOR_ID, ACTOR_ROLE, DEPARTMENT, "taskId", "taskKey", "processInstanceId", "origin");

    @Bean
    MessageDispatchInterceptor<CommandMessage<?>> actorMetadataInterceptor() {
        return messages -> (index, message) -> {
            if (!(message.getPayload() instanceof Command command)
                    || message.getMetaData().containsKey(ACTOR_ID)) {
                return message;
            }
            ActorRef actor = command.by();
            Map<String, Object> meta = new HashMap<>();
            meta.put(ACTOR_ID, actor.userId());
            meta.put(ACTOR_ROLE, actor.role().name());
            if (actor.department() != null) {
                meta.put(DEPARTMENT, actor.department().value());
            }
            return message.andMetaData(meta);
        };
    }

    @Bean
    CorrelationDataProvider actorCorrelation() {
        return new SimpleCorrelationDataProvider(PROPAGATED.toArray(String[]::new));
    }

    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }
}
