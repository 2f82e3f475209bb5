package org.tongxin.infra.linkage;

/** An escalation the office may not make now (already made, no peer configured, the clue still in intake): a 409. */
class EscalationRefused extends RuntimeException {

    enum Reason {
        NO_PEER("no higher committee is configured (tongxin.linkage.peer.base-url)"),
        ALREADY_ESCALATED("this item was escalated to the higher committee already"),
        CLUE_IN_INTAKE("classify the clue before escalating it");

        private final String detail;

        Reason(String detail) {
            this.detail = detail;
        }
    }

    private final Reason reason;

    EscalationRefused(Reason reason) {
        super(reason.detail);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
