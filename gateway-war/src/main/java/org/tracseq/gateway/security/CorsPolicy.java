package org.tracseq.gateway.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * The {@link CorsSettings} made into answers, once, when the {@link Cors} filter starts: a bean of
 * its own because the container creates filters outside CDI's bean discovery, which therefore
 * cannot see a filter's {@code @ConfigProperties} injection point. Refuses {@code *} together with
 * credentials: a server that reflected any origin with credentials would let every web site act
 * as a signed-in user.
 */
@Dependent
public class CorsPolicy {
    @Inject
    @ConfigProperties
    CorsSettings settings;

    private Set<String> origins;
    private List<String> methods;
    private Set<String> headers;
    private boolean anyOrigin;
    /** The answer headers' values, joined once rather than on every cross-origin request. */
    private String allowMethodsValue;

    private String allowHeadersValue;
    private String exposeHeadersValue;
    private String maxAgeValue;

    @PostConstruct
    void prepare() {
        origins = Arrays.stream(settings.allowedOrigins.split(","))
                .map(String::trim)
                .filter(o -> !o.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        anyOrigin = origins.contains("*");
        if (anyOrigin && settings.allowCredentials) {
            throw new IllegalStateException("tracseq.cors.allowed-origins=* cannot be combined with "
                    + "tracseq.cors.allow-credentials=true; list the origins instead");
        }
        methods = List.copyOf(settings.allowedMethods);
        headers = settings.allowedHeaders.stream()
                .map(h -> h.toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
        allowMethodsValue = String.join(", ", settings.allowedMethods);
        allowHeadersValue = String.join(", ", settings.allowedHeaders);
        exposeHeadersValue = String.join(", ", settings.exposedHeaders);
        maxAgeValue = Integer.toString(settings.maxAgeSeconds);
    }

    boolean anyOrigin() {
        return anyOrigin;
    }

    boolean isAllowed(String origin) {
        return anyOrigin || origins.contains(origin);
    }

    boolean isAllowedMethod(String method) {
        return methods.contains(method);
    }

    /** @param requested an {@code Access-Control-Request-Headers} value, null when there is none */
    boolean headersAllowed(String requested) {
        return requested == null
                || Arrays.stream(requested.split(","))
                        .map(h -> h.trim().toLowerCase(Locale.ROOT))
                        .filter(h -> !h.isEmpty())
                        .allMatch(headers::contains);
    }

    boolean allowCredentials() {
        return settings.allowCredentials;
    }

    String allowMethodsValue() {
        return allowMethodsValue;
    }

    String allowHeadersValue() {
        return allowHeadersValue;
    }

    String exposeHeadersValue() {
        return exposeHeadersValue;
    }

    String maxAgeValue() {
        return maxAgeValue;
    }
}
