package org.tracseq.auth.service;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.tracseq.auth.persistence.ServicePrincipalRepository;
import org.tracseq.auth.persistence.SessionRepository;
import org.tracseq.auth.token.TokenPolicy;
import org.tracseq.platform.persistence.Transactions;
import org.tracseq.platform.security.RevocationList;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Puts revoked sessions and service principals on the Redis revocation list the gateway checks, so
 * a logout or disable stops the tokens at once everywhere, not when they expire. Each revocation is
 * published right after its transaction commits; in case Redis missed it (down, restarted empty),
 * every revocation still within a token lifetime is published again every
 * {@code tracseq.revocations.sweep-seconds}. Redis being down never fails a logout: the auth
 * service's own check and token expiry still hold.
 */
@ApplicationScoped
public class RevocationRelay {
    private static final Logger LOG = Logger.getLogger(RevocationRelay.class.getName());

    @Inject
    RevocationList list;

    @Inject
    @ConfigProperties
    AuthSettings settings;

    @Inject
    TokenPolicy tokens;

    @Inject
    Clock clock;

    @Inject
    SessionRepository sessions;

    @Inject
    ServicePrincipalRepository principals;

    @Inject
    Transactions transactions;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** Call inside the transaction that revoked them. */
    public void sessionsRevoked(Collection<UUID> sessionIds) {
        afterCommit(() -> list.revokeSessions(strings(sessionIds), tokenLifetime()));
    }

    /** Call inside the transaction that revoked it. */
    public void principalRevoked(UUID principalId) {
        afterCommit(() -> list.revokeSubjects(List.of(principalId.toString()), tokenLifetime()));
    }

    void startSweeping(
            @Observes @Priority(Interceptor.Priority.APPLICATION + 2000) @Initialized(ApplicationScoped.class)
                    Object ignored) {
        scheduler.scheduleWithFixedDelay(
                this::sweep, 0, settings.revocationSweep().toSeconds(), TimeUnit.SECONDS);
    }

    /** Reads outside any transaction: each query sees what is committed. */
    void sweep() {
        Instant since = clock.instant().minus(tokenLifetime());
        publish(() -> {
            list.revokeSessions(strings(sessions.revokedSince(since)), tokenLifetime());
            list.revokeSubjects(strings(principals.revokedSince(since)), tokenLifetime());
        });
    }

    /** As long as a token issued before the revocation can live. */
    private Duration tokenLifetime() {
        return tokens.keyOverlap();
    }

    private void afterCommit(Runnable publication) {
        transactions.afterCommit(() -> publish(publication));
    }

    private static void publish(Runnable publication) {
        try {
            publication.run();
        } catch (JedisException e) {
            LOG.warning("Revocations could not be published to Redis (the next sweep retries): " + e);
        }
    }

    private static List<String> strings(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).toList();
    }
}
