package org.tongxin.processes.contract;

/** One broken rule of the contract, named by the BPMN element it concerns. */
public record ContractViolation(String elementId, ContractRule rule, String message) {

    @Override
    public String toString() {
        return elementId + ": " + message;
    }
}
