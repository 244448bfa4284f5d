package org.tracseq.auth.domain;

/** Where a request came from, for sessions and the audit log; every part may be unknown (null). */
public record Origin(String ip, String userAgent, String requestId) {
    public static final Origin INTERNAL = new Origin(null, null, null);
}
