package org.tracseq.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.TestTokens;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * 200 MB through the gateway each way, to an upstream HTTP server in this JVM (the route
 * {@code bulk}): the upstream reads the first bytes of an upload while the client is still sending
 * it, and the client reads the first bytes of a download while the upstream is still writing it,
 * so the gateway never holds a body whole. Every byte arrives.
 */
class GatewayStreamingIT {
    private static final long SIZE = 200L * 1024 * 1024;
    private static final int CHUNK = 64 * 1024;
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static HttpServer upstream;
    private static ExecutorService upstreamThreads;
    /** System.nanoTime() of the upstream's first upload byte and of its last download byte written. */
    private static final AtomicLong firstUploadByteAt = new AtomicLong();

    private static final AtomicLong downloadWrittenAt = new AtomicLong();

    @BeforeAll
    static void start() throws IOException {
        TracSeqServer.awaitReady();
        upstream = HttpServer.create(new InetSocketAddress("localhost", Integer.getInteger("its.bulk.port")), 16);
        upstreamThreads = Executors.newFixedThreadPool(4);
        upstream.setExecutor(upstreamThreads);
        upstream.createContext("/health/ready", exchange -> answer(exchange, "{\"status\":\"UP\"}"));
        upstream.createContext(
                "/bulk/upload",
                exchange -> answer(exchange, Long.toString(drain(exchange.getRequestBody(), firstUploadByteAt))));
        upstream.createContext("/bulk/download", exchange -> {
            exchange.sendResponseHeaders(200, SIZE);
            byte[] chunk = new byte[CHUNK];
            try (OutputStream body = exchange.getResponseBody()) {
                for (long sent = 0; sent < SIZE; sent += CHUNK) {
                    body.write(chunk);
                }
            }
            downloadWrittenAt.set(System.nanoTime());
        });
        upstream.start();
    }

    @AfterAll
    static void stop() {
        upstream.stop(0);
        upstreamThreads.shutdownNow();
    }

    /** Reads {@code body} to its end and closes it; notes when its first byte came. */
    private static long drain(InputStream body, AtomicLong firstByteAt) throws IOException {
        long bytes = 0;
        byte[] buffer = new byte[CHUNK];
        try (body) {
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                if (bytes == 0 && read > 0) {
                    firstByteAt.set(System.nanoTime());
                }
                bytes += read;
            }
        }
        return bytes;
    }

    private static void answer(HttpExchange exchange, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(bytes);
        }
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(TracSeqServer.rootUrl() + "/api/bulk/" + path))
                .timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + TestTokens.of(Role.GUEST));
    }

    /** 200 MB made up as they are read; remembers when the last of them was handed over. */
    private static final class Generated extends InputStream {
        private long left = SIZE;
        /** Set on the client's thread, read on the test's. */
        private volatile long finishedAt;

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left == 0) {
                if (finishedAt == 0) {
                    finishedAt = System.nanoTime();
                }
                return -1;
            }
            int count = (int) Math.min(length, left);
            left -= count;
            return count;
        }
    }

    @Test
    void anUploadOfKnownLengthStreamsThrough() throws Exception {
        uploadStreamsThrough(true);
    }

    @Test
    void aChunkedUploadStreamsThrough() throws Exception {
        uploadStreamsThrough(false);
    }

    private static void uploadStreamsThrough(boolean withLength) throws Exception {
        Generated body = new Generated();
        BodyPublisher generated = BodyPublishers.ofInputStream(() -> body);
        HttpResponse<String> response = HTTP.send(
                request("upload")
                        .POST(withLength ? BodyPublishers.fromPublisher(generated, SIZE) : generated)
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Long.parseLong(response.body())).isEqualTo(SIZE);
        assertThat(firstUploadByteAt.get())
                .as("the service had the first bytes before the client sent the last")
                .isLessThan(body.finishedAt);
    }

    @Test
    void aDownloadStreamsThrough() throws Exception {
        HttpResponse<InputStream> response =
                HTTP.send(request("download").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        AtomicLong firstByteAt = new AtomicLong();
        assertThat(drain(response.body(), firstByteAt)).isEqualTo(SIZE);
        assertThat(firstByteAt.get())
                .as("the client had the first bytes before the service wrote the last")
                .isLessThan(downloadWrittenAt.get());
    }
}
