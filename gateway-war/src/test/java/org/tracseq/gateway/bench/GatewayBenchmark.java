package org.tracseq.gateway.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.ExtraServer;
import org.tracseq.platform.testing.TestTokens;

/**
 * A simple GET ({@code /barcodes/validate}, one indexed lookup) directly on the barcodes service and
 * through the gateway (token verification and the Redis rate limit on, with a limit too high to
 * refuse), at 1, 32 and 128 connections: throughput ratio and added p50/p99 latency. Not a test;
 * run it as docs/gateway.md says. It starts its own barcodes server and gateway (microservices
 * layout, separate JVMs) on ports 8293 and 8289, next to the load generator on the same machine.
 */
public final class GatewayBenchmark {
    private static final int BARCODES_PORT = 8293;
    private static final int GATEWAY_PORT = 8289;
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmup-seconds", 15));
    private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("bench.seconds", 10));
    private static final String QUERY = "/validate?barcode=TS-DNA-20261128-000001-X";

    private GatewayBenchmark() {
    }

    record Result(double perSecond, double p50Millis, double p99Millis, long errors) {
    }

    public static void main(String[] args) throws Exception {
        String keys = System.getProperty("its.verification.keys");
        ExtraServer barcodes = ExtraServer.start("bench-barcodes", "services/barcodes", "barcodes", BARCODES_PORT,
                Map.of("mp.jwt.verify.publickey.location", keys));
        ExtraServer gateway = ExtraServer.start("bench-gateway", "gateway-war", "gateway", GATEWAY_PORT, Map.of(
                "mp.jwt.verify.publickey.location", keys,
                "tracseq.routes", "barcodes",
                "tracseq.route.barcodes.url", "http://localhost:" + BARCODES_PORT + "/barcodes",
                "tracseq.ratelimit.read.requests", "1000000000"));
        try {
            String token = TestTokens.of(Role.GUEST);
            URI direct = URI.create(barcodes.rootUrl() + "/barcodes" + QUERY);
            URI viaGateway = URI.create(gateway.rootUrl() + "/api/barcodes" + QUERY);
            run(direct, token, 32, WARM_UP);
            run(viaGateway, token, 32, WARM_UP);
            System.out.printf("%nGET %s, %d s per run, on %d cores%n", QUERY, MEASURE.toSeconds(),
                    Runtime.getRuntime().availableProcessors());
            System.out.printf("%-12s %12s %12s %8s %10s %10s %10s %10s %12s %12s%n", "connections", "direct/s",
                    "gateway/s", "ratio", "p50 direct", "p50 gw", "p99 direct", "p99 gw", "added p50", "added p99");
            for (int connections : List.of(1, 32, 128)) {
                Result d = run(direct, token, connections, MEASURE);
                Result g = run(viaGateway, token, connections, MEASURE);
                System.out.printf("%-12d %12.0f %12.0f %7.0f%% %8.2fms %8.2fms %8.2fms %8.2fms %10.2fms %10.2fms%s%n",
                        connections, d.perSecond(), g.perSecond(), 100 * g.perSecond() / d.perSecond(),
                        d.p50Millis(), g.p50Millis(), d.p99Millis(), g.p99Millis(),
                        g.p50Millis() - d.p50Millis(), g.p99Millis() - d.p99Millis(),
                        d.errors() + g.errors() > 0 ? "  errors: " + (d.errors() + g.errors()) : "");
            }
        } finally {
            gateway.stop();
            barcodes.stop();
        }
    }

    /** {@code connections} clients, each sending its next request as soon as the last one answered. */
    private static Result run(URI uri, String token, int connections, Duration length) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(connections);
        long[][] latencies = new long[connections][];
        AtomicLong errors = new AtomicLong();
        CountDownLatch finished = new CountDownLatch(connections);
        long end = System.nanoTime() + length.toNanos();
        for (int c = 0; c < connections; c++) {
            int client = c;
            threads.submit(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).build();
                long[] own = new long[1 << 16];
                int count = 0;
                try {
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (status != 200) {
                            errors.incrementAndGet();
                        }
                        if (count == own.length) {
                            own = Arrays.copyOf(own, own.length * 2);
                        }
                        own[count++] = System.nanoTime() - start;
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                } finally {
                    latencies[client] = Arrays.copyOf(own, count);
                    finished.countDown();
                }
            });
        }
        finished.await();
        threads.shutdown();
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(all.length / (double) length.toSeconds(), percentile(all, 0.50), percentile(all, 0.99),
                errors.get());
    }

    private static double percentile(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
