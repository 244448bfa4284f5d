package org.tracseq.platform.persistence;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import org.tracseq.platform.problem.ProblemException;

/**
 * Inside the transaction (Liberty's transaction interceptors have priority PLATFORM_BEFORE + 200):
 * a refusal marks the transaction for rollback, as a runtime exception would, and leaves as a
 * checked {@link RefusalInTransaction}. A refusal the method names in {@code dontRollbackOn} passes
 * as it is: Liberty commits and writes no incident for it.
 */
@QuietRefusals
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 201)
public class RefusalWrapping {
    @Resource
    TransactionSynchronizationRegistry registry;

    @AroundInvoke
    public Object refusalsRollBackQuietly(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (ProblemException refusal) {
            if (committedDespite(refusal, invocation)) {
                throw refusal;
            }
            if (registry.getTransactionKey() != null) {
                registry.setRollbackOnly();
            }
            throw new RefusalInTransaction(refusal);
        }
    }

    private static boolean committedDespite(ProblemException refusal, InvocationContext invocation) {
        Transactional transactional = invocation.getMethod().getAnnotation(Transactional.class);
        if (transactional == null) {
            transactional = invocation.getMethod().getDeclaringClass().getAnnotation(Transactional.class);
        }
        return transactional != null
                && Arrays.stream(transactional.dontRollbackOn()).anyMatch(type -> type.isInstance(refusal));
    }
}
