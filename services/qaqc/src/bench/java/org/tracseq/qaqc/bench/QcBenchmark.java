package org.tracseq.qaqc.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.events.Event;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.PublishedEvents;
import org.tracseq.platform.testing.TestDatabase;
import org.tracseq.platform.testing.TestTokens;
import org.tracseq.platform.testing.TracSeqServer;
import redis.clients.jedis.StreamEntryID;

/**
 * Not a test (it lives in {@code src/bench/java}, which only {@code -Pbench} compiles): the QC API
 * over HTTP on the integration-test server, {@code ./mvnw -B -Pbench -pl services/qaqc verify}.
 * Makes 1,000 DNA samples known the way production does (their {@code samples.sample.registered}
 * events), then times one QC record at a time (target p99 under 20 ms) and whole 1,000-row
 * instrument files (NanoDrop: 3,000 results each; Qubit: 1,000; target under 2 s each). Prints
 * p50/p99 and each import's time.
 */
class QcBenchmark {
    private static final int SAMPLES = 1000;
    private static final int WARMUP = 1000;
    private static final int RECORDS = 1000;
    private static final int IMPORTS = 5;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String technician = TestTokens.of(Role.LAB_TECHNICIAN);
    private final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);

    @Test
    void benchmark() throws Exception {
        TracSeqServer.awaitReady();
        List<String> barcodes = knownSamples();

        long[] nanos = new long[RECORDS];
        for (int i = -WARMUP; i < RECORDS; i++) {
            String body = "{\"barcode\":\"%s\",\"metric\":\"a260_280\",\"value\":1.%d}"
                    .formatted(barcodes.get(Math.floorMod(i, SAMPLES)), 70 + Math.floorMod(i, 50));
            long start = System.nanoTime();
            post("/qaqc/results", body, 201);
            if (i >= 0) {
                nanos[i] = System.nanoTime() - start;
            }
        }
        print("single QC record (POST /results by barcode)", nanos);

        // The floor on this machine at this moment: a read of one result, no writes.
        String id = post("/qaqc/results", "{\"barcode\":\"%s\",\"metric\":\"volume\",\"value\":20}".formatted(barcodes.get(0)), 201)
                .replaceAll("^.*?\"id\":\"([^\"]+)\".*$", "$1");
        for (int i = -WARMUP; i < RECORDS; i++) {
            long start = System.nanoTime();
            get("/qaqc/results/" + id);
            if (i >= 0) {
                nanos[i] = System.nanoTime() - start;
            }
        }
        print("read one result (GET /results/{id}), for comparison", nanos);

        importFile("nanodrop", nanoDrop(barcodes), 3 * SAMPLES);
        importFile("qubit", qubit(barcodes), SAMPLES);
    }

    private void importFile(String format, String content, int results) throws Exception {
        String body = "{\"format\":\"%s\",\"content\":\"%s\"}"
                .formatted(format, content.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t"));
        post("/qaqc/imports", body, 201); // warm-up
        double[] seconds = new double[IMPORTS];
        for (int i = 0; i < IMPORTS; i++) {
            long start = System.nanoTime();
            String report = post("/qaqc/imports", body, 201);
            seconds[i] = (System.nanoTime() - start) / 1e9;
            assertThat(report).contains("\"rows\":" + SAMPLES);
        }
        Arrays.sort(seconds);
        System.out.printf(
                "BENCH import %s, %d rows (%d results) n=%d median=%.3f s max=%.3f s all=%s (load average %s)%n",
                format, SAMPLES, results, IMPORTS, seconds[IMPORTS / 2], seconds[IMPORTS - 1], Arrays.toString(seconds), loadAverage());
    }

    /** 1,000 DNA samples, registered by their events and awaited in the projection. */
    private List<String> knownSamples() {
        List<String> barcodes = new ArrayList<>();
        try (PublishedEvents streams = new PublishedEvents("samples")) {
            for (int i = 0; i < SAMPLES; i++) {
                UUID id = UUID.randomUUID();
                String barcode = "BENCH-" + run + "-" + i;
                barcodes.add(barcode);
                Event registered = new Event(
                        UUID.randomUUID(),
                        "samples.sample.registered",
                        id.toString(),
                        1,
                        Instant.now(),
                        "bench",
                        null,
                        "{\"sampleId\":\"%s\",\"barcode\":\"%s\",\"name\":\"bench\",\"type\":\"dna\",\"status\":\"validated\"}"
                                .formatted(id, barcode),
                        null);
                streams.redis().xadd(Event.stream("samples"), StreamEntryID.NEW_ENTRY, registered.toFields());
            }
        }
        await().atMost(Duration.ofMinutes(2))
                .until(() -> TestDatabase.queryLong(
                                "SELECT count(*) FROM qaqc.known_samples WHERE barcode LIKE ?", "BENCH-" + run + "-%")
                        == SAMPLES);
        return barcodes;
    }

    private static String nanoDrop(List<String> barcodes) {
        StringBuilder file = new StringBuilder("Sample Name\tNucleic Acid Conc.\tUnit\tA260 (Abs)\tA280 (Abs)\t260/280\t260/230\tSample Type\tFactor\n");
        for (int i = 0; i < barcodes.size(); i++) {
            file.append("%s\t%d.%d\tng/μl\t5.032\t2.705\t1.%d\t2.%d\tDNA\t50.00\n"
                    .formatted(barcodes.get(i), 100 + i % 900, i % 10, 75 + i % 30, i % 50));
        }
        return file.toString();
    }

    private static String qubit(List<String> barcodes) {
        StringBuilder file = new StringBuilder("Run ID,Assay Name,Test Name,Test Date,Qubit® tube conc.,Qubit tube conc. units,"
                + "Original sample conc.,Original sample conc. units,Sample Volume (µL),Dilution Factor\n");
        for (int i = 0; i < barcodes.size(); i++) {
            file.append("bench,dsDNA Broad Range,%s,2026-12-03 09:15:12,1.24,µg/mL,%d,ng/µL,1,200\n"
                    .formatted(barcodes.get(i), 50 + i));
        }
        return file.toString();
    }

    private static void print(String what, long[] nanos) {
        Arrays.sort(nanos);
        System.out.printf(
                "BENCH %s n=%d p50=%.2f ms p99=%.2f ms max=%.2f ms (load average %s)%n",
                what,
                nanos.length,
                nanos[nanos.length / 2] / 1e6,
                nanos[(int) Math.ceil(nanos.length * 0.99) - 1] / 1e6,
                nanos[nanos.length - 1] / 1e6,
                loadAverage());
    }

    /** The machine's 1-minute load average, since figures only compare at a similar load. */
    private static String loadAverage() {
        return String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private void get(String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(TracSeqServer.rootUrl() + path))
                        .header("Authorization", "Bearer " + technician)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode());
        }
    }

    private String post(String path, String body, int expected) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(TracSeqServer.rootUrl() + path))
                        .header("Authorization", "Bearer " + technician)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new AssertionError(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
