package org.tracseq.gateway.routing;

import jakarta.enterprise.context.Dependent;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the gateway reaches a route's instances: {@code tracseq.gateway.*} (the routes themselves are
 * {@link RouteTable}'s). Read once, when the beans using it start.
 */
@ConfigProperties(prefix = "tracseq.gateway")
@Dependent
public class RoutingSettings {
    /** Longest wait for a connection to an instance, and for a pooled one. */
    @ConfigProperty(name = "connect-timeout-ms", defaultValue = "2000")
    long connectTimeoutMs;

    /** Longest wait for an instance's next bytes; keep it at or below the shortest {@code @Timeout}. */
    @ConfigProperty(name = "read-timeout-ms", defaultValue = "30000")
    long readTimeoutMs;

    /** Kept-alive connections to one instance; as many as a route's bulkhead lets through. */
    @ConfigProperty(name = "connections-per-instance", defaultValue = "200")
    int connectionsPerInstance;

    /** Passive ejection: this many connection failures, timeouts or 502/503/504 in a row take an instance out ... */
    @ConfigProperty(name = "eject.after-failures", defaultValue = "3")
    int ejectAfterFailures;

    /** ... for this long. */
    @ConfigProperty(name = "eject.cooldown-ms", defaultValue = "10000")
    long ejectCooldownMs;

    /** How often self-registered instances are read from Redis. */
    @ConfigProperty(name = "registry-poll-ms", defaultValue = "1000")
    long registryPollMs;
}
