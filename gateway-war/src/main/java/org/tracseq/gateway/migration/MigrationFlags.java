package org.tracseq.gateway.migration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.tracseq.gateway.routing.Route;
import org.tracseq.gateway.routing.RouteTable;
import org.tracseq.platform.problem.ProblemException;
import org.tracseq.platform.redis.Redis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Each route's migration {@link Mode}: the default from {@code tracseq.route.<name>.mode}
 * (service unless set), overridden at run time by the Redis hash {@code tracseq:migration:modes},
 * which every gateway instance reads every {@code tracseq.gateway.migration.poll-ms}, so a change
 * takes effect everywhere within a second, without a restart. Changes are audited in
 * {@code tracseq:migration:audit} (newest first, the last 1000) and the log.
 */
@ApplicationScoped
public class MigrationFlags {
    static final String MODES = "tracseq:migration:modes";
    static final String AUDIT = "tracseq:migration:audit";
    private static final Logger LOG = Logger.getLogger(MigrationFlags.class.getName());

    @Inject
    RouteTable routes;

    @Inject
    Redis redis;

    /** For each route's default mode, {@code tracseq.route.<name>.mode}: keys named by the routes, read once. */
    @Inject
    Config config;

    @Inject
    @ConfigProperties
    MigrationSettings settings;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Map<String, Mode> defaults = new ConcurrentHashMap<>();
    private final Map<String, Mode> current = new ConcurrentHashMap<>();

    @PostConstruct
    void loadDefaults() {
        for (Route route : routes.all()) {
            Mode mode = config.getOptionalValue("tracseq.route." + route.name() + ".mode", String.class)
                    .map(Mode::parse)
                    .orElse(Mode.SERVICE);
            defaults.put(route.name(), mode);
            current.put(route.name(), mode);
        }
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        scheduler.scheduleWithFixedDelay(this::poll, 0, settings.pollMs, TimeUnit.MILLISECONDS);
    }

    public Mode modeOf(Route route) {
        return current.getOrDefault(route.name(), Mode.SERVICE);
    }

    /** Sets a route's mode for every gateway instance; refused without a monolith to send traffic to. */
    public void set(Route route, Mode mode, String actor) {
        if (mode.percentToService() < 100 && route.monolith().isEmpty()) {
            throw ProblemException.conflict("Route " + route.name() + " has no monolith URL " + "(tracseq.route."
                    + route.name() + ".monolith-url) to send traffic to");
        }
        Mode before = modeOf(route);
        String entry = Json.createObjectBuilder()
                .add("route", route.name())
                .add("from", before.toString())
                .add("to", mode.toString())
                .add("actor", actor)
                .add("at", Instant.now().toString())
                .build()
                .toString();
        redis.client().hset(MODES, route.name(), mode.toString());
        redis.client().lpush(AUDIT, entry);
        redis.client().ltrim(AUDIT, 0, 999);
        current.put(route.name(), mode);
        LOG.info(() -> "Migration mode of " + route.name() + ": " + before + " -> " + mode + " by " + actor);
    }

    /** The most recent changes, newest first, as JSON documents. */
    public List<String> recentChanges(int count) {
        return redis.client().lrange(AUDIT, 0, count - 1L);
    }

    void poll() {
        try {
            Map<String, String> stored = redis.client().hgetAll(MODES);
            defaults.forEach((route, fallback) ->
                    current.put(route, stored.containsKey(route) ? Mode.parse(stored.get(route)) : fallback));
        } catch (JedisException | ProblemException e) {
            // Keep the modes last read: a Redis outage or a bad stored value must not flip traffic.
            LOG.fine(() -> "Migration modes not refreshed: " + e.getMessage());
        }
    }
}
