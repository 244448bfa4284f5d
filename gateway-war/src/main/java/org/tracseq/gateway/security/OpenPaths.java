package org.tracseq.gateway.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * The few public paths that need no token: getting one (login, refresh, API-key exchange, first
 * administrator setup) and the keys to check one with. Exact paths below {@code /api/}, no patterns,
 * so nothing is opened by accident.
 */
@ApplicationScoped
public class OpenPaths {
    @Inject
    @ConfigProperties
    OpenPathSettings settings;

    private Set<String> open;

    @PostConstruct
    void index() {
        open = Set.copyOf(settings.openPaths);
    }

    /** @param path below {@code /api/}, e.g. {@code auth/login} */
    public boolean isOpen(String path) {
        return open.contains(path);
    }
}
