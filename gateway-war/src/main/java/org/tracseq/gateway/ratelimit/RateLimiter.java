package org.tracseq.gateway.ratelimit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * GCRA rate limits shared by every gateway instance through Redis: one {@code EVALSHA} round trip
 * per request, the script loaded once and again after {@code NOSCRIPT} (a Redis restart or
 * {@code SCRIPT FLUSH}). While Redis cannot be reached the limits are kept in this JVM
 * ({@link LocalGcra}) and Redis is tried again every {@code redisRetry}; the first success switches
 * back by itself.
 */
public class RateLimiter {
    private static final Logger LOG = Logger.getLogger(RateLimiter.class.getName());
    private static final String SCRIPT = script();

    private final UnifiedJedis redis;
    private final Duration redisRetry;
    private final LongSupplier clockMillis;
    private final LocalGcra local;
    private final AtomicLong localUntil = new AtomicLong();
    private volatile String sha;

    public RateLimiter(UnifiedJedis redis, Duration redisRetry, LongSupplier clockMillis) {
        this.redis = redis;
        this.redisRetry = redisRetry;
        this.clockMillis = clockMillis;
        this.local = new LocalGcra(() -> clockMillis.getAsLong() * 1000);
    }

    /** Counts one request of {@code key} against {@code limit}. */
    public Decision acquire(String key, Limit limit) {
        if (clockMillis.getAsLong() < localUntil.get()) {
            return local.acquire(key, limit);
        }
        try {
            Decision decision = inRedis(key, limit);
            if (localUntil.getAndSet(0) != 0) {
                local.forgetIdle();
                LOG.info("Rate limits are kept in Redis again");
            }
            return decision;
        } catch (JedisException e) {
            if (localUntil.getAndSet(clockMillis.getAsLong() + redisRetry.toMillis()) == 0) {
                LOG.warning("Redis cannot be reached; rate limits are kept per gateway instance until it can: " + e);
            }
            return local.acquire(key, limit);
        }
    }

    /** Whether limits are currently shared through Redis (false: kept locally while Redis is away). */
    public boolean sharedThroughRedis() {
        return clockMillis.getAsLong() >= localUntil.get();
    }

    private Decision inRedis(String key, Limit limit) {
        List<String> keys = List.of(key);
        List<String> args = List.of(Long.toString(limit.intervalMicros()), Long.toString(limit.periodMicros()));
        Object reply;
        try {
            reply = redis.evalsha(loadedSha(), keys, args);
        } catch (JedisNoScriptException e) {
            sha = redis.scriptLoad(SCRIPT);
            reply = redis.evalsha(sha, keys, args);
        }
        List<?> values = (List<?>) reply;
        return new Decision(((Long) values.get(0)) == 1, limit.requests(), (Long) values.get(1), (Long) values.get(2),
                (Long) values.get(3));
    }

    private String loadedSha() {
        String loaded = sha;
        if (loaded == null) {
            loaded = redis.scriptLoad(SCRIPT);
            sha = loaded;
        }
        return loaded;
    }

    private static String script() {
        try (InputStream in = RateLimiter.class.getResourceAsStream("gcra.lua")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
