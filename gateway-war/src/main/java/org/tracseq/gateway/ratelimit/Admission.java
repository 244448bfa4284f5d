package org.tracseq.gateway.ratelimit;

import java.util.Optional;

/**
 * What the gateway's one Redis call per request decided: the rate-limit verdict (none while rate
 * limiting is switched off) and whether the caller's token is on the revocation list.
 */
public record Admission(Optional<Decision> decision, boolean revoked) {}
