package org.tracseq.gateway.routing;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.tracseq.gateway.balancing.Instance;

/**
 * The routes from configuration: {@code tracseq.routes} lists the names, and per name
 * {@code tracseq.route.<name>.url} (one instance) or {@code .urls} (several, comma-separated) with
 * optional {@code .weights}, {@code .balancer} (default {@code round_robin}) and
 * {@code .hash-header} (what {@code consistent_hash} keys on; the caller's subject by default),
 * {@code .monolith-url} (the same service inside the all-in-one server, for gradual migration) and
 * {@code .mode} (where traffic goes until changed at run time, see {@code MigrationFlags}).
 * Environment variables such as {@code TRACSEQ_ROUTE_SAMPLES_URLS} override them. Instances that
 * register themselves in Redis join their route at run time ({@link Registrations}).
 */
@ApplicationScoped
public class RouteTable {
    /** Names under {@code /api/} that are the gateway's own resources (health, admin, the API document), never routes. */
    public static final Set<String> GATEWAY_OWN = Set.of("health", "admin", "openapi", "docs");
    /** The key listing the route names (its value in microprofile-config.properties, beside the routes' URLs). */
    public static final String ROUTES = "tracseq.routes";

    /** Looked up by key, as the route names make the keys; once, at start. */
    @Inject
    Config config;

    private final Map<String, Route> routes = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        for (String name : config.getValues(ROUTES, String.class)) {
            if (GATEWAY_OWN.contains(name)) {
                throw new IllegalStateException(
                        "tracseq.routes: " + name + " is the gateway's own /api/" + name + " and cannot be a route");
            }
            String prefix = "tracseq.route." + name + ".";
            List<String> urls = config.getOptionalValues(prefix + "urls", String.class)
                    .orElseGet(() -> config.getOptionalValue(prefix + "url", String.class)
                            .map(List::of)
                            .orElse(List.of()));
            List<Integer> weights =
                    config.getOptionalValues(prefix + "weights", Integer.class).orElse(List.of());
            List<Instance> instances = new ArrayList<>();
            for (int i = 0; i < urls.size(); i++) {
                instances.add(new Instance(baseUrl(urls.get(i)), i < weights.size() ? weights.get(i) : 1, "static"));
            }
            Instance monolith = config.getOptionalValue(prefix + "monolith-url", String.class)
                    .map(url -> new Instance(baseUrl(url), 1, "monolith"))
                    .orElse(null);
            routes.put(
                    name,
                    new Route(
                            name,
                            instances,
                            config.getOptionalValue(prefix + "balancer", String.class)
                                    .orElse("round_robin"),
                            config.getOptionalValue(prefix + "hash-header", String.class)
                                    .orElse(null),
                            monolith));
        }
    }

    private static URI baseUrl(String url) {
        String trimmed = url.trim();
        return URI.create(trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed);
    }

    public Optional<Route> find(String name) {
        return Optional.ofNullable(routes.get(name));
    }

    public List<Route> all() {
        return List.copyOf(routes.values());
    }
}
