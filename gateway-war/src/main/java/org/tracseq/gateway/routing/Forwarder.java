package org.tracseq.gateway.routing;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.tracseq.gateway.balancing.Instance;
import org.tracseq.gateway.metrics.GatewayMetrics;
import org.tracseq.platform.idempotency.IdempotentRequests;
import org.tracseq.platform.problem.ProblemException;
import org.tracseq.platform.web.RequestIds;

/**
 * Sends a public request on to its service and brings the answer back: method, headers (minus
 * hop-by-hop ones), query and body unchanged; {@code Location} rewritten to the public URL. A
 * connection failure, timeout or 502/503/504 becomes an {@link UpstreamFailure} for the route's
 * policy and the instance's ejection to count; any other answer, a 500 included, is passed on.
 */
@ApplicationScoped
public class Forwarder {
    private static final Logger LOG = Logger.getLogger(Forwarder.class.getName());
    /** Headers that describe one connection, not the message (RFC 9110 §7.6.1), plus ones the client recomputes. */
    private static final Set<String> NOT_FORWARDED = caseInsensitive(
            "Connection",
            "Keep-Alive",
            "Proxy-Authenticate",
            "Proxy-Authorization",
            "TE",
            "Trailer",
            "Transfer-Encoding",
            "Upgrade",
            "Host",
            "Content-Length",
            "Expect");

    /**
     * Headers the gateway sets on every answer itself ({@code RequestIdFilter}, the server's
     * {@code httpEndpoint}), so a service's own copy would make them appear twice.
     */
    private static final Set<String> SET_BY_GATEWAY = caseInsensitive(RequestIds.HEADER, "X-Content-Type-Options");

    /**
     * Answers that say the instance cannot serve now (its proxy or its own dependencies are down,
     * it is overloaded): counted by the route's breaker and the instance's ejection, and retried.
     * Any other 5xx is a bug in the service answering this one request, which any caller could
     * repeat at will: it is passed on and counted in {@code tracseq_gateway_upstream_errors_total}.
     */
    private static final Set<Integer> UNHEALTHY_STATUSES = Set.of(502, 503, 504);

    private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

    @Inject
    RouteTable routes;

    @Inject
    @Any
    jakarta.enterprise.inject.Instance<ServiceCalls> policies;

    @Inject
    GatewayMetrics metrics;

    @Inject
    @ConfigProperties
    RoutingSettings settings;

    private CloseableHttpClient client;
    /** Each route's own fault-tolerance bean ({@link RouteBeans}), found once. */
    private Map<String, ServiceCalls> calls;

