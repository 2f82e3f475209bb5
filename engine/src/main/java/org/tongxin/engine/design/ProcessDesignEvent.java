package org.tongxin.engine.design;

public sealed interface ProcessDesignEvent permits ProcessVersionDeployed, ProcessInstancesMigrated, DraftRehearsed {

    ProcessKey processKey();
}
