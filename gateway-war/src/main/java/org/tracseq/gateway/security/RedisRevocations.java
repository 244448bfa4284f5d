package org.tracseq.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.tracseq.platform.security.RevocationList;
import org.tracseq.platform.security.TokenRevocations;
import org.tracseq.platform.security.VerifiedToken;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The gateway refuses tokens the auth service has revoked (logout, disable, password change, revoked
 * API key) from the Redis revocation list, so they stop working at once rather than at expiry.
 * If Redis cannot be asked, the token is let through (it still verified, and every service checks
 * it again): an outage of the list must not become an outage of the whole API. That is logged.
 */
@ApplicationScoped
public class RedisRevocations implements TokenRevocations {
    private static final Logger LOG = Logger.getLogger(RedisRevocations.class.getName());
    private static final Duration WARN_EVERY = Duration.ofSeconds(30);

    @Inject
    RevocationList revocations;

    private final AtomicReference<Instant> lastWarning = new AtomicReference<>(Instant.EPOCH);

    @Override
    public boolean isRevoked(VerifiedToken token) {
        try {
            return revocations.isRevoked(token);
        } catch (JedisException e) {
            Instant now = Instant.now();
            Instant last = lastWarning.get();
            if (now.isAfter(last.plus(WARN_EVERY)) && lastWarning.compareAndSet(last, now)) {
                LOG.warning("The revocation list in Redis cannot be read; tokens are accepted until it can: " + e);
            }
            return false;
        }
    }
}
