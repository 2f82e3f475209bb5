package org.tongxin.infra.directory;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.processes.proposal.DepartmentNames;

/** Department names from the {@code department} table; an unknown code is shown as it is. */
@Component
public class DepartmentDirectory implements DepartmentNames {

    private final JdbcClient jdbc;

    DepartmentDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every department's code, in code order, for choosers. */
    public List<String> codes() {
        return jdbc.sql("SELECT code FROM department ORDER BY code")
                .query(String.class)
                .list();
    }

    @Override
    public String nameOf(DepartmentCode department) {
        return jdbc.sql("SELECT name_zh FROM department WHERE code = :c")
                .param("c", department.value())
                .query(String.class)
                .optional()
                .orElse(department.value());
    }
}
