package org.tracseq.platform.testing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;

/**
 * A Redis server of a test's own (the machine's {@code redis-server}, no persistence), which the
 * test may kill and start again: outages are tested without touching the shared Redis.
 */
public final class PrivateRedis implements AutoCloseable {
    private final int port;
    private Process process;

    public PrivateRedis() {
        port = ExtraServer.freePort();
        start();
    }

    public int port() {
        return port;
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    /** A client with short timeouts, like the services'. */
    public RedisClient client() {
        return RedisClient.builder()
                .hostAndPort("127.0.0.1", port)
                .clientConfig(DefaultJedisClientConfig.builder()
                        .connectionTimeoutMillis(300)
                        .socketTimeoutMillis(300)
                        .build())
                .build();
    }

    /** Starts it (again, empty) on the same port and waits until it answers. */
    public void start() {
        try {
            process = new ProcessBuilder(
                            "redis-server", "--port", Integer.toString(port), "--save", "", "--appendonly", "no")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (RedisClient probe = client()) {
            await("private Redis on " + port)
                    .atMost(Duration.ofSeconds(10))
                    .ignoreExceptions()
                    .until(() -> "PONG".equals(probe.ping()));
        }
    }

    /** Stops it at once, as a crash would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
