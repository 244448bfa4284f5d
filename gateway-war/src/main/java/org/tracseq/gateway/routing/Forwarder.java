package org.tracseq.gateway.routing;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.tracseq.gateway.balancing.Instance;
import org.tracseq.gateway.metrics.GatewayMetrics;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
            "Proxy-Authorization", "TE", "Trailer", "Transfer-Encoding", "Upgrade", "Host", "Content-Length");
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

    private Client client;
    private Map<String, Function<Supplier<Response>, Response>> policies;

    @PostConstruct
    void start() {
        client = ClientBuilder.newBuilder()
                .connectTimeout(connectTimeoutMs, TimeUnit.MILLISECONDS)
                .readTimeout(readTimeoutMs, TimeUnit.MILLISECONDS)
                .build();
        policies = Map.of("auth", calls::auth, "samples", calls::samples, "barcodes", calls::barcodes);
    }

    @PreDestroy
    void stop() {
        client.close();
    }

    /** A request as the gateway received it, the path and query already cut below the route prefix. */
    public record Incoming(String method, String rawPath, String rawQuery, MultivaluedMap<String, String> headers,
                           byte[] body, URI publicBase) {
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
        boolean retryable = IDEMPOTENT_METHODS.contains(request.method())
                || request.headers().containsKey(IdempotentRequests.HEADER);
        Invocation.Builder call = client.target(instance.target(request.rawPath(), request.rawQuery())).request();
        request.headers().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name)) {
                values.forEach(value -> call.header(name, value));
            }
        });
        call.header("X-Forwarded-Host", request.publicBase().getAuthority());
        call.header("X-Forwarded-Proto", request.publicBase().getScheme());
        RequestIds.current().ifPresent(id -> call.header(RequestIds.HEADER, id));
        Response response;
        try {
            response = request.body().length == 0
                    ? call.method(request.method())
                    : call.method(request.method(), Entity.entity(request.body(),
                            request.headers().getFirst(HttpHeaders.CONTENT_TYPE)));
        } catch (ProcessingException unreachable) {
            String message = route.name() + " at " + instance + " could not be reached: " + unreachable.getMessage();
            throw retryable ? new UpstreamFailure.Retryable(message, null, unreachable)
                    : new UpstreamFailure(message, null, unreachable);
        }
        if (response.getStatus() >= 500) {
            response.bufferEntity();
            Response copy = copyOf(route, instance, response, request.publicBase());
            String message = route.name() + " at " + instance + " answered " + response.getStatus();
            throw retryable && response.getStatus() != 500 ? new UpstreamFailure.Retryable(message, copy, null)
                    : new UpstreamFailure(message, copy, null);
        }
        return copyOf(route, instance, response, request.publicBase());
    }

    /** The service's response as the gateway's, streaming the body through. */
    private static Response copyOf(Route route, Instance instance, Response upstream, URI publicBase) {
        Response.ResponseBuilder out = Response.status(upstream.getStatus());
        upstream.getStringHeaders().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name) && !name.equalsIgnoreCase(HttpHeaders.LOCATION)) {
                values.forEach(value -> out.header(name, value));
            }
        });
        if (upstream.getLocation() != null) {
            out.location(publicLocation(route, instance, upstream.getLocation(), publicBase));
        }
        if (upstream.hasEntity()) {
            out.entity(upstream.readEntity(java.io.InputStream.class));
        }
        return out.build();
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
