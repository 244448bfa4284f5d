package org.tracseq.platform.discovery;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import redis.clients.jedis.exceptions.JedisException;

/**
 * A service instance announces itself to the gateways: with {@code tracseq.registry.url} set (the
 * base URL the gateway should use, e.g. {@code http://samples-2:8081/samples}) it registers under
 * {@code tracseq.service.name} at start, renews every {@code tracseq.registry.heartbeat-seconds}
 * for {@code tracseq.registry.ttl-seconds}, and deregisters on a clean shutdown. Without the URL
 * (the default) nothing is registered: static routes alone still work.
 */
@ApplicationScoped
public class SelfRegistration {
    private static final Logger LOG = Logger.getLogger(SelfRegistration.class.getName());

    @Inject
    ServiceRegistry registry;

    @Inject
    @ConfigProperty(name = "tracseq.service.name")
    String service;

    @Inject
    @ConfigProperty(name = "tracseq.registry.url")
    Optional<URI> ownUrl;

    @Inject
    @ConfigProperty(name = "tracseq.registry.heartbeat-seconds", defaultValue = "5")
    long heartbeatSeconds;

    @Inject
    @ConfigProperty(name = "tracseq.registry.ttl-seconds", defaultValue = "15")
    long ttlSeconds;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> heartbeat;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        ownUrl.ifPresent(url ->
                heartbeat = scheduler.scheduleAtFixedRate(() -> renew(url), 0, heartbeatSeconds, TimeUnit.SECONDS));
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
        if (heartbeat == null) {
            return;
        }
        heartbeat.cancel(false);
        ownUrl.ifPresent(url -> {
            try {
                registry.deregister(service, url);
                LOG.info(() -> "Deregistered " + url + " from " + service);
            } catch (JedisException e) {
                LOG.warning("Could not deregister " + url + " (its registration lapses by itself): " + e);
            }
        });
    }

    private void renew(URI url) {
        try {
            registry.register(service, url, Duration.ofSeconds(ttlSeconds));
        } catch (JedisException e) {
            LOG.warning("Could not renew the registration of " + url + " (retrying every " + heartbeatSeconds + " s): "
                    + e);
        }
    }
}
