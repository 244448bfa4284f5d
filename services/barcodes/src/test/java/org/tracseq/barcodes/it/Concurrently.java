package org.tracseq.barcodes.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.tracseq.platform.testing.TracSeqServer;

/** Fires N requests at once (each on its own thread, released together) and collects their statuses. */
final class Concurrently {
    private Concurrently() {
    }

    static List<Integer> post(int count, IntFunction<String> path, IntFunction<String> body) {
        // HTTP/1.1, one connection per request like independent clients; the JDK's default h2c upgrade
        // would multiplex them all over one connection and stall in Liberty.
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            List<CompletableFuture<Integer>> calls = IntStream.range(0, count).mapToObj(i -> {
                HttpRequest request = HttpRequest.newBuilder(URI.create(TracSeqServer.baseUrl() + path.apply(i)))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body.apply(i)))
                        .build();
                return CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, threads);
            }).toList();
            start.countDown();
            return calls.stream().map(CompletableFuture::join).toList();
        } finally {
            threads.shutdownNow();
        }
    }
}
