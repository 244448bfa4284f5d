package org.tracseq.gateway.security;

import jakarta.enterprise.context.Dependent;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The paths that need no token: {@code tracseq.gateway.open-paths}. Read once, at start. */
@ConfigProperties(prefix = "tracseq.gateway")
@Dependent
public class OpenPathSettings {
    /** Exact paths below {@code /api/}, comma-separated; no patterns, so nothing is opened by accident. */
    @ConfigProperty(
            name = "open-paths",
            defaultValue = "auth/login,auth/refresh,auth/token/api-key,auth/setup,auth/jwks")
    List<String> openPaths;
}
