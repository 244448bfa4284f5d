package org.tracseq.gateway.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.tracseq.gateway.ratelimit.RateLimits;

/**
 * Where rate limits are kept. Always UP: with Redis away the gateway keeps serving with limits per
 * instance, and says so here ({@code degraded}) and in the {@code gateway_ratelimit_shared} gauge.
 */
@Readiness
@ApplicationScoped
public class RateLimitsReadinessCheck implements HealthCheck {
    @Inject
    RateLimits rateLimits;

    @Override
    public HealthCheckResponse call() {
        boolean shared = rateLimits.sharedThroughRedis();
        return HealthCheckResponse.named("gateway-rate-limits")
                .withData("store", shared ? "redis" : "local")
                .withData("degraded", !shared)
                .up()
                .build();
    }
}
