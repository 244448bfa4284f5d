package org.tracseq.platform.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tracseq.platform.redis.Redis;

/**
 * Every service (and the gateway) refuses tokens on the Redis revocation list itself, from a copy
 * kept current by a subscription ({@link RevocationMirror}), started with the application on a
 * Liberty managed thread and stopped with it. No service needs code of its own for it.
 */
@ApplicationScoped
public class MirroredRevocations implements TokenRevocations {
    @Inject
    Redis redis;

    @Inject
    @ConfigProperty(name = "tracseq.service.name")
    String service;

    /** How often the subscription is pinged; it is given up after three heartbeats without an answer. */
    @Inject
    @ConfigProperty(name = "tracseq.revocations.heartbeat-millis", defaultValue = "1000")
    long heartbeatMillis;

    @Resource
    ManagedThreadFactory threads;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private RevocationMirror mirror;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        mirror = new RevocationMirror(
                redis.client(),
                () -> redis.dedicatedConnection("tracseq-revocations-" + service),
                threads,
                scheduler,
                Clock.systemUTC(),
                Duration.ofMillis(heartbeatMillis));
        mirror.start();
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
        mirror.close();
    }

    @Override
    public boolean isRevoked(VerifiedToken token) {
        return mirror.isRevoked(RevocationList.keysOf(token));
    }
}
