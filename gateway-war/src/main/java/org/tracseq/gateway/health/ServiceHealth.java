package org.tracseq.gateway.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.tracseq.gateway.balancing.Instance;
import org.tracseq.gateway.routing.Route;
import org.tracseq.gateway.routing.RouteTable;

/**
 * Asks every instance of every route for its readiness, all at once, and sums up: a service is UP
 * while at least one instance is ready, and each instance shows the gateway's own view of it too
 * (ejected, failing its active checks).
 */
@ApplicationScoped
public class ServiceHealth {
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Inject
    RouteTable routes;

    @Inject
    @ConfigProperties
    HealthCheckSettings settings;

    /**
     * {@code {"status": "UP"|"DOWN", "services": {"samples": {"status": ..., "balancer": ...,
     * "instances": [{"url": ..., "status": ..., "gateway": "available"|"ejected"|"failing-checks", ...}]}}}}
     */
    public JsonObject report() {
        Map<Route, List<CompletableFuture<JsonObject>>> probes = new LinkedHashMap<>();
        routes.all()
                .forEach(route -> probes.put(
                        route, route.instances().stream().map(this::probe).toList()));
        JsonObjectBuilder services = Json.createObjectBuilder();
        boolean allUp = true;
        for (var entry : probes.entrySet()) {
            JsonArrayBuilder instances = Json.createArrayBuilder();
            boolean anyUp = false;
            for (CompletableFuture<JsonObject> probe : entry.getValue()) {
                JsonObject instance = probe.join();
                anyUp |= "UP".equals(instance.getString("status"));
                instances.add(instance);
            }
            allUp &= anyUp;
            services.add(
                    entry.getKey().name(),
                    Json.createObjectBuilder()
                            .add("status", anyUp ? "UP" : "DOWN")
                            .add("balancer", entry.getKey().balancerName())
                            .add("instances", instances));
        }
        return Json.createObjectBuilder()
                .add("status", allUp ? "UP" : "DOWN")
                .add("services", services)
                .build();
    }

    private CompletableFuture<JsonObject> probe(Instance instance) {
        HttpRequest request = HttpRequest.newBuilder(settings.readinessUrl(instance))
                .timeout(Duration.ofMillis(settings.timeoutMs))
                .build();
        JsonObjectBuilder view = Json.createObjectBuilder()
                .add("url", instance.baseUrl().toString())
                .add("source", instance.source())
                .add("gateway", instance.state(System.currentTimeMillis()))
                .add("inFlight", instance.inFlight());
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> view.add("status", response.statusCode() == 200 ? "UP" : "DOWN")
                        .add(
                                "checks",
                                Json.createReader(new StringReader(response.body()))
                                        .readObject()
                                        .getJsonArray("checks"))
                        .build())
                .exceptionally(failure -> view.add("status", "DOWN")
                        .add("error", String.valueOf(failure.getCause() == null ? failure : failure.getCause()))
                        .build());
    }
}
