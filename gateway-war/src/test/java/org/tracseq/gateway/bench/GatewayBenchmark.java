package org.tracseq.gateway.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.ExtraServer;
import org.tracseq.platform.testing.TestTokens;

/**
 * A simple GET ({@code /barcodes/validate}, one indexed lookup) directly on the barcodes service and
 * through the gateway (token verification, revocation list and the Redis rate limit on, with a
 * limit too high to refuse), at 1, 32 and 128 connections: throughput ratio, added p50/p99 latency,
 * and the CPU time each JVM spent per request. Not a test; run it as docs/gateway.md says. It starts
 * its own barcodes server and gateway (microservices layout, separate JVMs) on ports 8293 and 8289,
 * next to the load generator on the same machine; the load generator is a blocking client with
 * kept-alive connections, so that it takes as little of the shared CPU as it can.
 */
public final class GatewayBenchmark {
    private static final int BARCODES_PORT = 8293;
    private static final int GATEWAY_PORT = 8289;
    /**
     * Liberty's JIT keeps compiling its large request path for minutes on two shared cores, and
     * compiles again when the concurrency changes: a long first warm-up, then a shorter one at
     * each number of connections before it is measured.
     */
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmup-seconds", 60));
    private static final Duration WARM_UP_EACH = Duration.ofSeconds(Long.getLong("bench.warmup-each-seconds", 15));
    private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("bench.seconds", 10));
    private static final String QUERY = "/validate?barcode=TS-DNA-20261128-000001-X";
    /**
     * With {@code -Dbench.gateway-own-core=true} the gateway runs alone on the last core and the
     * service and load generator on the others (Linux {@code taskset}), as a gateway on a host of
     * its own would; by default all share every core.
     */
    private static final boolean GATEWAY_OWN_CORE = Boolean.getBoolean("bench.gateway-own-core");

    private GatewayBenchmark() {
    }

    /** One run: requests answered per second, latency percentiles, errors, CPU milliseconds per request. */
    record Result(double perSecond, double p50Millis, double p99Millis, long errors, double serviceCpuMillis,
                  double gatewayCpuMillis) {
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
            int cores = Runtime.getRuntime().availableProcessors();
            if (GATEWAY_OWN_CORE) {
                String others = cores == 2 ? "0" : "0-" + (cores - 2);
                pin(gateway.pid(), Integer.toString(cores - 1));
                pin(barcodes.pid(), others);
                pin(ProcessHandle.current().pid(), others);
            }
            String token = TestTokens.of(Role.GUEST);
            String direct = barcodes.rootUrl() + "/barcodes" + QUERY;
            String viaGateway = gateway.rootUrl() + "/api/barcodes" + QUERY;
            run(direct, token, 32, WARM_UP, barcodes, gateway);
            run(viaGateway, token, 32, WARM_UP, barcodes, gateway);
            System.out.printf("%nGET %s, %d s per run after %d s of warm-up (and %d s at each number of"
                    + " connections), on %d cores, %s%n", QUERY, MEASURE.toSeconds(), WARM_UP.toSeconds(),
                    WARM_UP_EACH.toSeconds(), cores, GATEWAY_OWN_CORE ? "the gateway alone on the last core"
                            : "gateway, service and load generator sharing them");
            System.out.printf("%-12s %10s %10s %7s %10s %10s %10s %10s %10s %10s %12s %12s %12s%n", "connections",
                    "direct/s", "gateway/s", "ratio", "p50 direct", "p50 gw", "p99 direct", "p99 gw", "added p50",
                    "added p99", "cpu service", "cpu service", "cpu gateway");
            System.out.printf("%-12s %10s %10s %7s %10s %10s %10s %10s %10s %10s %12s %12s %12s%n", "", "", "", "",
                    "", "", "", "", "", "", "(direct)", "(via gw)", "");
            for (int connections : List.of(1, 32, 128)) {
                run(direct, token, connections, WARM_UP_EACH, barcodes, gateway);
                Result d = run(direct, token, connections, MEASURE, barcodes, gateway);
                run(viaGateway, token, connections, WARM_UP_EACH, barcodes, gateway);
                Result g = run(viaGateway, token, connections, MEASURE, barcodes, gateway);
                System.out.printf("%-12d %10.0f %10.0f %6.0f%% %8.2fms %8.2fms %8.2fms %8.2fms %8.2fms %8.2fms "
                                + "%10.3fms %10.3fms %10.3fms%s%n",
                        connections, d.perSecond(), g.perSecond(), 100 * g.perSecond() / d.perSecond(),
                        d.p50Millis(), g.p50Millis(), d.p99Millis(), g.p99Millis(),
                        g.p50Millis() - d.p50Millis(), g.p99Millis() - d.p99Millis(),
                        d.serviceCpuMillis(), g.serviceCpuMillis(), g.gatewayCpuMillis(),
                        d.errors() + g.errors() > 0 ? "  errors: " + (d.errors() + g.errors()) : "");
            }
            System.out.println("cpu: milliseconds of CPU time the JVM spent per request answered (all its threads)");
        } finally {
            gateway.stop();
            barcodes.stop();
        }
    }

    /** {@code connections} clients, each sending its next request as soon as the last one answered. */
    private static Result run(String uri, String token, int connections, Duration length, ExtraServer service,
                              ExtraServer gateway) throws Exception {
        long[][] latencies = new long[connections][];
        AtomicLong errors = new AtomicLong();
        CountDownLatch finished = new CountDownLatch(connections);
        ExecutorService threads = Executors.newFixedThreadPool(connections);
        try (CloseableHttpClient http = HttpClients.custom().disableAutomaticRetries().disableCookieManagement()
                .disableContentCompression().setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnPerRoute(connections).setMaxConnTotal(connections).build()).build()) {
            Duration serviceCpu = service.cpuTime();
            Duration gatewayCpu = gateway.cpuTime();
            long end = System.nanoTime() + length.toNanos();
            for (int c = 0; c < connections; c++) {
                int client = c;
                threads.submit(() -> {
                    long[] own = new long[1 << 16];
                    int count = 0;
                    while (System.nanoTime() < end) {
                        HttpGet get = new HttpGet(uri);
                        get.setHeader("Authorization", "Bearer " + token);
                        long start = System.nanoTime();
                        try {
                            int status = http.execute(get, response -> {
                                EntityUtils.consume(response.getEntity());
                                return response.getCode();
                            });
                            if (status != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (IOException e) {
                            errors.incrementAndGet();
                        }
                        if (count == own.length) {
                            own = Arrays.copyOf(own, own.length * 2);
                        }
                        own[count++] = System.nanoTime() - start;
                    }
                    latencies[client] = Arrays.copyOf(own, count);
                    finished.countDown();
                });
            }
            finished.await();
            long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
            return new Result(all.length / (double) length.toSeconds(), percentile(all, 0.50), percentile(all, 0.99),
                    errors.get(), perRequest(service.cpuTime().minus(serviceCpu), all.length),
                    perRequest(gateway.cpuTime().minus(gatewayCpu), all.length));
        } finally {
            threads.shutdown();
        }
    }

    private static void pin(long pid, String cpus) throws IOException, InterruptedException {
        Process taskset = new ProcessBuilder("taskset", "-a", "-p", "-c", cpus, Long.toString(pid))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (taskset.waitFor() != 0) {
            throw new IllegalStateException("taskset could not pin " + pid + " to cores " + cpus);
        }
    }

    private static double perRequest(Duration cpu, int requests) {
        return requests == 0 ? Double.NaN : cpu.toNanos() / 1e6 / requests;
    }

    private static double percentile(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
