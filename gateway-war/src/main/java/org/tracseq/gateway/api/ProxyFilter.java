package org.tracseq.gateway.api;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.tracseq.gateway.metrics.GatewayMetrics;
import org.tracseq.gateway.migration.MigrationFlags;
import org.tracseq.gateway.ratelimit.Admission;
import org.tracseq.gateway.ratelimit.Decision;
import org.tracseq.gateway.ratelimit.RateLimits;
import org.tracseq.gateway.ratelimit.RouteClass;
import org.tracseq.gateway.routing.Forwarder;
import org.tracseq.gateway.routing.RequestBody;
import org.tracseq.gateway.routing.Route;
import org.tracseq.gateway.routing.RouteTable;
import org.tracseq.gateway.routing.ServiceCalls;
import org.tracseq.gateway.routing.UpstreamFailure;
import org.tracseq.gateway.security.OpenPaths;
import org.tracseq.platform.problem.ProblemException;
import org.tracseq.platform.security.Authenticator;
import org.tracseq.platform.security.VerifiedToken;
import org.tracseq.platform.tracing.Traces;
import org.tracseq.platform.web.Problems;
import org.tracseq.platform.web.RequestIds;

/**
 * {@code /api/<service>/**}: every method, any path below the prefix, forwarded to the service;
 * {@code /api/health} and {@code /api/admin} are left to the gateway's JAX-RS resources. Before
 * anything else the caller's token is checked (except on the {@link OpenPaths}) and the rate limit
 * applied, so a refused caller learns nothing about routes. A method outside {@link #ROUTED_METHODS}
 * (TRACE, CONNECT, WebDAV's, made-up ones) is refused with 405 before that: no service serves one,
 * and forwarding it would only let any caller make failures a route's breaker counts. The gateway's
 * own refusals (bad method, no token, no such route, service down, breaker open, timeout) are problems. Every answer is counted per
 * route ({@code unknown} for names that are not routes, so a scan of random paths cannot create
 * unbounded metric tags).
 * <p>
 * A servlet filter rather than a JAX-RS resource: JAX-RS's matching, filters, context proxies and
 * entity writing around the forwarding took about a fifth of the gateway's CPU (docs/gateway.md).
 * Declared in web.xml, after the request id and CORS filters.
 */
public class ProxyFilter extends HttpFilter {
    private static final String API = "/api/";
    /** What the services' contracts use; anything else never leaves the gateway. */
    private static final List<String> ROUTED_METHODS = List.of(
            HttpMethod.GET,
            HttpMethod.HEAD,
            HttpMethod.POST,
            HttpMethod.PUT,
            HttpMethod.PATCH,
            HttpMethod.DELETE,
            HttpMethod.OPTIONS);

    @Inject
    Authenticator authenticator;

    @Inject
    OpenPaths openPaths;

    @Inject
    RateLimits rateLimits;

    @Inject
    MigrationFlags migration;

    @Inject
    GatewayMetrics metrics;

    @Inject
    RouteTable routes;

    @Inject
    Forwarder forwarder;

    @Inject
    OpenTelemetry openTelemetry;

    @Inject
    Tracer tracer;

    private static final TextMapGetter<HttpServletRequest> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(HttpServletRequest request) {
            return Collections.list(request.getHeaderNames());
        }

