package org.tracseq.platform.persistence;

import org.tracseq.platform.problem.ProblemException;

/**
 * A refusal carried through Liberty's transaction interceptor as a checked exception, which it lets
 * pass without an FFDC incident; {@link RefusalUnwrapping} throws the refusal itself again outside.
 */
final class RefusalInTransaction extends Exception {
    private final ProblemException refusal;

    RefusalInTransaction(ProblemException refusal) {
        super(refusal.getMessage(), refusal, false, false);
        this.refusal = refusal;
    }

    /** The refusal {@code failure} carries (Liberty wraps an undeclared checked exception), else itself. */
    static Exception unwrapped(Exception failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RefusalInTransaction carried) {
                return carried.refusal;
            }
        }
        return failure;
    }
}
