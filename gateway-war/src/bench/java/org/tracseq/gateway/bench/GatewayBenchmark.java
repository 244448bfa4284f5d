package org.tracseq.gateway.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.junit.jupiter.api.Test;
import org.tracseq.gateway.ratelimit.Limit;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.ExtraServer;
import org.tracseq.platform.testing.TestTokens;

/**
 * A simple GET ({@code /barcodes/validate}, one indexed lookup) directly on the barcodes service and
 * through the gateway (token verification, revocation list and the Redis rate limit on, with a
 * limit too high to refuse), at 1, 32 and 128 connections: throughput ratio, added p50/p99 latency,
 * the CPU time each JVM spent per request, and the machine's CPU per request by process
 * ({@link CpuMeter}). Not a test: it lives in {@code src/bench}, which only {@code -Pbench} compiles
 * and runs ({@code ./mvnw -B -Pbench -pl gateway-war -am verify}, docs/gateway.md). It starts
 * its own barcodes server and gateway (microservices layout, separate JVMs) on ports 8293 and 8289,
 * next to the load generator on the same machine; the load generator is a blocking client with
 * kept-alive connections, so that it takes as little of the shared CPU as it can. When nginx is
 * installed, the same GET is also measured through it ({@link NginxReference}), as the cost of a
 * hop through a proxy that does nothing else, and, with its Lua module, through nginx doing the
 * gateway's checks, as the cost of those checks in a hop that is not a Java application.
 */
class GatewayBenchmark {
    private static final int BARCODES_PORT = 8293;
    private static final int GATEWAY_PORT = 8289;
    private static final int NGINX_PORT = 8290;
    private static final int NGINX_GATEWAY_PORT = 8291;
    /** The read limit of the gateway and nginx+lua: so high that every request is counted and let through. */
    private static final Limit READ_LIMIT = new Limit(1_000_000_000L, Duration.ofMinutes(1));
    /**
     * Liberty's JIT keeps compiling its large request path for minutes on two shared cores, and
     * compiles again when the concurrency changes: a long first warm-up, then a shorter one at
     * each number of connections before it is measured.
     */
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmup-seconds", 60));

