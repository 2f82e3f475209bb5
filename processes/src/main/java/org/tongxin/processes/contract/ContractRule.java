package org.tongxin.processes.contract;

/** The rules of the {@link BpmnContract}, one constant each, so a finding can be told in the reader's language. */
public enum ContractRule {
    NO_HISTORY_TTL,
    UNKNOWN_TASK_TYPE,
    CAMUNDA_CLASS,
    DELEGATE_NOT_ONE_BEAN,
    MISSING_DELEGATE_BEAN,
    LITERAL_TIMER,
    UNNAMED_MESSAGE,
    UNBRIDGED_MESSAGE
}