    /**
     * Blocking HTTP/1.1 on the request's own thread, over a pool of kept-alive connections per
     * instance: no hand-off to another thread and back per request (what made the JDK's
     * asynchronous client cost three times the CPU). Retries and redirects are the gateway's
     * business or the caller's, so the client does neither; a pooled connection idle for over a
     * second is checked before reuse, as the instance may have closed it.
     */
    @PostConstruct
    void start() {
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnPerRoute(settings.connectionsPerInstance)
                .setMaxConnTotal(Integer.MAX_VALUE)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofMilliseconds(settings.connectTimeoutMs))
                        .setSocketTimeout(Timeout.ofMilliseconds(settings.readTimeoutMs))
                        .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                        .build())
                .build();
        client = HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.ofMilliseconds(settings.connectTimeoutMs))
                        .setResponseTimeout(Timeout.ofMilliseconds(settings.readTimeoutMs))
                        .build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableContentCompression()
                .disableAuthCaching()
                .disableConnectionState()
                .disableDefaultUserAgent()
                .evictIdleConnections(TimeValue.ofSeconds(20))
                .build();
        calls = routes.all().stream()
                .collect(Collectors.toUnmodifiableMap(
                        Route::name,
                        route -> policies.select(ForRoute.Literal.of(route.name()))
                                .get()));
    }

    @PreDestroy
    void stop() {
        client.close(CloseMode.GRACEFUL);
    }

    /**
     * A request as the gateway received it, the path and query already cut below the route prefix.
     *
     * @param headers by name, case-insensitive
     * @param trace the W3C Trace Context headers of the gateway's span for it (Liberty's, for every
     *     traced request), which replace the caller's: empty when tracing is off
     */
    public record Incoming(
            String method,
            String rawPath,
            String rawQuery,
            Map<String, List<String>> headers,
            RequestBody body,
            URI publicBase,
            String requestId,
            Map<String, String> trace) {}

    /**
     * Sends the request to an instance of the route under the route's fault-tolerance policy; a
     * retry goes to another instance when there is one.
     *
     * @param affinity   what consistent hashing keys on (may be null)
     * @param toMonolith send it to the route's monolith (all-in-one server) instead of its instances
     */
    public Answer forward(Route route, Incoming request, String affinity, boolean toMonolith) {
        return onInstances(route, affinity, toMonolith, instance -> once(route, instance, request));
    }

    /**
     * Runs {@code attempt} on an instance of the route under the route's fault-tolerance policy: a
     * retry goes to another instance when there is one, and an {@link UpstreamFailure} counts
     * towards the instance's ejection. For forwarded requests and the gateway's own questions alike.
     */
    public <T> T onInstances(Route route, String affinity, boolean toMonolith, Function<Instance, T> attempt) {
        Set<Instance> tried = ConcurrentHashMap.newKeySet();
        return calls.get(route.name()).call(() -> {
            if (!tried.isEmpty()) {
                metrics.retried(route);
            }
            Instance instance = (toMonolith
                            ? route.monolith()
                            : route.choose(affinity, tried, System.currentTimeMillis()))
                    .orElseThrow(() -> new UpstreamFailure.NoInstance(route.name()));
            tried.add(instance);
            instance.started();
            try {
                T answer = attempt.apply(instance);
                instance.succeeded();
                return answer;
            } catch (UpstreamFailure failure) {
                if (instance.failed(
                        settings.ejectAfterFailures, settings.ejectCooldownMs, System.currentTimeMillis())) {
                    LOG.warning(() -> "Ejected " + instance + " of " + route.name() + " for " + settings.ejectCooldownMs
                            + " ms after " + settings.ejectAfterFailures + " failures in a row (last: "
                            + failure.getMessage() + ")");
                }
                throw failure;
            } finally {
                instance.finished();
            }
        });
    }

    private Answer once(Route route, Instance instance, Incoming request) {
        boolean retryable = request.body().replayable()
                && (IDEMPOTENT_METHODS.contains(request.method())
                        || request.headers().containsKey(IdempotentRequests.HEADER));
        var call = new HttpUriRequestBase(request.method(), instance.target(request.rawPath(), request.rawQuery()));
        call.setEntity(request.body().entity());
        request.headers().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name)) {
                values.forEach(value -> call.addHeader(name, value));
            }
        });
        call.setHeader("X-Forwarded-Host", request.publicBase().getAuthority());
        call.setHeader("X-Forwarded-Proto", request.publicBase().getScheme());
        // Taken on the request's own thread: the fault-tolerance chain may run this on another one.
        if (request.requestId() != null) {
            call.setHeader(RequestIds.HEADER, request.requestId());
        }
        request.trace().forEach(call::setHeader);
        ClassicHttpResponse response;
        try {
            response = client.executeOpen(null, call, null);
        } catch (RequestBody.BrokenOff callersFault) {
            // Not the instance's failure: any caller could otherwise open a breaker by hanging up.
            throw ProblemException.badRequest(callersFault.getMessage());
        } catch (IOException unreachable) {
            String message = route.name() + " at " + instance + " could not be reached: " + unreachable;
            throw retryable
                    ? new UpstreamFailure.Retryable(message, null, unreachable)
                    : new UpstreamFailure(message, null, unreachable);
        }
        int status = response.getCode();
        if (UNHEALTHY_STATUSES.contains(status)) {
            Answer copy = copyOf(
                    route, instance, response, request.publicBase(), new ByteArrayInputStream(buffered(response)));
            String message = route.name() + " at " + instance + " answered " + status;
            throw retryable
                    ? new UpstreamFailure.Retryable(message, copy, null)
                    : new UpstreamFailure(message, copy, null);
        }
        if (status >= 500) {
            // A bug in the service, which answered: passed on, logged and counted, never held against its instance.
            metrics.upstreamError(route);
            LOG.warning(() -> route.name() + " at " + instance + " answered " + status + " to " + request.method() + " "
                    + request.rawPath() + " [rid=" + request.requestId() + "]");
        }
        return copyOf(route, instance, response, request.publicBase(), bodyOf(response));
    }

    /**
     * The answer's body as it arrives; {@link Answer#writeTo} closes it once it has passed it on,
     * which returns the connection to the pool. Null when there is none (HEAD, 204, 304).
     */
    private static InputStream bodyOf(ClassicHttpResponse response) {
        HttpEntity entity = response.getEntity();
        try {
            return entity == null ? null : entity.getContent();
        } catch (IOException e) {
            throw new UpstreamFailure("The answer's body could not be read: " + e, null, e);
        }
    }

    /** An error answer is small; reading it whole frees the connection before a retry. */
    private static byte[] buffered(ClassicHttpResponse response) {
        try (response;
                InputStream body = bodyOf(response)) {
            return body == null ? new byte[0] : body.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** The service's response as the gateway's; a body stream is passed through as it arrives. */
    private static Answer copyOf(
            Route route, Instance instance, ClassicHttpResponse upstream, URI publicBase, InputStream body) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (Header header : upstream.getHeaders()) {
            if (header.getName().equalsIgnoreCase(HttpHeaders.LOCATION)) {
                headers.add(Map.entry(
                        HttpHeaders.LOCATION,
                        publicLocation(route, instance, URI.create(header.getValue()), publicBase)
                                .toString()));
            } else if (!NOT_FORWARDED.contains(header.getName()) && !SET_BY_GATEWAY.contains(header.getName())) {
                headers.add(Map.entry(header.getName(), header.getValue()));
            }
        }
        return new Answer(upstream.getCode(), headers, body);
    }

    /** {@code http://samples-host:8081/samples/42} becomes {@code http://gateway/api/samples/42}. */
    static URI publicLocation(Route route, Instance instance, URI location, URI publicBase) {
        String servicePath = instance.baseUrl().getRawPath();
        String path = location.getRawPath();
        if (!path.startsWith(servicePath)) {
            return location;
        }
        String rest = path.substring(servicePath.length());
        return publicBase.resolve(route.publicPrefix().substring(1)
                + rest
                + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery()));
    }

    private static Set<String> caseInsensitive(String... names) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(List.of(names));
        return set;
    }
}
