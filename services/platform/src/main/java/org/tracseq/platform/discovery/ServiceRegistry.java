package org.tracseq.platform.discovery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.tracseq.platform.redis.Redis;

/**
 * Service instances that announced themselves, in Redis: one sorted set per service,
 * {@code tracseq:registry:<service>}, each member an instance's base URL scored with the moment its
 * registration lapses unless renewed. A crashed instance thus drops out on its own after its TTL.
 * Calls throw {@code JedisException} when Redis is unreachable.
 */
@ApplicationScoped
public class ServiceRegistry {
    static final String KEY = "tracseq:registry:";

    @Inject
    Redis redis;

    /** Announces (or renews) an instance for {@code ttl}. */
    public void register(String service, URI baseUrl, Duration ttl) {
        redis.client().zadd(KEY + service, System.currentTimeMillis() + ttl.toMillis(), baseUrl.toString());
    }

    public void deregister(String service, URI baseUrl) {
        redis.client().zrem(KEY + service, baseUrl.toString());
    }

    /** The instances whose registration has not lapsed; lapsed ones are removed on the way. */
    public List<URI> instancesOf(String service) {
        long now = System.currentTimeMillis();
        redis.client().zremrangeByScore(KEY + service, Double.NEGATIVE_INFINITY, now);
        return redis.client().zrangeByScore(KEY + service, now, Double.POSITIVE_INFINITY).stream()
                .map(URI::create)
                .toList();
    }
}
