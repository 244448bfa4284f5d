package org.tracseq.platform.samples;

import jakarta.enterprise.context.Dependent;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How this service reaches the samples service (MP Config, e.g. {@code TRACSEQ_SAMPLES_URL}). The
 * fault-tolerance numbers are {@link SamplesPolicy}'s annotations, overridable by MP Fault
 * Tolerance's own keys.
 */
@Dependent
@ConfigProperties(prefix = "tracseq.samples")
public class SamplesSettings {
    /** The samples service's server root (microservices mode; the all-in-one server points it at itself). */
    @ConfigProperty(name = "url", defaultValue = "http://localhost:8081")
    String url;

    /** Connect timeout of one call, ms. */
    @ConfigProperty(name = "connect-timeout-ms", defaultValue = "1000")
    long connectTimeoutMs;

    /** Read timeout of one call, ms. */
    @ConfigProperty(name = "read-timeout-ms", defaultValue = "2000")
    long readTimeoutMs;

    /** {@code Retry-After} of the 503 a caller gets while the samples service is unavailable, s. */
    @ConfigProperty(name = "retry-after-seconds", defaultValue = "10")
    int retryAfterSeconds;
}
