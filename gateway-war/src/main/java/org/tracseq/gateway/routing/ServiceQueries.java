package org.tracseq.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.tracseq.gateway.balancing.Instance;
import org.tracseq.platform.client.RemoteProblemException;
import org.tracseq.platform.client.RestClients;

/**
 * The gateway's own questions to a service (a dashboard's counts, say), asked through the
 * service's generated MicroProfile Rest Client, on an instance the route's balancer picks and
 * under the route's fault-tolerance policy, as forwarded requests are. The caller's token is sent,
 * so the service applies the caller's own roles. Only reads: a failure that says the instance
 * cannot serve (no connection, timeout, 502/503/504) is retried on another instance and counted
 * against it; any other problem is the service's answer, thrown as a {@link RemoteProblemException}.
 */
@ApplicationScoped
public class ServiceQueries {
    private static final Set<Integer> UNHEALTHY_STATUSES = Set.of(502, 503, 504);

    @Inject
    RouteTable routes;

    @Inject
    Forwarder forwarder;

    @Inject
    @ConfigProperties
    RoutingSettings settings;

    /**
     * Asks {@code question} of a client of the route's service, built for this question (it carries
     * the caller's token) and closed after it; a question may make several calls on it.
     *
     * @param api         the generated client interface, e.g. {@code SamplesApi.class}
     * @param accessToken the caller's token, sent as its bearer
     */
    public <A, T> T ask(String routeName, Class<A> api, String accessToken, Function<A, T> question) {
        Route route = routes.find(routeName)
                .orElseThrow(() -> new IllegalStateException("The gateway has no route " + routeName));
        return forwarder.onInstances(route, null, false, instance -> {
            A client = RestClients.create(
                    api,
                    serverRoot(instance),
                    Duration.ofMillis(settings.connectTimeoutMs),
                    Duration.ofMillis(settings.readTimeoutMs),
                    accessToken);
            try {
                return question.apply(client);
            } catch (ProcessingException unreachable) {
                throw new UpstreamFailure.Retryable(
                        routeName + " at " + instance + " could not be reached: " + unreachable, null, unreachable);
            } catch (RemoteProblemException answered) {
                if (UNHEALTHY_STATUSES.contains(answered.status())) {
                    throw new UpstreamFailure.Retryable(
                            routeName + " at " + instance + " answered " + answered.status(), null, answered);
                }
                throw answered;
            } finally {
                close(client);
            }
        });
    }

    /** Generated interfaces start with their service's path, so a client's base is the server root. */
    private static String serverRoot(Instance instance) {
        return instance.baseUrl().resolve("/").toString();
    }

    private static void close(Object client) {
        try {
            ((Closeable) client).close();
        } catch (IOException ignored) {
            // A client that holds no connection has nothing to release.
        }
    }
}
