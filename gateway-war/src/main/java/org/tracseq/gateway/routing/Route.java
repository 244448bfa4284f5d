package org.tracseq.gateway.routing;

import java.net.URI;

/**
 * A public prefix {@code /api/<name>} and the base URL of the service behind it, e.g.
 * {@code http://localhost:8081/samples}.
 */
public record Route(String name, URI baseUrl) {

    public String publicPrefix() {
        return "/api/" + name;
    }

    /** The readiness endpoint of the server the service runs in (MicroProfile Health is per server). */
    public URI readinessUrl() {
        return baseUrl.resolve("/health/ready");
    }

    /** The service URL for a path below the prefix; an empty path means the service's root. */
    public URI target(String rawPath, String rawQuery) {
        String path = rawPath.isEmpty() ? "/" : rawPath;
        return URI.create(baseUrl + path + (rawQuery == null ? "" : "?" + rawQuery));
    }
}
