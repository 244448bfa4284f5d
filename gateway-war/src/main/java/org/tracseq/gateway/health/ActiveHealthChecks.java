package org.tracseq.gateway.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.tracseq.gateway.balancing.Instance;
import org.tracseq.gateway.metrics.GatewayMetrics;
import org.tracseq.gateway.routing.Route;
import org.tracseq.gateway.routing.RouteTable;

/**
 * Asks every instance's {@code /health/ready} every {@code tracseq.gateway.health-check.interval-ms}:
 * {@code unhealthy-after} failed checks in a row take it out of its route, {@code healthy-after}
 * passed ones bring it back. Complements passive ejection, which reacts to live traffic.
 */
@ApplicationScoped
public class ActiveHealthChecks {
    private static final Logger LOG = Logger.getLogger(ActiveHealthChecks.class.getName());

    @Inject
    RouteTable routes;

    @Inject
    GatewayMetrics metrics;

    @Inject
    @ConfigProperties
    HealthCheckSettings settings;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1))
            .build();

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        scheduler.scheduleWithFixedDelay(
                this::checkAll, settings.intervalMs, settings.intervalMs, TimeUnit.MILLISECONDS);
    }

    void checkAll() {
        for (Route route : routes.all()) {
            for (Instance instance : route.instances()) {
                metrics.watch(route, instance);
                HttpRequest request = HttpRequest.newBuilder(settings.readinessUrl(instance))
                        .timeout(Duration.ofMillis(settings.timeoutMs))
                        .build();
                http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                        .handle((response, failure) -> failure == null && response.statusCode() == 200)
                        .thenAccept(passed -> {
                            if (instance.checked(passed, settings.unhealthyAfter, settings.healthyAfter)) {
                                LOG.info(() -> route.name() + " instance " + instance + " is now "
                                        + (passed ? "healthy" : "unhealthy") + " by its readiness checks");
                            }
                        });
            }
        }
    }
}
