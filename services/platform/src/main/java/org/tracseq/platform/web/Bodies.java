package org.tracseq.platform.web;

import org.tracseq.platform.problem.ProblemException;

/** JAX-RS hands a resource null for an empty body; every endpoint that needs one says so the same way. */
public final class Bodies {
    private Bodies() {}

    public static <T> T required(T body) {
        if (body == null) {
            throw ProblemException.badRequest("This request needs a JSON body");
        }
        return body;
    }
}
