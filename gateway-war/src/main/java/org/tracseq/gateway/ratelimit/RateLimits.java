package org.tracseq.gateway.ratelimit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.annotation.Gauge;
import org.tracseq.platform.redis.Redis;

/**
 * The gateway's limits per route class, from configuration:
 * {@code tracseq.ratelimit.<login|read|write>.requests} per
 * {@code tracseq.ratelimit.<class>.period-seconds}, counted per caller (the token's subject, or the
 * client address without a valid token).
 */
@ApplicationScoped
public class RateLimits {
    private static final Map<RouteClass, Limit> DEFAULTS = Map.of(
            RouteClass.LOGIN, new Limit(20, Duration.ofMinutes(1)),
            RouteClass.READ, new Limit(1200, Duration.ofMinutes(1)),
            RouteClass.WRITE, new Limit(300, Duration.ofMinutes(1)));

    @Inject
    Redis redis;

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "tracseq.ratelimit.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "tracseq.ratelimit.redis-retry-ms", defaultValue = "1000")
    long redisRetryMs;

    private final Map<RouteClass, Limit> limits = new EnumMap<>(RouteClass.class);
    private RateLimiter limiter;

    @PostConstruct
    void configure() {
        for (RouteClass routeClass : RouteClass.values()) {
            String prefix = "tracseq.ratelimit." + routeClass.configName() + ".";
            Limit fallback = DEFAULTS.get(routeClass);
            long requests = config.getOptionalValue(prefix + "requests", Long.class).orElse(fallback.requests());
            long seconds = config.getOptionalValue(prefix + "period-seconds", Long.class)
                    .orElse(fallback.period().toSeconds());
            limits.put(routeClass, new Limit(requests, Duration.ofSeconds(seconds)));
        }
        limiter = new RateLimiter(redis.client(), Duration.ofMillis(redisRetryMs), System::currentTimeMillis);
    }

    /** Counts one request; empty when rate limiting is switched off. */
    public Optional<Decision> acquire(RouteClass routeClass, String caller) {
        if (!enabled) {
            return Optional.empty();
        }
        return Optional.of(limiter.acquire("tracseq:ratelimit:" + routeClass.configName() + ":" + caller,
                limits.get(routeClass)));
    }

    /** 1 while limits are shared through Redis, 0 while each gateway keeps its own (Redis away). */
    @Gauge(name = "gateway_ratelimit_shared", unit = "none",
            description = "1 while rate limits are shared through Redis, 0 while kept per instance (degraded)")
    public long shared() {
        return limiter.sharedThroughRedis() ? 1 : 0;
    }

    public boolean sharedThroughRedis() {
        return limiter.sharedThroughRedis();
    }
}
