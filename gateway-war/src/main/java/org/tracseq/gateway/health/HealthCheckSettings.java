package org.tracseq.gateway.health;

import jakarta.enterprise.context.Dependent;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tracseq.gateway.balancing.Instance;

/** How the gateway asks instances for their readiness: {@code tracseq.gateway.health-*}. Read once, at start. */
@ConfigProperties(prefix = "tracseq.gateway")
@Dependent
public class HealthCheckSettings {
    /** How often every instance is asked, by the active checks. */
    @ConfigProperty(name = "health-check.interval-ms", defaultValue = "2000")
    long intervalMs;

    /** Failed checks in a row that take an instance out of its route. */
    @ConfigProperty(name = "health-check.unhealthy-after", defaultValue = "2")
    int unhealthyAfter;

    /** Passed checks in a row that bring it back. */
    @ConfigProperty(name = "health-check.healthy-after", defaultValue = "1")
    int healthyAfter;

    /** Longest wait for one instance's answer, in the active checks and in {@code /api/health}. */
    @ConfigProperty(name = "health-timeout-ms", defaultValue = "2000")
    long timeoutMs;

    /**
     * The port the instances answer readiness on when it is not their service port: the management
     * port of servers that include tracseq-management.xml (the same in every container); 0 = the
     * instance's own port.
     */
    @ConfigProperty(name = "health-port", defaultValue = "0")
    int port;

    URI readinessUrl(Instance instance) {
        return instance.readinessUrl(port);
    }
}
