package org.tracseq.platform.persistence;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Outside the transaction: the caller receives the refusal {@link RefusalWrapping} carried out. */
@QuietRefusals
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 199)
public class RefusalUnwrapping {
    @AroundInvoke
    public Object refusalAsThrown(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (Exception failure) {
            throw RefusalInTransaction.unwrapped(failure);
        }
    }
}
