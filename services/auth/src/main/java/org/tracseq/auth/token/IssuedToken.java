package org.tracseq.auth.token;

import java.time.Instant;

/** A signed access token, its id ({@code jti}) and its expiry. */
public record IssuedToken(String jwt, String jwtId, Instant expiresAt) {}
