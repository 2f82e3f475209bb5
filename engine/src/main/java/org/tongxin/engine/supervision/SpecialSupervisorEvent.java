package org.tongxin.engine.supervision;

public sealed interface SpecialSupervisorEvent
        permits SpecialSupervisorAppointed, SpecialSupervisorTermEnded, SupervisorFindingRecorded {

    SpecialSupervisorId supervisorId();
}
