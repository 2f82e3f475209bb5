package org.tongxin.infra.bench;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * The SQL statements one thread sends to the database while it records (datasource-proxy around the application's
 * data source): each execution or batch is one round trip, whatever other threads (event processors, the job
 * executor) send meanwhile is not counted.
 */
public final class Statements implements QueryExecutionListener {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();
    // savepoints are connection calls, not statements, yet each is a round trip of its own
    private static final ThreadLocal<List<String>> SAVEPOINTS = new ThreadLocal<>();
    private static final Pattern LITERALS = Pattern.compile("\\s+");

    /** Wraps the application's data source when the context builds it (a test configuration's bean). */
    public static BeanPostProcessor wrapping() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource && "dataSource".equals(name)
                        ? ProxyDataSourceBuilder.create(dataSource)
                                .name("counted")
                                .listener(new Statements())
                                .methodListener(new Savepoints())
                                .build()
                        : bean;
            }
        };
    }

    /** The statements {@code call} sent from this thread, in order. */
    public static Recorded record(Latencies.Timed<?> call) throws Exception {
        List<String> sent = new ArrayList<>();
        List<String> savepoints = new ArrayList<>();
        List<String> outer = RECORDING.get();
        List<String> outerSavepoints = SAVEPOINTS.get();
        RECORDING.set(sent);
        SAVEPOINTS.set(savepoints);
        try {
            call.run();
        } finally {
            RECORDING.set(outer);
            SAVEPOINTS.set(outerSavepoints);
            if (outer != null) {
                outer.addAll(sent);
            }
            if (outerSavepoints != null) {
                outerSavepoints.addAll(savepoints);
            }
        }
        return new Recorded(List.copyOf(sent), List.copyOf(savepoints));
    }

    /** Records the savepoints set, released and rolled back to on this thread's connections. */
    private static final class Savepoints implements MethodExecutionListener {

        @Override
        public void beforeMethod(MethodExecutionContext context) {}

        @Override
        public void afterMethod(MethodExecutionContext context) {
            List<String> savepoints = SAVEPOINTS.get();
            if (savepoints == null || !(context.getTarget() instanceof Connection)) {
                return;
            }
            String method = context.getMethod().getName();
            Object[] args = context.getMethodArgs();
            if (method.equals("setSavepoint")) {
                savepoints.add("SAVEPOINT");
            } else if (method.equals("releaseSavepoint")) {
                savepoints.add("RELEASE SAVEPOINT");
            } else if (method.equals("rollback") && args != null && args.length == 1) {
                savepoints.add("ROLLBACK TO SAVEPOINT");
            }
        }
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {}

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        List<String> sent = RECORDING.get();
        if (sent != null) {
            sent.add(
                    queries.isEmpty()
                            ? "?"
                            : LITERALS.matcher(queries.get(0).getQuery())
                                    .replaceAll(" ")
                                    .trim());
        }
    }

    /** What one recorded call sent. */
    public record Recorded(List<String> statements, List<String> savepoints) {

        public int count() {
            return statements.size();
        }

        /** The statements by text, most frequent first, for a report or a failing assertion's message. */
        public String byText() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            statements.forEach(s -> counts.merge(s.length() > 160 ? s.substring(0, 160) + "…" : s, 1, Integer::sum));
            StringBuilder text = new StringBuilder();
            counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(e -> text.append(String.format("%4d × %s%n", e.getValue(), e.getKey())));
            return text.toString();
        }
    }
}
