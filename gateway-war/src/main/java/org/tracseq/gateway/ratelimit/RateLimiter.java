package org.tracseq.gateway.ratelimit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * GCRA rate limits shared by every gateway instance through Redis, together with the check of the
 * caller's token against the revocation list: one {@code EVALSHA} round trip per request
 * ({@code admit.lua}), the script loaded once and again after {@code NOSCRIPT} (a Redis restart or
 * {@code SCRIPT FLUSH}). While Redis cannot be reached the limits are kept in this JVM
 * ({@link LocalGcra}), tokens that verify are let through (an outage of the list must not become an
 * outage of the API; every service verifies them again), and Redis is tried again every
 * {@code redisRetry}; the first success switches back by itself.
 */
public class RateLimiter {
    private static final Logger LOG = Logger.getLogger(RateLimiter.class.getName());
    private static final String SCRIPT = script();
    /** The script's answer for a token on the revocation list. */
    private static final long REVOKED = -1;

    private final UnifiedJedis redis;
    private final Duration redisRetry;
    private final LongSupplier clockMillis;
    private final LocalGcra local;
    /** 0 while on Redis; else when to try Redis again (kept nonzero until a call succeeds). */
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
        return acquireUnlessRevoked(key, limit, List.of()).orElseThrow();
    }

    /**
     * Counts one request of {@code key} against {@code limit}, unless one of {@code revocationKeys}
     * (the caller's entries in the revocation list) is in Redis: then nothing is counted and the
     * answer is empty.
     */
    public Optional<Decision> acquireUnlessRevoked(String key, Limit limit, List<String> revocationKeys) {
        if (clockMillis.getAsLong() < localUntil.get()) {
            return Optional.of(local.acquire(key, limit));
        }
        try {
            Optional<Decision> decision = inRedis(key, limit, revocationKeys);
            if (localUntil.getAndSet(0) != 0) {
                local.forgetIdle();
                LOG.info("Rate limits are kept in Redis again");
            }
            return decision;
        } catch (JedisException e) {
            if (localUntil.getAndSet(clockMillis.getAsLong() + redisRetry.toMillis()) == 0) {
                LOG.warning("Redis cannot be reached; until it can, rate limits are kept per gateway instance"
                        + " and tokens are not checked against the revocation list: " + e);
            }
            return Optional.of(local.acquire(key, limit));
        }
    }

    /**
     * Whether limits are currently shared through Redis: false from a failed call until a call
     * succeeds again, so health does not flap between the retries of an outage.
     */
    public boolean sharedThroughRedis() {
        return localUntil.get() == 0;
    }

    private Optional<Decision> inRedis(String key, Limit limit, List<String> revocationKeys) {
        List<String> keys = new ArrayList<>(1 + revocationKeys.size());
        keys.add(key);
        keys.addAll(revocationKeys);
        List<String> args = List.of(Long.toString(limit.intervalMicros()), Long.toString(limit.periodMicros()));
        Object reply;
        try {
            reply = redis.evalsha(loadedSha(), keys, args);
        } catch (JedisNoScriptException e) {
            sha = redis.scriptLoad(SCRIPT);
            reply = redis.evalsha(sha, keys, args);
        }
        List<?> values = (List<?>) reply;
        long allowed = (Long) values.get(0);
        if (allowed == REVOKED) {
            return Optional.empty();
        }
        return Optional.of(new Decision(
                allowed == 1, limit.requests(), (Long) values.get(1), (Long) values.get(2), (Long) values.get(3)));
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
        try (InputStream in = RateLimiter.class.getResourceAsStream("admit.lua")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
