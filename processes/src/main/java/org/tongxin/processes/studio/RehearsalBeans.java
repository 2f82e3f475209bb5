package org.tongxin.processes.studio;

import java.util.function.Function;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.ListableBeanFactory;

/**
 * The beans a draft's expressions may reach in a rehearsal: the processes module's own helpers (deadlines,
 * candidate groups), never a delegate or a listener, and nothing else of the application — a rehearsal must leave
 * live data untouched.
 */
public final class RehearsalBeans {

    private static final String OWN_PACKAGE = "org.tongxin.processes.";

    private RehearsalBeans() {}

    public static Function<String, Object> of(ListableBeanFactory beans) {
        return name -> {
            if (!beans.containsBean(name)) {
                return null;
            }
            Class<?> type = beans.getType(name);
            if (type == null
                    || !type.getName().startsWith(OWN_PACKAGE)
                    || JavaDelegate.class.isAssignableFrom(type)
                    || ExecutionListener.class.isAssignableFrom(type)
                    || TaskListener.class.isAssignableFrom(type)) {
                return null;
            }
            return beans.getBean(name);
        };
    }
}
