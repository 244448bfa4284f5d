package org.tracseq.platform.client;

import org.tracseq.platform.problem.Problem;

/** Another service answered with an error; carries its status and problem document. */
public class RemoteProblemException extends RuntimeException {
    private final int status;
    private final transient Problem problem;

    public RemoteProblemException(int status, Problem problem) {
        super("Remote call failed with " + status
                + (problem == null || problem.getDetail() == null ? "" : ": " + problem.getDetail()));
        this.status = status;
        this.problem = problem;
    }

    public int status() {
        return status;
    }

    public Problem problem() {
        return problem;
    }

    /** 5xx and 429 are worth retrying elsewhere or later; 4xx is the caller's own mistake. */
    public boolean isTransient() {
        return status >= 500 || status == 429;
    }
}
