package org.tracseq.gateway.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.tracseq.gateway.routing.RouteTable;

/**
 * The gateway can route once its route table is loaded. Deliberately not tied to the services'
 * health: one service down must not take the whole front door out of a load balancer.
 */
@Readiness
@ApplicationScoped
public class RouteTableReadinessCheck implements HealthCheck {
    @Inject
    RouteTable routes;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("gateway-routes")
                .withData("routes", routes.all().size())
                .status(!routes.all().isEmpty())
                .build();
    }
}