    private static final Duration WARM_UP_EACH = Duration.ofSeconds(Long.getLong("bench.warmup-each-seconds", 15));
    private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("bench.seconds", 10));
    /**
     * Measured runs per target at each number of connections, the targets taking turns: this
     * machine's speed drifts within minutes (single pairs of runs of the same code, one evening, gave
     * ratios from 37 % to 56 %), and taking turns spreads a drift over all targets alike.
     */
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    /**
     * A well-formed barcode (its check character right), so that the service looks it up; a
     * mistyped one is answered from the format check alone, without reaching the database.
     */
    private static final String QUERY = "/validate?barcode=TS-DNA-20261128-000001-C";
    /**
     * With {@code -Dbench.gateway-own-core=true} the gateway (and nginx, which is measured while the
     * gateway idles) runs alone on the last core and the service and load generator on the others
     * (Linux {@code taskset}), as a gateway on a host of its own would; by default all share every core.
     */
    private static final boolean GATEWAY_OWN_CORE = Boolean.getBoolean("bench.gateway-own-core");
    /** The target, at {@link #TARGET_CONNECTIONS}: the share of direct throughput the gateway keeps ... */
    private static final double TARGET_RATIO = 0.70;
    /** ... and the most it may add to the median latency. */
    private static final double TARGET_ADDED_P50_MILLIS = 1.0;

    private static final int TARGET_CONNECTIONS = 32;
    /** The numbers of connections to measure at, e.g. {@code -Dbench.connections=32} to look at one closely. */
    private static final List<Integer> CONNECTIONS = Stream.of(
                    System.getProperty("bench.connections", "1,32,128").split(","))
            .map(String::trim)
            .map(Integer::valueOf)
            .toList();

    /** One run: each request's latency in nanoseconds, the failed ones, and the CPU it took. */
    record Sample(long[] latencies, long errors, Duration length, CpuMeter.Reading cpu) {
        double perSecond() {
            return perSecond(latencies.length, length);
        }

        static double perSecond(long requests, Duration length) {
            return requests / (length.toNanos() / 1e9);
        }
    }

    /**
     * A target's rounds pooled: requests answered per second, latency percentiles, errors and the
     * CPU it took over all of them, and the throughput of each round on its own.
     */
    record Result(
            double perSecond,
            double p50Millis,
            double p99Millis,
            long errors,
            long answered,
            CpuMeter.Reading cpu,
            List<Double> perSecondByRound) {
        static Result pooled(List<Sample> rounds) {
            long[] all = rounds.stream()
                    .flatMapToLong(sample -> Arrays.stream(sample.latencies()))
                    .sorted()
                    .toArray();
            Duration length = rounds.stream().map(Sample::length).reduce(Duration.ZERO, Duration::plus);
            return new Result(
                    Sample.perSecond(all.length, length),
                    percentile(all, 0.50),
                    percentile(all, 0.99),
                    rounds.stream().mapToLong(Sample::errors).sum(),
                    all.length,
                    rounds.stream()
                            .map(Sample::cpu)
                            .reduce(CpuMeter.Reading::plus)
                            .orElseThrow(),
                    rounds.stream().map(Sample::perSecond).toList());
        }

        /** This target's throughput as a share of {@code direct}'s, round by round. */
        List<Double> ratioByRound(Result direct) {
            return IntStream.range(0, perSecondByRound.size())
                    .mapToObj(round -> perSecondByRound.get(round)
                            / direct.perSecondByRound().get(round))
                    .toList();
        }

        /** Milliseconds of {@code cpu} per request answered. */
        double perRequest(Duration cpu) {
            return answered == 0 ? Double.NaN : cpu.toNanos() / 1e6 / answered;
        }

        double serviceCpuMillis() {
            return perRequest(cpu.service());
        }

        double proxyCpuMillis() {
            return perRequest(cpu.proxy());
        }
    }

    @Test
    void benchmark() throws Exception {
        if (ROUNDS < 1) {
            throw new IllegalArgumentException("bench.rounds must be at least 1, was " + ROUNDS);
        }
        String keys = System.getProperty("its.verification.keys");
        ExtraServer barcodes = ExtraServer.start(
                "bench-barcodes",
                "services/barcodes",
                "barcodes",
                BARCODES_PORT,
                Map.of("mp.jwt.verify.publickey.location", keys));
        ExtraServer gateway = ExtraServer.start(
                "bench-gateway",
                "gateway-war",
                "gateway",
                GATEWAY_PORT,
                Map.of(
                        "mp.jwt.verify.publickey.location",
                        keys,
                        "tracseq.routes",
                        "barcodes",
                        "tracseq.route.barcodes.url",
                        "http://localhost:" + BARCODES_PORT + "/barcodes",
                        "tracseq.ratelimit.read.requests",
                        Long.toString(READ_LIMIT.requests()),
                        "tracseq.ratelimit.read.period-seconds",
                        Long.toString(READ_LIMIT.period().toSeconds())));
        List<NginxReference> references = new ArrayList<>();
        try {
            Path workDir = Path.of("target");
            Optional<NginxReference> nginx = NginxReference.plain(NGINX_PORT, BARCODES_PORT, workDir);
            nginx.ifPresent(references::add);
            Optional<NginxReference> nginxGateway = NginxReference.withGatewayChecks(
                    NGINX_GATEWAY_PORT, BARCODES_PORT, workDir, Path.of(URI.create(keys)), READ_LIMIT);
            nginxGateway.ifPresent(references::add);
            int cores = Runtime.getRuntime().availableProcessors();
            if (GATEWAY_OWN_CORE) {
                String last = Integer.toString(cores - 1);
                String others = cores == 2 ? "0" : "0-" + (cores - 2);
                pin(gateway.pid(), last);
                for (long process : references.stream()
                        .flatMap(reference -> reference.pids().stream())
                        .toList()) {
                    pin(process, last);
                }
                pin(barcodes.pid(), others);
                pin(ProcessHandle.current().pid(), others);
            }
            List<Target> targets = new ArrayList<>(List.of(
                    new Target("direct", barcodes.rootUrl() + "/barcodes" + QUERY, () -> Duration.ZERO),
                    new Target("gateway", gateway.rootUrl() + "/api/barcodes" + QUERY, gateway::cpuTime)));
            nginx.ifPresent(reference -> targets.add(through("nginx", reference)));
            nginxGateway.ifPresent(reference -> targets.add(through("nginx+lua", reference)));
            CpuMeter cpu = new CpuMeter(barcodes::cpuTime);
            for (Target target : targets) {
                run(target, 32, WARM_UP, cpu);
            }
            Map<Integer, List<Result>> results = new LinkedHashMap<>();
            for (int connections : CONNECTIONS) {
                results.put(connections, measure(targets, connections, cpu));
            }
            print(results, targets, cores);
            printWhereTheCpuWent(results, targets);
            long failed = results.values().stream()
                    .flatMap(List::stream)
                    .mapToLong(Result::errors)
                    .sum();
            if (failed > 0) {
                // Figures from failed requests measure the failure, not the gateway: fail the run, loudly.
                throw new IllegalStateException(failed + " requests failed (not 200); the figures of the rows"
                        + " marked with errors measure the failures and are not valid");
            }
        } finally {
            references.forEach(NginxReference::close);
            gateway.stop();
            barcodes.stop();
        }
    }

    /**
     * The figures, per number of connections: direct and through the gateway, then through each
     * nginx reference that ran (targets after the first two), beside the gateway.
     */
    private static void print(Map<Integer, List<Result>> results, List<Target> targets, int cores) {
        System.out.printf(
                "%nGET %s, %d rounds of %d s per target taking turns (figures pooled over the rounds)"
                        + " after %d s of warm-up (and %d s at each number of connections), on %d cores, %s%n",
                QUERY,
                ROUNDS,
                MEASURE.toSeconds(),
                WARM_UP.toSeconds(),
                WARM_UP_EACH.toSeconds(),
                cores,
                GATEWAY_OWN_CORE
                        ? "the gateway (or nginx) alone on the last core"
                        : "gateway, service and load generator sharing them");
        System.out.printf(
                "%-12s %10s %10s %7s %10s %10s %10s %10s %10s %10s %12s %12s %12s%n",
                "connections",
                "direct/s",
                "gateway/s",
                "ratio",
                "p50 direct",
                "p50 gw",
                "p99 direct",
                "p99 gw",
                "added p50",
                "added p99",
                "cpu service",
                "cpu service",
                "cpu gateway");
        System.out.printf(
                "%-12s %10s %10s %7s %10s %10s %10s %10s %10s %10s %12s %12s %12s%n",
                "", "", "", "", "", "", "", "", "", "", "(direct)", "(via gw)", "");
        results.forEach((connections, row) -> {
            Result d = row.get(0);
            Result g = row.get(1);
            System.out.printf(
                    "%-12d %10.0f %10.0f %6.0f%% %8.2fms %8.2fms %8.2fms %8.2fms %8.2fms %8.2fms "
                            + "%10.3fms %10.3fms %10.3fms%s%n",
                    connections,
                    d.perSecond(),
                    g.perSecond(),
                    100 * g.perSecond() / d.perSecond(),
                    d.p50Millis(),
                    g.p50Millis(),
                    d.p99Millis(),
                    g.p99Millis(),
                    g.p50Millis() - d.p50Millis(),
                    g.p99Millis() - d.p99Millis(),
                    d.serviceCpuMillis(),
                    g.serviceCpuMillis(),
                    g.proxyCpuMillis(),
                    errors(d, g));
        });
        System.out.println("cpu: milliseconds of CPU time the process spent per request answered (all its threads)");
        printRatioByRound(results, 1, "gateway");
        Optional.ofNullable(results.get(TARGET_CONNECTIONS)).ifPresent(row -> printVerdict(row.get(0), row.get(1)));
        if (targets.size() == 2) {
            System.out.println("nginx is not installed: no reference proxy measured"
                    + " (apt-get install nginx-light libnginx-mod-http-lua lua-cjson)");
            return;
        }
        System.out.printf("%nThe same GET through nginx, measured in the same run: as a plain reverse proxy (nginx: no"
                + " token check, no rate limit) and doing the gateway's checks in Lua (nginx+lua: token, revocation"
                + " list and rate limit in one Redis call, request id, access log):%n");
        System.out.printf(
                "%-12s %-10s %10s %10s %7s %7s %10s %10s %10s %10s %12s %12s%n",
                "connections",
                "through",
                "direct/s",
                "through/s",
                "ratio",
                "gateway",
                "added p50",
                "added p50",
                "added p99",
                "added p99",
                "cpu proxy",
                "cpu gateway");
        System.out.printf(
                "%-12s %-10s %10s %10s %7s %7s %10s %10s %10s %10s %12s %12s%n",
                "", "", "", "", "", "ratio", "", "gateway", "", "gateway", "", "");
        results.forEach((connections, row) -> {
            Result d = row.get(0);
            Result g = row.get(1);
            for (int i = 2; i < row.size(); i++) {
                Result n = row.get(i);
                System.out.printf(
                        "%-12d %-10s %10.0f %10.0f %6.0f%% %6.0f%% %8.2fms %8.2fms %8.2fms %8.2fms "
                                + "%10.3fms %10.3fms%s%n",
                        connections,
                        targets.get(i).name(),
                        d.perSecond(),
                        n.perSecond(),
                        100 * n.perSecond() / d.perSecond(),
                        100 * g.perSecond() / d.perSecond(),
                        n.p50Millis() - d.p50Millis(),
                        g.p50Millis() - d.p50Millis(),
                        n.p99Millis() - d.p99Millis(),
                        g.p99Millis() - d.p99Millis(),
                        n.proxyCpuMillis(),
                        g.proxyCpuMillis(),
                        errors(d, n));
            }
        });
        for (int i = 2; i < targets.size(); i++) {
            printRatioByRound(results, i, targets.get(i).name());
        }
        if (targets.size() == 3) { // the plain one only: nginx+lua needs nginx too
            System.out.println("nginx's Lua module is not installed: nginx+lua not measured"
                    + " (apt-get install libnginx-mod-http-lua lua-cjson)");
        }
    }

    /** How far the rounds spread: what a ratio from a single pair of runs could have been. */
    private static void printRatioByRound(Map<Integer, List<Result>> results, int target, String name) {
        results.forEach((connections, row) -> System.out.printf(
                "%s ratio round by round at %d connections: %s%n",
                name,
                connections,
                row.get(target).ratioByRound(row.get(0)).stream()
                        .map(ratio -> String.format("%.0f%%", 100 * ratio))
                        .collect(Collectors.joining(" "))));
    }

    /** The gateway against the target, so that nobody has to work it out from the table. */
    private static void printVerdict(Result direct, Result gateway) {
        double ratio = gateway.perSecond() / direct.perSecond();
        double addedP50 = gateway.p50Millis() - direct.p50Millis();
        System.out.printf(
                "target at %d connections: gateway >= %.0f%% of direct throughput: %.0f%%, %s;"
                        + " added p50 <= %.1f ms: %.2f ms, %s%n",
                TARGET_CONNECTIONS,
                100 * TARGET_RATIO,
                100 * ratio,
                ratio >= TARGET_RATIO ? "met" : "not met",
                TARGET_ADDED_P50_MILLIS,
                addedP50,
                addedP50 <= TARGET_ADDED_P50_MILLIS ? "met" : "not met");
    }

    /** Where the load goes, and the CPU time of the proxy in between (zero when there is none). */
    record Target(String name, String uri, Supplier<Duration> proxyCpu) {}

    private static Target through(String name, NginxReference reference) {
        return new Target(name, reference.rootUrl() + "/api/barcodes" + QUERY, reference::cpuTime);
    }

    /**
     * The machine's CPU per request answered, by where it went: what a hop costs the machine beyond
     * the proxy's own process.
     */
    private static void printWhereTheCpuWent(Map<Integer, List<Result>> results, List<Target> targets) {
        System.out.printf("%nWhere the machine's CPU went, milliseconds per request answered (busy: all"
                + " non-idle CPU time; rest: busy in none of the processes named, mostly the kernel's networking):%n");
        System.out.printf(
                "%-12s %-10s %8s %8s %8s %8s %10s %10s %8s %8s%n",
                "connections",
                "through",
                "busy",
                "service",
                "proxy",
                "redis",
                "postgresql",
                "load gen",
                "rest",
                "steal");
        results.forEach((connections, row) -> {
            for (int i = 0; i < row.size(); i++) {
                Result result = row.get(i);
                CpuMeter.Reading cpu = result.cpu();
                System.out.printf(
                        "%-12d %-10s %8.3f %8.3f %8.3f %8.3f %10.3f %10.3f %8.3f %8.3f%n",
                        connections,
                        targets.get(i).name(),
                        result.perRequest(cpu.busy()),
                        result.perRequest(cpu.service()),
                        result.perRequest(cpu.proxy()),
                        result.perRequest(cpu.redis()),
                        result.perRequest(cpu.postgresql()),
                        result.perRequest(cpu.loadGenerator()),
                        result.perRequest(cpu.rest()),
                        result.perRequest(cpu.steal()));
            }
        });
    }

    /**
     * A shorter warm-up of each target at this number of connections, then {@link #ROUNDS} rounds in
     * which the targets take turns; one result per target, in the order of {@code targets}.
     */
    private static List<Result> measure(List<Target> targets, int connections, CpuMeter cpu) throws Exception {
        for (Target target : targets) {
            run(target, connections, WARM_UP_EACH, cpu);
        }
        List<List<Sample>> rounds =
                targets.stream().<List<Sample>>map(target -> new ArrayList<>()).toList();
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < targets.size(); i++) {
                rounds.get(i).add(run(targets.get(i), connections, MEASURE, cpu));
            }
        }
        return rounds.stream().map(Result::pooled).toList();
    }

    private static String errors(Result... results) {
        long errors = Stream.of(results).mapToLong(Result::errors).sum();
        return errors > 0 ? "  errors: " + errors : "";
    }

    /**
     * {@code connections} clients, each sending its next request as soon as the last one answered,
     * with a fresh token: a test token lives 15 minutes, less than a benchmark with long warm-ups.
     */
    private static Sample run(Target target, int connections, Duration length, CpuMeter cpu) throws Exception {
        String token = TestTokens.of(Role.GUEST);
        // On stderr, so the figures on stdout stay one table; also tells a profiler when to attach.
        System.err.printf("%s: %d connections for %d s%n", target.name(), connections, length.toSeconds());
        long[][] latencies = new long[connections][];
        AtomicLong errors = new AtomicLong();
        CountDownLatch finished = new CountDownLatch(connections);
        ExecutorService threads = Executors.newFixedThreadPool(connections);
        try (CloseableHttpClient http = HttpClients.custom()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableContentCompression()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnPerRoute(connections)
                        .setMaxConnTotal(connections)
                        .build())
                .build()) {
            CpuMeter.Reading before = cpu.read(target.proxyCpu());
            long end = System.nanoTime() + length.toNanos();
            for (int c = 0; c < connections; c++) {
                int client = c;
                threads.submit(() -> {
                    long[] own = new long[1 << 16];
                    int count = 0;
                    while (System.nanoTime() < end) {
                        HttpGet get = new HttpGet(target.uri());
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
            CpuMeter.Reading used = cpu.read(target.proxyCpu()).minus(before);
            return new Sample(
                    Arrays.stream(latencies).flatMapToLong(Arrays::stream).toArray(), errors.get(), length, used);
        } finally {
            threads.shutdown();
        }
    }

    private static void pin(long pid, String cpus) throws IOException, InterruptedException {
        Process taskset = new ProcessBuilder("taskset", "-a", "-p", "-c", cpus, Long.toString(pid))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (taskset.waitFor() != 0) {
            throw new IllegalStateException("taskset could not pin " + pid + " to cores " + cpus);
        }
    }

    private static double percentile(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
