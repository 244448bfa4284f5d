package org.tracseq.platform.client;

/**
 * Another service could not be reached or failed (5xx, 429): worth retrying, and counts against
 * that service's circuit breaker. A refusal of the request itself (4xx) is a
 * {@link RemoteProblemException} instead, which is neither retried nor counted.
 */
public class RemoteServiceFailure extends RuntimeException {
    private final String service;

    public RemoteServiceFailure(String service, String message, Throwable cause) {
        super(message, cause);
        this.service = service;
    }

    /** The service that failed, as named in its contract ({@code samples}, {@code barcodes}). */
    public String service() {
        return service;
    }
}
