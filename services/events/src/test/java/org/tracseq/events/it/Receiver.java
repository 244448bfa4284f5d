package org.tracseq.events.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntSupplier;

/** A webhook receiver in the test: records every request and answers with the status it is told. */
final class Receiver implements AutoCloseable {
    /** One request as received. */
    record Request(Instant at, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private Receiver(IntSupplier status) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                requests.add(new Request(
                        Instant.now(),
                        Map.copyOf(exchange.getRequestHeaders()),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            exchange.sendResponseHeaders(status.getAsInt(), -1);
            exchange.close();
        });
        server.start();
    }

    /** Answers each request with the next of {@code statuses}, then {@code thereafter}. */
    static Receiver answering(List<Integer> statuses, int thereafter) throws IOException {
        var queue = new ConcurrentLinkedQueue<>(statuses);
        return new Receiver(() -> {
            Integer next = queue.poll();
            return next == null ? thereafter : next;
        });
    }

    static Receiver answering(int status) throws IOException {
        return answering(List.of(), status);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
