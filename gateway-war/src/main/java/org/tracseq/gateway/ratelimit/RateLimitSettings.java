package org.tracseq.gateway.ratelimit;

import jakarta.enterprise.context.Dependent;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The gateway's rate limits, per {@link RouteClass}: {@code tracseq.ratelimit.*}. Read once, when
 * {@link RateLimits} starts.
 */
@ConfigProperties(prefix = "tracseq.ratelimit")
@Dependent
public class RateLimitSettings {
    /** Off: no request is counted, and the revocation list is asked on its own. */
    @ConfigProperty(name = "enabled", defaultValue = "true")
    boolean enabled;

    /** While Redis is away, how often it is tried again (meanwhile each gateway counts alone). */
    @ConfigProperty(name = "redis-retry-ms", defaultValue = "1000")
    long redisRetryMs;

    /** Requests obtaining a token (login, refresh, API-key exchange, setup) per period and caller. */
    @ConfigProperty(name = "login.requests", defaultValue = "20")
    long loginRequests;

    /** The login limit's period. */
    @ConfigProperty(name = "login.period-seconds", defaultValue = "60")
    long loginPeriodSeconds;

    /** Reads (GET, HEAD, OPTIONS) per period and caller. */
    @ConfigProperty(name = "read.requests", defaultValue = "1200")
    long readRequests;

    /** The read limit's period. */
    @ConfigProperty(name = "read.period-seconds", defaultValue = "60")
    long readPeriodSeconds;

    /** Every other request per period and caller. */
    @ConfigProperty(name = "write.requests", defaultValue = "300")
    long writeRequests;

    /** The write limit's period. */
    @ConfigProperty(name = "write.period-seconds", defaultValue = "60")
    long writePeriodSeconds;

    Limit limitOf(RouteClass routeClass) {
        return switch (routeClass) {
            case LOGIN -> new Limit(loginRequests, Duration.ofSeconds(loginPeriodSeconds));
            case READ -> new Limit(readRequests, Duration.ofSeconds(readPeriodSeconds));
            case WRITE -> new Limit(writeRequests, Duration.ofSeconds(writePeriodSeconds));
        };
    }
}
