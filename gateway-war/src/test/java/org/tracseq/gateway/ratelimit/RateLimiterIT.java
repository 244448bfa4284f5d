package org.tracseq.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.testing.PrivateRedis;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;

/**
 * The limiter against real Redis servers: exact across two gateway instances under concurrency,
 * surviving a script flush, and falling back to local limits while Redis is stopped and back to
 * Redis once it runs again. The outage uses a {@link PrivateRedis} (the shared one stays up).
 */
class RateLimiterIT {
    private static RedisClient client(int port) {
        return RedisClient.builder()
                .hostAndPort("127.0.0.1", port)
                .clientConfig(DefaultJedisClientConfig.builder()
                        .connectionTimeoutMillis(300)
                        .socketTimeoutMillis(300)
                        .build())
                .build();
    }

    @Test
    void twoGatewaysSharingRedisNeverAdmitMoreThanTheLimit() throws Exception {
        try (RedisClient first = client(6379);
                RedisClient second = client(6379)) {
            List<RateLimiter> gateways = List.of(
                    new RateLimiter(first, Duration.ofSeconds(1), System::currentTimeMillis),
                    new RateLimiter(second, Duration.ofSeconds(1), System::currentTimeMillis));
            String key = "tracseq:ratelimit:test:" + UUID.randomUUID();
            Limit limit = new Limit(50, Duration.ofMinutes(10));
            ExecutorService threads = Executors.newFixedThreadPool(32);
            try {
                List<Callable<Boolean>> calls = IntStream.range(0, 400)
                        .<Callable<Boolean>>mapToObj(i ->
                                () -> gateways.get(i % 2).acquire(key, limit).allowed())
                        .toList();
                long admitted = threads.invokeAll(calls).stream()
                        .filter(RateLimiterIT::get)
                        .count();
                assertThat(admitted).isEqualTo(50);
            } finally {
                threads.shutdownNow();
            }
            assertThat(gateways).allMatch(RateLimiter::sharedThroughRedis);
        }
    }

    @Test
    void aRevokedTokenIsToldInTheSameCallAndNothingIsCounted() throws Exception {
        try (PrivateRedis server = new PrivateRedis();
                RedisClient redis = server.client()) {
            RateLimiter limiter = new RateLimiter(redis, Duration.ofSeconds(1), System::currentTimeMillis);
            Limit limit = new Limit(3, Duration.ofMinutes(1));
            List<String> entries = List.of("tracseq:revoked:subject:s1", "tracseq:revoked:session:x1");
            assertThat(limiter.acquireUnlessRevoked("k", limit, entries))
                    .hasValueSatisfying(
                            decision -> assertThat(decision.remaining()).isEqualTo(2));

            redis.setex("tracseq:revoked:session:x1", 60, "1");
            assertThat(limiter.acquireUnlessRevoked("k", limit, entries)).isEmpty();
            assertThat(limiter.acquire("k", limit).remaining())
                    .as("the revoked request was not counted")
                    .isEqualTo(1);
        }
    }

    @Test
    void aFlushedScriptIsLoadedAgain() throws Exception {
        try (PrivateRedis server = new PrivateRedis();
                RedisClient redis = server.client()) {
            RateLimiter limiter = new RateLimiter(redis, Duration.ofSeconds(1), System::currentTimeMillis);
            Limit limit = new Limit(3, Duration.ofMinutes(1));
            assertThat(limiter.acquire("k", limit).remaining()).isEqualTo(2);
            redis.scriptFlush();
            assertThat(limiter.acquire("k", limit).remaining()).isEqualTo(1);
            assertThat(limiter.sharedThroughRedis()).isTrue();
        }
    }

    @Test
    void withRedisStoppedLimitsHoldLocallyAndRedisIsUsedAgainOnceBack() throws Exception {
        try (PrivateRedis server = new PrivateRedis();
                RedisClient redis = server.client()) {
            RateLimiter limiter = new RateLimiter(redis, Duration.ofMillis(100), System::currentTimeMillis);
            Limit limit = new Limit(5, Duration.ofMinutes(1));
            assertThat(limiter.acquire("k", limit).allowed()).isTrue();

            server.kill();
            for (int i = 0; i < 5; i++) {
                assertThat(limiter.acquire("k", limit).allowed()).isTrue();
            }
            assertThat(limiter.acquire("k", limit).allowed()).as("local limit").isFalse();
            assertThat(limiter.sharedThroughRedis()).isFalse();

            server.start();
            await("back on Redis").atMost(Duration.ofSeconds(10)).until(() -> {
                limiter.acquire("other", limit);
                return limiter.sharedThroughRedis();
            });
            // Redis restarted empty, so the key starts afresh there.
            assertThat(limiter.acquire("k", limit).remaining()).isEqualTo(4);
        }
    }

    private static Boolean get(Future<Boolean> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
