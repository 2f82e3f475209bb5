package org.tongxin.processes.contract;

import java.util.Set;

/** Implemented by each event bridge: the BPMN message names it correlates. */
public interface CorrelatesMessages {

    Set<String> messageNames();
}