        @Override
        public String get(HttpServletRequest request, String name) {
            return request == null ? null : request.getHeader(name);
        }
    };

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // The raw path, exactly as it will be forwarded: "/auth/login/" or "/auth/log%69n" are not open.
        String rawPath = request.getRequestURI();
        int api = rawPath.indexOf(API);
        String publicPath = api < 0 ? "" : rawPath.substring(api + API.length());
        int slash = publicPath.indexOf('/');
        String service = slash < 0 ? publicPath : publicPath.substring(0, slash);
        if (RouteTable.GATEWAY_OWN.contains(service)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Route> route = routes.find(service);
        long started = System.nanoTime();
        Span span = requestSpan(request, rawPath, service);
        try (Scope ignored = span.getSpanContext().isValid() ? span.makeCurrent() : Scope.noop()) {
            forward(service, route, publicPath, request, response);
        } catch (RuntimeException refusal) {
            if (response.isCommitted()) {
                throw refusal;
            }
            Problems.write(refusal, rawPath, response);
        } finally {
            metrics.answered(
                    route.map(Route::name).orElse("unknown"),
                    response.getStatus(),
                    Duration.ofNanos(System.nanoTime() - started));
            if (span.isRecording()) {
                span.setAttribute("http.response.status_code", response.getStatus());
            }
            span.end();
        }
    }

    /**
     * The gateway's server span for a forwarded request, continuing the caller's trace. Liberty makes
     * spans for requests that reach a servlet or JAX-RS, and this filter answers before either. While
     * tracing is off the propagators and the tracer are no-ops and the span is an invalid one.
     */
    private Span requestSpan(HttpServletRequest request, String rawPath, String service) {
        Context caller =
                openTelemetry.getPropagators().getTextMapPropagator().extract(Context.root(), request, HEADERS);
        Span span = tracer.spanBuilder(request.getMethod() + " " + API + service)
                .setParent(caller)
                .setSpanKind(SpanKind.SERVER)
                .startSpan();
        if (span.isRecording()) {
            span.setAttribute("http.request.method", request.getMethod());
            span.setAttribute("url.path", rawPath);
            span.setAttribute("http.route", API + service + "/*");
            RequestIds.current().ifPresent(id -> span.setAttribute(Traces.REQUEST_ID, id));
        }
        return span;
    }

    /** @param found the route named by the path's first segment, if there is one */
    private void forward(
            String service,
            Optional<Route> found,
            String publicPath,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        if (!ROUTED_METHODS.contains(request.getMethod())) {
            // Mapped like JAX-RS's own 405s: a problem with the Allow header.
            throw new NotAllowedException(Response.status(Response.Status.METHOD_NOT_ALLOWED)
                    .allow(ROUTED_METHODS.toArray(String[]::new))
                    .build());
        }
        VerifiedToken caller = admit(publicPath, request, response);
        Route route = found.orElseThrow(() -> ProblemException.notFound("API", API + service));
        var incoming = new Forwarder.Incoming(
                request.getMethod(),
                publicPath.substring(service.length()),
                request.getQueryString(),
                headersOf(request),
                RequestBody.of(
                        request.getInputStream(),
                        request.getContentLengthLong(),
                        request.getHeader("Transfer-Encoding") != null),
                publicBase(request),
                RequestIds.current().orElse(null),
                Traces.headers());
        try {
            boolean toMonolith = !migration.modeOf(route).toService(callerKey(caller, request));
            forwarder
                    .forward(route, incoming, affinity(route, caller, request), toMonolith)
                    .writeTo(response);
        } catch (UpstreamFailure.NoInstance none) {
            throw unavailable(route, "has no instance to send the request to");
        } catch (UpstreamFailure failure) {
            failure.answer()
                    .orElseThrow(() -> unavailable(route, "is unreachable"))
                    .writeTo(response);
        } catch (CircuitBreakerOpenException open) {
            metrics.refusedByPolicy(route, "breaker_open");
            throw unavailable(route, "is failing; its circuit breaker is open");
        } catch (BulkheadException full) {
            metrics.refusedByPolicy(route, "bulkhead_full");
            throw unavailable(route, "has too many requests in flight");
        } catch (TimeoutException slow) {
            metrics.refusedByPolicy(route, "timeout");
            throw new ProblemException(
                    504,
                    "gateway-timeout",
                    "Gateway timeout",
                    "The " + route.name() + " service did not answer in time");
        }
    }

    /**
     * The token check, then the revocation list and the rate limit (one Redis call): per token
     * subject, or per client address when the token is missing, invalid or revoked (so guessing
     * tokens is limited too, and a refused caller still learns nothing about routes). The
     * {@code RateLimit-*} headers go on every counted answer, refusals included.
     *
     * @return the verified caller; null on open paths
     */
    private VerifiedToken admit(String publicPath, HttpServletRequest request, HttpServletResponse response) {
        VerifiedToken caller = null;
        ProblemException refusal = null;
        if (!openPaths.isOpen(publicPath)) {
            try {
                caller = authenticator.verify(request.getHeader(HttpHeaders.AUTHORIZATION));
            } catch (ProblemException e) {
                refusal = e;
            }
        }
        RouteClass routeClass = RouteClass.of(request.getMethod(), publicPath);
        Admission admission = rateLimits.admit(routeClass, caller, request.getRemoteAddr());
        if (admission.revoked()) {
            refusal = Authenticator.revoked();
        }
        if (admission.decision().isPresent()) {
            Decision decision = admission.decision().get();
            response.setHeader("RateLimit-Limit", Long.toString(decision.limit()));
            response.setHeader("RateLimit-Remaining", Long.toString(decision.remaining()));
            response.setHeader("RateLimit-Reset", Long.toString(decision.resetSeconds()));
            if (!decision.allowed()) {
                metrics.rateLimited(routeClass.configName());
                throw ProblemException.tooManyRequests(
                        "Too many requests; slow down and retry after the given seconds",
                        (int) decision.retryAfterSeconds());
            }
        }
        if (refusal != null) {
            throw refusal;
        }
        return caller;
    }

    /** Who is calling, for sticky migration splits: the token's subject, else the address. */
    private static String callerKey(VerifiedToken caller, HttpServletRequest request) {
        return caller == null ? "ip:" + request.getRemoteAddr() : "sub:" + caller.getSubject();
    }

    /** What consistent hashing keys on: the route's header if it names one, else the caller. */
    private static String affinity(Route route, VerifiedToken caller, HttpServletRequest request) {
        return route.affinityHeader().map(request::getHeader).orElse(caller == null ? null : caller.getSubject());
    }

    private static Map<String, List<String>> headersOf(HttpServletRequest request) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.computeIfAbsent(name, key -> new ArrayList<>()).addAll(Collections.list(request.getHeaders(name)));
        }
        return headers;
    }

    /** The gateway's own address as the caller used it, e.g. {@code http://gateway:8089/}. */
    private static URI publicBase(HttpServletRequest request) {
        StringBuffer url = request.getRequestURL();
        return URI.create(
                url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath() + "/");
    }

    private static ProblemException unavailable(Route route, String why) {
        return ProblemException.unavailable(
                "The " + route.name() + " service " + why, ServiceCalls.RETRY_AFTER_SECONDS);
    }
}
