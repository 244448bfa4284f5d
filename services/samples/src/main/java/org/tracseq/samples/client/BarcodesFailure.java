package org.tracseq.samples.client;

/** The barcodes service could not be reached or failed (5xx, 429): worth retrying, counts against its breaker. */
public class BarcodesFailure extends RuntimeException {
    public BarcodesFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
