package org.tongxin.infra.axon;

import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;

/**
 * Axon's transaction manager, except that rolling back a unit of work that merely joined an outer transaction
 * marks that outer transaction rollback-only. Axon's own skips the rollback when the transaction is not new, so a
 * caller that catches the command's exception would commit the rest of the work (ADR 1, replaced default 2).
 */
class JoiningSpringTransactionManager extends SpringTransactionManager {

    private final PlatformTransactionManager transactionManager;

    JoiningSpringTransactionManager(PlatformTransactionManager transactionManager) {
        super(transactionManager);
        this.transactionManager = transactionManager;
    }

    @Override
    protected void rollbackTransaction(TransactionStatus status) {
        // For a participating transaction, Spring's rollback sets the outer transaction rollback-only.
        if (!status.isCompleted()) {
            transactionManager.rollback(status);
        }
    }
}
