package org.tongxin.infra.axon;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongxin.projections.ops.ShadowRebuild;

/**
 * Every transaction of a processor that {@link ShadowRebuild} covers writes to the group's shadow tables while a
 * rebuild is under way: before the first event of each batch (and of each dead letter retried) the group's shadow
 * schema goes first on the transaction's search path. One statement per batch; without a rebuild the schema does not
 * exist and the live tables are written as before.
 */
@Configuration(proxyBeanMethods = false)
class ShadowTablesFirst {

    @Bean
    ConfigurerModule shadowTablesFirstOnSearchPath(ShadowRebuild shadow) {
        return configurer -> configurer.eventProcessing(processing -> {
            for (String group : ShadowRebuild.groups()) {
                processing.registerHandlerInterceptor(group, configuration -> new SearchPath(group, shadow));
            }
        });
    }

    private record SearchPath(String group, ShadowRebuild shadow)
            implements MessageHandlerInterceptor<EventMessage<?>> {

        @Override
        public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain)
                throws Exception {
            unitOfWork.root().getOrComputeResource(ShadowTablesFirst.class.getName() + "/" + group, key -> {
                shadow.useShadowTables(group);
                return Boolean.TRUE;
            });
            return chain.proceed();
        }
    }
}
