package org.tongxin.engine.operations;

import org.tongxin.engine.shared.Command;

public sealed interface ProcessLogCommand extends Command permits RecordIncidentRetry {

    ProcessLogId processLogId();
}
