package org.tracseq.samples.client;

import jakarta.enterprise.context.Dependent;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How this service reaches the storage service ({@code tracseq.storage.*}), each key with its
 * default written here only. The fault-tolerance values are MicroProfile Fault Tolerance's own keys
 * on {@link StorageHoldings#holds} (README.md).
 */
@ConfigProperties(prefix = "tracseq.storage")
@Dependent
public class StorageSettings {
    /** The storage server's root URL; the all-in-one server points it at itself. */
    @ConfigProperty(name = "url", defaultValue = "http://localhost:8082")
    String url;

    /** How long one HTTP call may take to connect, in milliseconds. */
    @ConfigProperty(name = "connect-timeout-ms", defaultValue = "1000")
    long connectTimeoutMs;

    /** How long one HTTP call may wait for the answer, in milliseconds. */
    @ConfigProperty(name = "read-timeout-ms", defaultValue = "2000")
    long readTimeoutMs;

    /** What a client is told to wait ({@code Retry-After}) when storage cannot answer; the breaker's delay. */
    @ConfigProperty(name = "retry-after-seconds", defaultValue = "10")
    int retryAfterSeconds;

    public String url() {
        return url;
    }

    public Duration connectTimeout() {
        return Duration.ofMillis(connectTimeoutMs);
    }

    public Duration readTimeout() {
        return Duration.ofMillis(readTimeoutMs);
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
