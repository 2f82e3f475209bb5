package org.tongxin.engine.supervision;

import org.tongxin.engine.shared.Command;

public sealed interface SpecialSupervisorCommand extends Command
        permits AppointSpecialSupervisor, EndSpecialSupervisorTerm, RecordSupervisorFinding {

    SpecialSupervisorId supervisorId();
}
