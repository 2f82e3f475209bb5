package org.tongxin.engine.design;

import org.tongxin.engine.shared.Command;

public sealed interface ProcessDesignCommand extends Command
        permits RecordDeployment, RecordMigration, RecordRehearsal {

    ProcessKey processKey();
}
