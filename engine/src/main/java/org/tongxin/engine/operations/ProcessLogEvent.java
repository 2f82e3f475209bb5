package org.tongxin.engine.operations;

public sealed interface ProcessLogEvent permits IncidentRetried {

    ProcessLogId processLogId();
}
