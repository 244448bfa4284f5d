package org.tracseq.gateway.routing;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.tracseq.platform.discovery.ServiceRegistry;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Merges self-registered instances into their routes every {@code tracseq.gateway.registry-poll-ms}.
 * While Redis is away the last known registrations stay in use.
 */
@ApplicationScoped
public class Registrations {
    private static final Logger LOG = Logger.getLogger(Registrations.class.getName());

    @Inject
    RouteTable routes;

    @Inject
    ServiceRegistry registry;

    @Inject
    @ConfigProperties
    RoutingSettings settings;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private volatile boolean failing;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        scheduler.scheduleWithFixedDelay(this::poll, 0, settings.registryPollMs, TimeUnit.MILLISECONDS);
    }

    void poll() {
        try {
            for (Route route : routes.all()) {
                route.registered(Set.copyOf(registry.instancesOf(route.name())));
            }
            failing = false;
        } catch (JedisException e) {
            if (!failing) {
                LOG.warning("Cannot read service registrations from Redis; keeping the last known: " + e);
            }
            failing = true;
        }
    }
}
