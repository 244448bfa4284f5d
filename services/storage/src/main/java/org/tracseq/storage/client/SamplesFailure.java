package org.tracseq.storage.client;

/** The samples service could not be reached or failed (5xx, 429): worth retrying, counts against its breaker. */
public class SamplesFailure extends RuntimeException {
    public SamplesFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
