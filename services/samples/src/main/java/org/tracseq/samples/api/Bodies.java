package org.tracseq.samples.api;

import org.tracseq.platform.problem.ProblemException;

/** JAX-RS hands a resource null for an empty body; every endpoint that needs one says so the same way. */
final class Bodies {
    private Bodies() {}

    static <T> T required(T body) {
        if (body == null) {
            throw ProblemException.badRequest("This request needs a JSON body");
        }
        return body;
    }
}
