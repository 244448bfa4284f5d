package org.tracseq.gateway.routing;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The routes from configuration: {@code tracseq.routes} lists the names and
 * {@code tracseq.route.<name>.url} gives each one's base URL (environment variables such as
 * {@code TRACSEQ_ROUTE_SAMPLES_URL} override them).
 */
@ApplicationScoped
public class RouteTable {
    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "tracseq.routes")
    List<String> names;

    private final Map<String, Route> routes = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        for (String name : names) {
            String url = config.getValue("tracseq.route." + name + ".url", String.class);
            routes.put(name, new Route(name, URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url)));
        }
    }

    public Optional<Route> find(String name) {
        return Optional.ofNullable(routes.get(name));
    }

    public List<Route> all() {
        return List.copyOf(routes.values());
    }
}
