package org.tracseq.gateway.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.tracseq.gateway.metrics.GatewayMetrics;
import org.tracseq.gateway.migration.MigrationFlags;
import org.tracseq.gateway.ratelimit.Admission;
import org.tracseq.gateway.ratelimit.Decision;
import org.tracseq.gateway.ratelimit.RateLimitHeaders;
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
import org.tracseq.platform.web.RequestIds;

/**
 * {@code /api/<service>/**}: every method, any path below the prefix, forwarded to the service.
 * Before anything else the caller's token is checked (except on the {@link OpenPaths}) and the
 * rate limit applied, so a refused caller learns nothing about routes. The gateway's own refusals
 * (no token, no such route, service down, breaker open, timeout) are problems. Open to the platform's
 * {@code BearerAuthentication} because the check here depends on the path, not on the method.
 * One instance serves every request (the {@code @Context} fields are per-request proxies):
 * creating and injecting a request-scoped resource took about 5 % of the gateway's CPU.
 */
@ApplicationScoped
@Path("api/{service}{path: (/.*)?}")
@PermitAll
public class ProxyResource {
    private static final String API = "/api/";
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

    @Context
    HttpServletRequest servletRequest;

    @Inject
    RouteTable routes;

    @Inject
    Forwarder forwarder;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @Context
    Request request;

    @GET
    public Response get(@PathParam("service") String service, InputStream body) throws IOException {
        return forward(service, body);
    }

    @HEAD
    public Response head(@PathParam("service") String service, InputStream body) throws IOException {
        return forward(service, body);
    }

    @OPTIONS
    public Response options(@PathParam("service") String service, InputStream body) throws IOException {
        return forward(service, body);
    }

    @POST
    public Response post(@PathParam("service") String service, InputStream body) throws IOException {
        return forward(service, body);
    }

    @PUT
    public Response put(@PathParam("service") String service, InputStream body) throws IOException {
        return forward(service, body);
    }

    @PATCH
    public Response patch(@PathParam("service") String service, InputStream body) throws IOException {
        return forward(service, body);
    }

    @DELETE
    public Response delete(@PathParam("service") String service, InputStream body) throws IOException {
        return forward(service, body);
    }

    private Response forward(String service, InputStream body) throws IOException {
        // The raw path, exactly as it will be forwarded: "/auth/login/" or "/auth/log%69n" are not open.
        String rawPath = uriInfo.getRequestUri().getRawPath();
        VerifiedToken caller = admit(rawPath.substring(rawPath.indexOf(API) + API.length()));
        Route route = routes.find(service).orElseThrow(() -> ProblemException.notFound("API", "/api/" + service));
        String below = rawPath.substring(rawPath.indexOf(route.publicPrefix()) + route.publicPrefix().length());
        URI publicBase = uriInfo.getBaseUri();
        var incoming = new Forwarder.Incoming(request.getMethod(), below, uriInfo.getRequestUri().getRawQuery(),
                headers.getRequestHeaders(), RequestBody.of(body, servletRequest.getContentLengthLong(),
                        headers.getHeaderString("Transfer-Encoding") != null), publicBase,
                RequestIds.current().orElse(null));
        try {
            boolean toMonolith = !migration.modeOf(route).toService(callerKey(caller));
            return forwarder.forward(route, incoming, affinity(route, caller), toMonolith);
        } catch (UpstreamFailure.NoInstance none) {
            throw unavailable(route, "has no instance to send the request to");
        } catch (UpstreamFailure failure) {
            return failure.response().orElseThrow(() -> unavailable(route, "is unreachable"));
        } catch (CircuitBreakerOpenException open) {
            throw unavailable(route, "is failing; its circuit breaker is open");
        } catch (BulkheadException full) {
            throw unavailable(route, "has too many requests in flight");
        } catch (TimeoutException slow) {
            throw new ProblemException(504, "gateway-timeout", "Gateway timeout",
                    "The " + route.name() + " service did not answer in time");
        }
    }

    /** Who is calling, for sticky migration splits: the token's subject, else the address. */
    private String callerKey(VerifiedToken caller) {
        return caller == null ? "ip:" + servletRequest.getRemoteAddr() : "sub:" + caller.getSubject();
    }

    /** What consistent hashing keys on: the route's header if it names one, else the caller. */
    private String affinity(Route route, VerifiedToken caller) {
        return route.affinityHeader().map(headers::getHeaderString).orElse(caller == null ? null : caller.getSubject());
    }

    /**
     * The token check, then the revocation list and the rate limit (one Redis call): per token
     * subject, or per client address when the token is missing, invalid or revoked (so guessing
     * tokens is limited too, and a refused caller still learns nothing about routes).
     *
     * @return the verified caller; null on open paths
     */
    private VerifiedToken admit(String publicPath) {
        VerifiedToken caller = null;
        ProblemException refusal = null;
        if (!openPaths.isOpen(publicPath)) {
            try {
                caller = authenticator.verify(headers.getHeaderString(HttpHeaders.AUTHORIZATION));
            } catch (ProblemException e) {
                refusal = e;
            }
        }
        RouteClass routeClass = RouteClass.of(request.getMethod(), publicPath);
        Admission admission = rateLimits.admit(routeClass, caller, servletRequest.getRemoteAddr());
        if (admission.revoked()) {
            refusal = Authenticator.revoked();
        }
        Optional<Decision> decision = admission.decision();
        decision.ifPresent(verdict -> servletRequest.setAttribute(RateLimitHeaders.DECISION, verdict));
        if (decision.isPresent() && !decision.get().allowed()) {
            metrics.rateLimited(routeClass.configName());
            throw ProblemException.tooManyRequests("Too many requests; slow down and retry after the given seconds",
                    (int) decision.get().retryAfterSeconds());
        }
        if (refusal != null) {
            throw refusal;
        }
        return caller;
    }

    private static ProblemException unavailable(Route route, String why) {
        return ProblemException.unavailable("The " + route.name() + " service " + why,
                ServiceCalls.RETRY_AFTER_SECONDS);
    }
}
