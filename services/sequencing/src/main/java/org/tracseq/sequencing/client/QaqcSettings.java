package org.tracseq.sequencing.client;

import jakarta.enterprise.context.Dependent;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How sequencing reaches the qaqc service (MP Config, e.g. {@code TRACSEQ_QAQC_URL}); fault tolerance is {@link QaqcPolicy}'s. */
@Dependent
@ConfigProperties(prefix = "tracseq.qaqc")
public class QaqcSettings {
    /** The qaqc service's server root (microservices mode; the all-in-one server points it at itself). */
    @ConfigProperty(name = "url", defaultValue = "http://localhost:8088")
    String url;

    /** Connect timeout of one call, ms. */
    @ConfigProperty(name = "connect-timeout-ms", defaultValue = "1000")
    long connectTimeoutMs;

    /** Read timeout of one call, ms. */
    @ConfigProperty(name = "read-timeout-ms", defaultValue = "2000")
    long readTimeoutMs;

    /** {@code Retry-After} of the 503 a caller gets while qaqc is unavailable, s. */
    @ConfigProperty(name = "retry-after-seconds", defaultValue = "10")
    int retryAfterSeconds;
}
