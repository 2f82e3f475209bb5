package org.tongxin.processes.proposal;

import org.tongxin.engine.shared.DepartmentCode;

/** The name people know a department by (交通运输局), for texts citizens read; the wiring looks it up. */
public interface DepartmentNames {

    String nameOf(DepartmentCode department);
}
