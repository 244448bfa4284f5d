package org.tracseq.platform.security;

/** A bearer token that does not verify; the message says why (for the log and the 401's detail). */
public class InvalidTokenException extends Exception {
    public InvalidTokenException(String message) {
        super(message);
    }
}
