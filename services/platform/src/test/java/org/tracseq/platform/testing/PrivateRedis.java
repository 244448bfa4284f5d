package org.tracseq.platform.testing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;

/**
 * A Redis server of a test's own (the machine's {@code redis-server}), which the test may kill and
 * start again: outages are tested without touching the shared Redis. It starts again empty, unless
 * made {@link #persistent()}.
 */
public final class PrivateRedis implements AutoCloseable {
    private final int port;
    /** Where a persistent one keeps its append-only file; null for none. */
    private final Path dataDirectory;

    private Process process;

    public PrivateRedis() {
        this(null);
    }

    private PrivateRedis(Path dataDirectory) {
        this.port = ExtraServer.freePort();
        this.dataDirectory = dataDirectory;
        start();
    }

    /**
     * One that keeps its data in an append-only file written before each command is answered, as
     * production's Redis keeps the event streams: after a kill and a start it has every entry it
     * acknowledged.
     */
    public static PrivateRedis persistent() {
        try {
            return new PrivateRedis(Files.createTempDirectory("tracseq-redis"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** Starts it (again; empty unless persistent) on the same port and waits until it answers. */
    public void start() {
        List<String> command = new ArrayList<>(List.of("redis-server", "--port", Integer.toString(port), "--save", ""));
        command.addAll(
                dataDirectory == null
                        ? List.of("--appendonly", "no")
                        : List.of("--appendonly", "yes", "--appendfsync", "always", "--dir", dataDirectory.toString()));
        try {
            process = new ProcessBuilder(command)
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
