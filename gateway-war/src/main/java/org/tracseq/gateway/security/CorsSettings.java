package org.tracseq.gateway.security;

import jakarta.enterprise.context.Dependent;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Cross-origin access for browser front ends: {@code tracseq.cors.*}. Read once, when {@link Cors} starts. */
@ConfigProperties(prefix = "tracseq.cors")
@Dependent
public class CorsSettings {
    /** Origins allowed, comma-separated, e.g. {@code https://lims.example.org}; none by default, {@code *} for any. */
    @ConfigProperty(name = "allowed-origins", defaultValue = " ")
    String allowedOrigins;

    /** Methods a cross-origin request may use. */
    @ConfigProperty(name = "allowed-methods", defaultValue = "GET,HEAD,POST,PUT,PATCH,DELETE")
    List<String> allowedMethods;

    /** Request headers a cross-origin request may send. */
    @ConfigProperty(
            name = "allowed-headers",
            defaultValue = "Authorization,Content-Type,Accept,Idempotency-Key,X-Request-Id,If-Match")
    List<String> allowedHeaders;

    /** Answer headers a browser lets the front end read. */
    @ConfigProperty(
            name = "exposed-headers",
            defaultValue = "Location,Retry-After,X-Request-Id,ETag,RateLimit-Limit,RateLimit-Remaining,RateLimit-Reset")
    List<String> exposedHeaders;

    /** Whether browsers may send cookies and credentials; never together with origin {@code *}. */
    @ConfigProperty(name = "allow-credentials", defaultValue = "false")
    boolean allowCredentials;

    /** How long a browser may keep a preflight's answer. */
    @ConfigProperty(name = "max-age-seconds", defaultValue = "600")
    int maxAgeSeconds;
}
