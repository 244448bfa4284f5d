package org.tracseq.gateway.balancing;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One server a route can send requests to, with what the gateway knows about it: its weight, the
 * requests in flight, and its health from active checks and passive ejection.
 */
public final class Instance {
    private final URI baseUrl;
    private final int weight;
    private final String source;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger consecutiveFailures = new AtomicInteger();
    private volatile long ejectedUntilMillis;
    private volatile boolean checkedHealthy = true;
    private final AtomicInteger checkStreak = new AtomicInteger();

    /** @param source {@code static} (configuration) or {@code registered} (self-registration in Redis) */
    public Instance(URI baseUrl, int weight, String source) {
        if (weight < 1) {
            throw new IllegalArgumentException("An instance's weight is at least 1: " + baseUrl);
        }
        this.baseUrl = baseUrl;
        this.weight = weight;
        this.source = source;
    }

    public URI baseUrl() {
        return baseUrl;
    }

    public int weight() {
        return weight;
    }

    public String source() {
        return source;
    }

    public int inFlight() {
        return inFlight.get();
    }

    /** The instance's URL for a path below the route prefix; an empty path means the service's root. */
    public URI target(String rawPath, String rawQuery) {
        String path = rawPath.isEmpty() ? "/" : rawPath;
        return URI.create(baseUrl + path + (rawQuery == null ? "" : "?" + rawQuery));
    }

    /**
     * The readiness endpoint of the server the instance runs in (MicroProfile Health is per server):
     * on the instance's own port, or on {@code managementPort} (above 0) where the server keeps its
     * health and metrics on a port of their own (liberty-config/shared/tracseq-management.xml).
     */
    public URI readinessUrl(int managementPort) {
        URI ready = baseUrl.resolve("/health/ready");
        if (managementPort <= 0) {
            return ready;
        }
        try {
            return new URI(ready.getScheme(), null, ready.getHost(), managementPort, ready.getPath(), null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("No readiness URL for " + baseUrl, e);
        }
    }

    public void started() {
        inFlight.incrementAndGet();
    }

    public void finished() {
        inFlight.decrementAndGet();
    }

    /** Usable now: its last active check passed and it is not ejected. */
    public boolean isAvailable(long nowMillis) {
        return checkedHealthy && nowMillis >= ejectedUntilMillis;
    }

    /** The gateway's view: {@code available}, {@code ejected} (passively) or {@code failing-checks} (actively). */
    public String state(long nowMillis) {
        if (nowMillis < ejectedUntilMillis) {
            return "ejected";
        }
        return checkedHealthy ? "available" : "failing-checks";
    }

    /**
     * The result of one active health check: the instance turns unhealthy after
     * {@code unhealthyAfter} failed checks in a row and healthy again after {@code healthyAfter}
     * passed ones. True when its state changed.
     */
    public boolean checked(boolean passed, int unhealthyAfter, int healthyAfter) {
        if (passed == checkedHealthy) {
            checkStreak.set(0);
            return false;
        }
        if (checkStreak.incrementAndGet() >= (passed ? healthyAfter : unhealthyAfter)) {
            checkStreak.set(0);
            checkedHealthy = passed;
            return true;
        }
        return false;
    }

    /** A request succeeded: the failure streak ends. */
    public void succeeded() {
        consecutiveFailures.set(0);
    }

    /**
     * A request could not connect, timed out or got a 502/503/504; after {@code threshold} in a row the instance is
     * ejected for {@code cooldownMillis}. True when this call ejected it.
     */
    public boolean failed(int threshold, long cooldownMillis, long nowMillis) {
        if (consecutiveFailures.incrementAndGet() >= threshold) {
            consecutiveFailures.set(0);
            ejectedUntilMillis = nowMillis + cooldownMillis;
            return true;
        }
        return false;
    }

    @Override
    public String toString() {
        return baseUrl.toString();
    }
}
