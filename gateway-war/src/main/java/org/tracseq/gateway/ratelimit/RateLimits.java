package org.tracseq.gateway.ratelimit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Gauge;
import org.tracseq.gateway.security.RedisRevocations;
import org.tracseq.platform.redis.Redis;
import org.tracseq.platform.security.RevocationList;
import org.tracseq.platform.security.VerifiedToken;

/**
 * The gateway's limits per route class, from configuration:
 * {@code tracseq.ratelimit.<login|read|write>.requests} per
 * {@code tracseq.ratelimit.<class>.period-seconds}, counted per caller (the token's subject, or the
 * client address without a valid token), together with the revocation check of the caller's token.
 */
@ApplicationScoped
public class RateLimits {
    @Inject
    Redis redis;

    /** Asked only while rate limiting is off; otherwise the limiter's script checks revocations. */
    @Inject
    RedisRevocations revocations;

    @Inject
    @ConfigProperties
    RateLimitSettings settings;

    private final Map<RouteClass, Limit> limits = new EnumMap<>(RouteClass.class);
    private boolean enabled;
    private RateLimiter limiter;

    @PostConstruct
    void configure() {
        for (RouteClass routeClass : RouteClass.values()) {
            limits.put(routeClass, settings.limitOf(routeClass));
        }
        enabled = settings.enabled;
        limiter = new RateLimiter(redis.client(), Duration.ofMillis(settings.redisRetryMs), System::currentTimeMillis);
    }

    /**
     * Counts one request and checks the caller's token against the revocation list, in one Redis
     * call. A revoked token's request is counted against the client address, as a request without
     * a valid token is, so a revoked token cannot use up its owner's limit.
     *
     * @param caller        the verified token, or null without one
     * @param clientAddress what a request without a valid token is limited by
     */
    public Admission admit(RouteClass routeClass, VerifiedToken caller, String clientAddress) {
        Limit limit = limits.get(routeClass);
        String addressKey = key(routeClass, "ip:" + clientAddress);
        if (caller == null) {
            return new Admission(enabled ? Optional.of(limiter.acquire(addressKey, limit)) : Optional.empty(), false);
        }
        if (!enabled) {
            return new Admission(Optional.empty(), revocations.isRevoked(caller));
        }
        Optional<Decision> decision = limiter.acquireUnlessRevoked(
                key(routeClass, "sub:" + caller.getSubject()), limit, RevocationList.keysOf(caller));
        return decision.map(verdict -> new Admission(Optional.of(verdict), false))
                .orElseGet(() -> new Admission(Optional.of(limiter.acquire(addressKey, limit)), true));
    }

    /** The Redis key that counts {@code caller}'s requests of {@code routeClass}, e.g. {@code sub:<subject>}. */
    public static String key(RouteClass routeClass, String caller) {
        return "tracseq:ratelimit:" + routeClass.configName() + ":" + caller;
    }

    /** 1 while limits are shared through Redis, 0 while each gateway keeps its own (Redis away). */
    @Gauge(
            name = "tracseq_gateway_ratelimit_shared",
            absolute = true,
            unit = MetricUnits.NONE,
            description = "1 while rate limits are shared through Redis, 0 while kept per instance (degraded)")
    public long shared() {
        return limiter.sharedThroughRedis() ? 1 : 0;
    }

    public boolean sharedThroughRedis() {
        return limiter.sharedThroughRedis();
    }
}
