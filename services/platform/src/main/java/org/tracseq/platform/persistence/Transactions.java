package org.tracseq.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * What must wait for the running transaction's end: a counter, a cache reload or a publication
 * that only a committed change may cause.
 */
@ApplicationScoped
public class Transactions {
    @Resource
    TransactionSynchronizationRegistry registry;

    /** Runs {@code action} once the running transaction commits (never if it rolls back); at once without one. */
    public void afterCommit(Runnable action) {
        if (registry.getTransactionKey() == null) {
            action.run();
            return;
        }
        whenEnded(status -> {
            if (status == Status.STATUS_COMMITTED) {
                action.run();
            }
        });
    }

    /** Runs {@code action} once the running transaction has ended, committed or rolled back. */
    public void afterEnd(Runnable action) {
        whenEnded(status -> action.run());
    }

    private void whenEnded(java.util.function.IntConsumer action) {
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // Nothing before: only the outcome matters.
            }

            @Override
            public void afterCompletion(int status) {
                action.accept(status);
            }
        });
    }
}
