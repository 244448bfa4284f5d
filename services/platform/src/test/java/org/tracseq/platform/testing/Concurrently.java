package org.tracseq.platform.testing;

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
import org.tracseq.platform.testing.wire.WireContract;

/**
 * Fires {@code count} POSTs at the application at once (each on its own thread and connection,
 * released together, like independent clients) and collects the answers, each checked against its
 * contract ({@link WireContract}). HTTP/1.1: the JDK
 * client's default h2c upgrade would multiplex them over one connection and stall in Liberty.
 */
public final class Concurrently {

    /** An HTTP answer of one of the concurrent calls. */
    public record Answer(int status, String body) {}

    private Concurrently() {}

    /** @param bearer an access token sent with every call, or null for none */
    public static List<Answer> post(int count, String bearer, IntFunction<String> path, IntFunction<String> body) {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            List<CompletableFuture<Answer>> calls = IntStream.range(0, count)
                    .mapToObj(i -> {
                        HttpRequest.Builder request = HttpRequest.newBuilder(
                                        URI.create(TracSeqServer.baseUrl() + path.apply(i)))
                                .timeout(Duration.ofSeconds(60))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body.apply(i)));
                        if (bearer != null) {
                            request.header("Authorization", "Bearer " + bearer);
                        }
                        return CompletableFuture.supplyAsync(
                                () -> {
                                    try {
                                        start.await();
                                        HttpResponse<String> response =
                                                http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                                        WireContract.assertConforms(WireContract.Exchange.of(response));
                                        return new Answer(response.statusCode(), response.body());
                                    } catch (Exception e) {
                                        throw new IllegalStateException(e);
                                    }
                                },
                                threads);
                    })
                    .toList();
            start.countDown();
            return calls.stream().map(CompletableFuture::join).toList();
        } finally {
            threads.shutdownNow();
        }
    }
}
