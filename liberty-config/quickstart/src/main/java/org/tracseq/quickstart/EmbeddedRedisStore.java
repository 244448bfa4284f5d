package org.tracseq.quickstart;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.ProcessBuilder.Redirect;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import redis.embedded.core.ExecutableProvider;

/**
 * A redis-server from the binaries on the classpath (embedded-redis), with an append-only file in
 * {@code <home>/redis} as docker/compose.yaml's Redis has: the event streams outlive a restart.
 */
final class EmbeddedRedisStore implements AutoCloseable {
    private static final Duration STARTUP = Duration.ofMinutes(1);
    private static final Duration SHUTDOWN = Duration.ofSeconds(30);

    private final Process process;
    private final Path data;

    private EmbeddedRedisStore(Process process, Path data) {
        this.process = process;
        this.data = data;
    }

    static EmbeddedRedisStore start(Address address, Path home) throws IOException {
        Path data = home.resolve("redis");
        Path log = home.resolve("redis.log");
        QuickStart.say("nothing answers at " + address + ": starting an embedded Redis there, with its data in " + data
                + " (log: " + log + ")");
        Files.createDirectories(data);
        // The binary for this machine, written beside the embedded PostgreSQL's.
        Path binaries = Files.createDirectories(home.resolve("runtime"));
        Process process = new ProcessBuilder(
                        ExecutableProvider.newJarResourceProvider(binaries.toFile())
                                .get()
                                .getPath(),
                        "--bind",
                        address.host(),
                        "--port",
                        Integer.toString(address.port()),
                        "--dir",
                        data.toString(),
                        "--appendonly",
                        "yes",
                        "--appendfsync",
                        "everysec",
                        "--save",
                        "")
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(log.toFile()))
                .start();
        EmbeddedRedisStore redis = new EmbeddedRedisStore(process, data);
        try {
            redis.awaitReady(address, log);
        } catch (IOException | RuntimeException notReady) {
            redis.close();
            throw notReady;
        }
        QuickStart.say("embedded Redis ready at " + address);
        return redis;
    }

    /** Until it answers PING, which it does only once its append-only file is loaded. */
    private void awaitReady(Address address, Path log) throws IOException {
        Instant deadline = Instant.now().plus(STARTUP);
        while (!pong(address)) {
            if (!process.isAlive()) {
                throw new IOException("The embedded Redis exited with code " + process.exitValue() + "; see " + log);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IOException("The embedded Redis did not answer within " + STARTUP + "; see " + log);
            }
            pause();
        }
    }

    private static boolean pong(Address address) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address.host(), address.port()), 1000);
            socket.setSoTimeout(1000);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String reply = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return "+PONG".equals(reply);
        } catch (IOException e) {
            return false;
        }
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for the embedded Redis", e);
        }
    }

    /** SIGTERM: Redis writes out its append-only file and exits. */
    @Override
    public void close() throws IOException {
        QuickStart.say("stopping the embedded Redis (its data stays in " + data + ")");
        process.destroy();
        try {
            if (!process.waitFor(SHUTDOWN.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
