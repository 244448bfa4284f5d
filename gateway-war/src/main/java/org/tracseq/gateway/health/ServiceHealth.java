package org.tracseq.gateway.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tracseq.gateway.routing.Route;
import org.tracseq.gateway.routing.RouteTable;

/** Asks every routed service's server for its readiness, all at once, and sums up. */
@ApplicationScoped
public class ServiceHealth {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Inject
    RouteTable routes;

    @Inject
    @ConfigProperty(name = "tracseq.gateway.health-timeout-ms", defaultValue = "2000")
    long timeoutMs;

    /** {@code {"status": "UP"|"DOWN", "services": {"samples": {"status": ..., "checks": [...]}}}} */
    public JsonObject report() {
        List<Route> all = routes.all();
        List<CompletableFuture<JsonObject>> probes = all.stream().map(this::probe).toList();
        JsonObjectBuilder services = Json.createObjectBuilder();
        boolean allUp = true;
        for (int i = 0; i < all.size(); i++) {
            JsonObject service = probes.get(i).join();
            allUp &= "UP".equals(service.getString("status"));
            services.add(all.get(i).name(), service);
        }
        return Json.createObjectBuilder().add("status", allUp ? "UP" : "DOWN").add("services", services).build();
    }

    private CompletableFuture<JsonObject> probe(Route route) {
        HttpRequest request = HttpRequest.newBuilder(route.readinessUrl()).timeout(Duration.ofMillis(timeoutMs)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> {
                    JsonObject body = Json.createReader(new StringReader(response.body())).readObject();
                    return Json.createObjectBuilder()
                            .add("status", response.statusCode() == 200 ? "UP" : "DOWN")
                            .add("url", route.baseUrl().toString())
                            .add("checks", body.getJsonArray("checks"))
                            .build();
                })
                .exceptionally(failure -> Json.createObjectBuilder()
                        .add("status", "DOWN")
                        .add("url", route.baseUrl().toString())
                        .add("error", String.valueOf(failure.getCause() == null ? failure : failure.getCause()))
                        .build());
    }
}
