package org.tracseq.gateway.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The few public paths that need no token: getting one (login, refresh, API-key exchange, first
 * administrator setup) and the keys to check one with. Exact paths below {@code /api/}, no patterns,
 * so nothing is opened by accident.
 */
@ApplicationScoped
public class OpenPaths {
    @Inject
    @ConfigProperty(
            name = "tracseq.gateway.open-paths",
            defaultValue = "auth/login,auth/refresh,auth/token/api-key,auth/setup,auth/jwks")
    List<String> paths;

    private Set<String> open;

    @PostConstruct
    void index() {
        open = Set.copyOf(paths);
    }

    /** @param path below {@code /api/}, e.g. {@code auth/login} */
    public boolean isOpen(String path) {
        return open.contains(path);
    }
}
