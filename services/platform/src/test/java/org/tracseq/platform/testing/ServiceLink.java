package org.tracseq.platform.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The road from one service to another on the integration-test server (a second storage server to
 * the real samples service, sequencing to qaqc): a forwarding proxy in the test's JVM, where the
 * calling service's URL setting points, that can be cut, so the other service becomes unreachable
 * for that caller alone (connection refused), or made to answer every request 503 (as an
 * overloaded service would), counting them. The service behind it keeps running for everyone else.
 */
public final class ServiceLink implements AutoCloseable {
    private static final List<String> FORWARDED_HEADERS =
            List.of("Authorization", "Content-Type", "Accept", "X-Request-Id");
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** Requests are forwarded side by side, as the service behind the link would take them. */
    private static final ExecutorService FORWARDERS = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "service-link");
        thread.setDaemon(true);
        return thread;
    });

    private final int port;
    private volatile boolean failing;
    private final AtomicInteger failed = new AtomicInteger();
    private HttpServer server;

    private ServiceLink(int port) {
        this.port = port;
    }

    /** To the integration-test server, on a port that was free a moment ago. */
    public static ServiceLink open() {
        return open(ExtraServer.freePort());
    }

    /**
     * To the integration-test server, on {@code port}: one the build configured the server with
     * beforehand (its URL setting of the service behind the link).
     */
    public static ServiceLink open(int port) {
        ServiceLink link = new ServiceLink(port);
        link.up();
        return link;
    }

    /** What the calling server is configured with as the other service's root. */
    public String url() {
        return "http://localhost:" + port;
    }

    /** Forwards everything (again). */
    public synchronized void up() {
        failing = false;
        failed.set(0);
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::forward);
        server.setExecutor(FORWARDERS);
        server.start();
    }

    /** Nothing listens any more: every connection is refused. */
    public synchronized void cut() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /**
     * Every request is answered 503 at once. (A connection closed without an answer would be retried
     * by the HTTP client itself for a read, hiding the caller's own attempts.)
     */
    public void fail() {
        failing = true;
    }

    /** How many requests failed since the link was last (re)opened: one per attempt of the caller. */
    public int failed() {
        return failed.get();
    }

    @Override
    public void close() {
        cut();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try {
            if (failing) {
                failed.incrementAndGet();
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(
                            URI.create(TracSeqServer.rootUrl() + exchange.getRequestURI()))
                    .timeout(Duration.ofSeconds(30))
                    .method(
                            exchange.getRequestMethod(),
                            HttpRequest.BodyPublishers.ofByteArray(
                                    exchange.getRequestBody().readAllBytes()));
            FORWARDED_HEADERS.forEach(name -> exchange.getRequestHeaders()
                    .getOrDefault(name, List.of())
                    .forEach(value -> request.header(name, value)));
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            response.headers()
                    .firstValue("Content-Type")
                    .ifPresent(type -> exchange.getResponseHeaders().add("Content-Type", type));
            exchange.sendResponseHeaders(
                    response.statusCode(), response.body().length == 0 ? -1 : response.body().length);
            exchange.getResponseBody().write(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }
}
