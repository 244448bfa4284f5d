package org.tracseq.gateway.ratelimit;

import java.util.Locale;
import java.util.Set;

/** What a request does, for its rate limit: obtain a token, read, or change something. */
public enum RouteClass {
    LOGIN,
    READ,
    WRITE;

    private static final Set<String> TOKEN_PATHS =
            Set.of("auth/login", "auth/refresh", "auth/token/api-key", "auth/setup");
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    /** @param path below {@code /api/}, e.g. {@code samples/123} */
    public static RouteClass of(String method, String path) {
        if (TOKEN_PATHS.contains(path)) {
            return LOGIN;
        }
        return READ_METHODS.contains(method) ? READ : WRITE;
    }

    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
