package org.tracseq.libraryprep.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.TestTokens;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * Not a test (it lives in {@code src/bench/java}, which only {@code -Pbench} compiles): how long a
 * 96-well library-prep plate with UDI assignment takes to make, over HTTP, on the integration-test
 * server (library-prep, samples and barcodes on one Liberty), run with
 * {@code ./mvnw -B -Pbench -pl services/library-prep verify}. Each plate: 96 wells, each a validated
 * DNA sample by id, indexes from a 96-pair unique dual kit by well (column-wise); the service reads
 * the 96 samples in bulk, makes 96 derived children (the library tubes, each with a barcode issued
 * by the barcodes service) and stores the plate, 96 libraries, their audit lines and 97 events in
 * one transaction. Target: under 1 s. Prints p50/p99 over {@value #PLATES} plates after
 * {@value #WARMUP} warm-up plates.
 */
class PlateBenchmark {
    private static final int WARMUP = 5;
    private static final int PLATES = 20;
    private static final int WELLS = 96;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String token = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);

    @Test
    void benchmark() {
        TracSeqServer.awaitReady();
        String kitId = benchmarkKit();
        List<String> samples = samples();

        long[] nanos = new long[PLATES];
        for (int plate = 0; plate < WARMUP + PLATES; plate++) {
            String body = plate(plate, kitId, samples);
            long start = System.nanoTime();
            JsonPath made = JsonPath.from(call(Role.LAB_TECHNICIAN, "POST", "/library-prep/plates", body, 201));
            long took = System.nanoTime() - start;
            assertThat(made.getList("libraries")).hasSize(WELLS);
            if (plate >= WARMUP) {
                nanos[plate - WARMUP] = took;
            }
        }
        Arrays.sort(nanos);
        System.out.printf(
                "BENCH %-45s n=%d p50=%7.1f ms p99=%7.1f ms max=%7.1f ms (target < 1000 ms)%n",
                "96-well plate with UDI assignment",
                PLATES,
                nanos[PLATES / 2] / 1e6,
                nanos[(int) Math.ceil(PLATES * 0.99) - 1] / 1e6,
                nanos[PLATES - 1] / 1e6);
    }

    /**
     * A 96-pair unique dual kit of made-up sequences, for the benchmark only (the shipped IDT set
     * has 88 verified pairs): i7 and i5 are the pair's number in base 4 over ACGT, 8 bases each.
     */
    private String benchmarkKit() {
        StringBuilder csv = new StringBuilder("[Kit]\nname,Benchmark UDI " + token
                + "\nindexing,unique_dual\nlayout,column_wise\nsource,made up for PlateBenchmark\n"
                + "[Indexes]\nread,name,sequence\n");
        for (int pair = 0; pair < WELLS; pair++) {
            csv.append("i7,B%03d,%s\n".formatted(pair + 1, bases(pair, "ACGT")));
            csv.append("i5,B%03d,%s\n".formatted(pair + 1, bases(pair, "TGCA")));
        }
        String body = "{\"csv\": \"" + csv.toString().replace("\n", "\\n") + "\"}";
        return JsonPath.from(call(Role.LAB_ADMINISTRATOR, "POST", "/library-prep/kits", body, 201))
                .getString("id");
    }

    private static String bases(int n, String alphabet) {
        StringBuilder s = new StringBuilder();
        for (int digit = 7; digit >= 0; digit--) {
            s.append(alphabet.charAt((n >> (2 * digit)) & 3));
        }
        return s.toString();
    }

    /** 96 validated DNA samples of 1 mL each, enough for every plate's 5 µL per well. */
    private List<String> samples() {
        StringBuilder batch = new StringBuilder("{\"samples\": [");
        for (int i = 0; i < WELLS; i++) {
            batch.append(i == 0 ? "" : ",")
                    .append("{\"name\": \"bench %s %d\", \"type\": \"dna\", \"barcode\": \"LPBENCH-%s-%d\", "
                            .formatted(token, i, token, i)
                            + "\"initialVolume\": {\"value\": 1000, \"unit\": \"ul\"}}");
        }
        List<String> ids = JsonPath.from(call(
                        Role.LAB_TECHNICIAN, "POST", "/samples/batch", batch.append("]}").toString(), 201))
                .getList("created.id");
        for (String id : ids) {
            call(Role.LAB_TECHNICIAN, "POST", "/samples/" + id + "/status", "{\"status\": \"validated\"}", 200);
        }
        return ids;
    }

    private String plate(int n, String kitId, List<String> samples) {
        List<String> wells = new ArrayList<>();
        for (int i = 0; i < WELLS; i++) {
            String well = "%c%02d".formatted((char) ('A' + i % 8), i / 8 + 1);
            wells.add("{\"well\": \"%s\", \"sampleId\": \"%s\", \"concentrationNgPerUl\": 2, \"meanFragmentBp\": 450, "
                            .formatted(well, samples.get(i))
                    + "\"volumeUl\": 20, \"inputVolumeUl\": 5}");
        }
        return "{\"name\": \"bench %s %d\", \"format\": 96, \"kitId\": \"%s\", \"protocol\": \"truseq-dna-nano\", "
                        .formatted(token, n, kitId)
                + "\"wells\": [" + String.join(",", wells) + "]}";
    }

    private String call(Role role, String method, String path, String body, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TracSeqServer.rootUrl() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + TestTokens.of(role))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
            return response.body();
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path, e);
        }
    }
}
