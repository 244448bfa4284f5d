package org.tracseq.gateway.routing;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tracseq.gateway.balancing.Instance;
import org.tracseq.gateway.metrics.GatewayMetrics;
import org.tracseq.platform.idempotency.IdempotentRequests;
import org.tracseq.platform.web.RequestIds;

/**
 * Sends a public request on to its service and brings the answer back: method, headers (minus
 * hop-by-hop ones), query and body unchanged; {@code Location} rewritten to the public URL. A
 * connection failure or 5xx becomes an {@link UpstreamFailure} for the service's policy to count.
 */
@ApplicationScoped
public class Forwarder {
    private static final Logger LOG = Logger.getLogger(Forwarder.class.getName());
    /** Headers that describe one connection, not the message (RFC 9110 §7.6.1), plus ones the client recomputes. */
    private static final Set<String> NOT_FORWARDED = caseInsensitive("Connection", "Keep-Alive", "Proxy-Authenticate",
            "Proxy-Authorization", "TE", "Trailer", "Transfer-Encoding", "Upgrade", "Host", "Content-Length", "Expect");
    private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

    @Inject
    ServiceCalls calls;

    @Inject
    GatewayMetrics metrics;

    @Inject
    @ConfigProperty(name = "tracseq.gateway.connect-timeout-ms", defaultValue = "2000")
    long connectTimeoutMs;

    @Inject
    @ConfigProperty(name = "tracseq.gateway.read-timeout-ms", defaultValue = "30000")
    long readTimeoutMs;

    /** Passive ejection: this many connection failures or 5xx in a row take an instance out ... */
    @Inject
    @ConfigProperty(name = "tracseq.gateway.eject.after-failures", defaultValue = "3")
    int ejectAfterFailures;

    /** ... for this long. */
    @Inject
    @ConfigProperty(name = "tracseq.gateway.eject.cooldown-ms", defaultValue = "10000")
    long ejectCooldownMs;

    private HttpClient client;
    private Map<String, Function<Supplier<Response>, Response>> policies;

    @PostConstruct
    void start() {
        // The JDK client keeps a pool of keep-alive connections per instance and streams bodies.
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofMillis(connectTimeoutMs)).build();
        policies = Map.of("auth", calls::auth, "samples", calls::samples, "barcodes", calls::barcodes,
                "storage", calls::storage);
    }

    /** A request as the gateway received it, the path and query already cut below the route prefix. */
    public record Incoming(String method, String rawPath, String rawQuery, MultivaluedMap<String, String> headers,
                           RequestBody body, URI publicBase, String requestId) {
    }

    /**
     * Sends the request to an instance of the route under the service's fault-tolerance policy; a
     * retry goes to another instance when there is one.
     *
     * @param affinity   what consistent hashing keys on (may be null)
     * @param toMonolith send it to the route's monolith (all-in-one server) instead of its instances
     */
    public Response forward(Route route, Incoming request, String affinity, boolean toMonolith) {
        Set<Instance> tried = ConcurrentHashMap.newKeySet();
        return policies.getOrDefault(route.name(), calls::other).apply(() -> {
            if (!tried.isEmpty()) {
                metrics.retried(route);
            }
            Instance instance = (toMonolith ? route.monolith()
                    : route.choose(affinity, tried, System.currentTimeMillis()))
                    .orElseThrow(() -> new UpstreamFailure.NoInstance(route.name()));
            tried.add(instance);
            instance.started();
            try {
                Response response = once(route, instance, request);
                instance.succeeded();
                return response;
            } catch (UpstreamFailure failure) {
                if (instance.failed(ejectAfterFailures, ejectCooldownMs, System.currentTimeMillis())) {
                    LOG.warning(() -> "Ejected " + instance + " of " + route.name() + " for " + ejectCooldownMs
                            + " ms after " + ejectAfterFailures + " failures in a row (last: " + failure.getMessage() + ")");
                }
                throw failure;
            } finally {
                instance.finished();
            }
        });
    }

    private Response once(Route route, Instance instance, Incoming request) {
        boolean retryable = request.body().replayable() && (IDEMPOTENT_METHODS.contains(request.method())
                || request.headers().containsKey(IdempotentRequests.HEADER));
        HttpRequest.Builder call = HttpRequest.newBuilder(instance.target(request.rawPath(), request.rawQuery()))
                .timeout(Duration.ofMillis(readTimeoutMs))
                .method(request.method(), request.body().publisher());
        request.headers().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name)) {
                values.forEach(value -> call.header(name, value));
            }
        });
        call.header("X-Forwarded-Host", request.publicBase().getAuthority());
        call.header("X-Forwarded-Proto", request.publicBase().getScheme());
        // Taken on the request's own thread: the fault-tolerance chain may run this on another one.
        if (request.requestId() != null) {
            call.setHeader(RequestIds.HEADER, request.requestId());
        }
        HttpResponse<InputStream> response;
        try {
            response = client.send(call.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException unreachable) {
            String message = route.name() + " at " + instance + " could not be reached: " + unreachable;
            throw retryable ? new UpstreamFailure.Retryable(message, null, unreachable)
                    : new UpstreamFailure(message, null, unreachable);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UpstreamFailure(route.name() + " at " + instance + ": interrupted", null, e);
        }
        if (response.statusCode() >= 500) {
            Response copy = copyOf(route, instance, response, request.publicBase(), buffered(response));
            String message = route.name() + " at " + instance + " answered " + response.statusCode();
            throw retryable && response.statusCode() != 500 ? new UpstreamFailure.Retryable(message, copy, null)
                    : new UpstreamFailure(message, copy, null);
        }
        return copyOf(route, instance, response, request.publicBase(), response.body());
    }

    /** An error answer is small; reading it whole frees the connection before a retry. */
    private static byte[] buffered(HttpResponse<InputStream> response) {
        try (InputStream body = response.body()) {
            return body.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** The service's response as the gateway's; a body stream is passed through as it arrives. */
    private static Response copyOf(Route route, Instance instance, HttpResponse<?> upstream, URI publicBase,
                                   Object body) {
        Response.ResponseBuilder out = Response.status(upstream.statusCode());
        upstream.headers().map().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name) && !name.equalsIgnoreCase(HttpHeaders.LOCATION)) {
                values.forEach(value -> out.header(name, value));
            }
        });
        upstream.headers().firstValue(HttpHeaders.LOCATION).ifPresent(location ->
                out.location(publicLocation(route, instance, URI.create(location), publicBase)));
        return out.entity(body).build();
    }

    /** {@code http://samples-host:8081/samples/42} becomes {@code http://gateway/api/samples/42}. */
    static URI publicLocation(Route route, Instance instance, URI location, URI publicBase) {
        String servicePath = instance.baseUrl().getRawPath();
        String path = location.getRawPath();
        if (!path.startsWith(servicePath)) {
            return location;
        }
        String rest = path.substring(servicePath.length());
        return publicBase.resolve(route.publicPrefix().substring(1) + rest
                + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery()));
    }

    private static Set<String> caseInsensitive(String... names) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(List.of(names));
        return set;
    }
}
