package org.tracseq.storage.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.TestDatabase;
import org.tracseq.platform.testing.TestTokens;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * Not a test (it lives in {@code src/bench/java}, which only {@code -Pbench} compiles): a benchmark
 * of the storage API over HTTP, run on the integration-test server with
 * {@code ./mvnw -B -Pbench -pl services/storage -am verify}.
 * Builds 100,000 positions (1,000 boxes of 10 × 10 in 10 freezers, 10 racks each), fills the
 * first 20 boxes of each zone through box layouts, then times, one call at a time,
 * "find 10 free positions in a zone", "place" (a first placement: the samples service is asked for
 * the sample, its lineage, and sets it in_storage), "grid of one box", and "move" (a placement
 * that needs no call to the samples service). Prints p50/p99.
 */
class StorageBenchmark {
    private static final int FREEZERS = 10;
    private static final int RACKS = 10;
    private static final int BOXES_PER_RACK = 10;
    private static final int WARMUP = 500;
    private static final int SAMPLES = 1000;
    private static final int FILLED_BOXES_PER_ZONE = 20;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String admin = TestTokens.of(Role.LAB_ADMINISTRATOR);
    private final String root = TracSeqServer.rootUrl();
    private final String token = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);

    @Test
    void benchmark() {
        TracSeqServer.awaitReady();
        long started = System.nanoTime();
        String facility = create("{\"kind\": \"facility\", \"name\": \"Bench " + token + "\"}");
        String room = create(child("room", "Room", facility));
        List<String> minus80Boxes = new ArrayList<>();
        List<String> minus20Boxes = new ArrayList<>();
        for (int f = 0; f < FREEZERS; f++) {
            String zone = f % 2 == 0 ? "minus_80" : "minus_20";
            String freezer =
                    create("{\"kind\": \"freezer\", \"name\": \"Freezer %02d\", \"parentId\": \"%s\", \"zone\": \"%s\"}"
                            .formatted(f, room, zone));
            for (int r = 0; r < RACKS; r++) {
                String rack = create(child("rack", "Rack %02d".formatted(r), freezer));
                for (int b = 0; b < BOXES_PER_RACK; b++) {
                    String box = create("{\"kind\": \"box\", \"name\": \"F%02d-R%02d-B%02d\", \"parentId\": \"%s\", "
                                    .formatted(f, r, b, rack)
                            + "\"rows\": 10, \"columns\": 10}");
                    (zone.equals("minus_80") ? minus80Boxes : minus20Boxes).add(box);
                }
            }
        }
        JsonPath facilityRead = JsonPath.from(call("GET", "/storage/locations/" + facility, null, 200));
        assertThat(facilityRead.getInt("capacity")).isEqualTo(100_000);
        System.out.printf("built 1,000 boxes (100,000 positions) in %.1f s%n", (System.nanoTime() - started) / 1e9);

        started = System.nanoTime();
        List<String> filler = samples(FILLED_BOXES_PER_ZONE * 2 * 100, "F");
        int next = 0;
        for (List<String> boxes : List.of(minus80Boxes, minus20Boxes)) {
            for (int b = 0; b < FILLED_BOXES_PER_ZONE; b++) {
                StringBuilder layout = new StringBuilder("{\"positions\": [");
                for (int cell = 0; cell < 100; cell++) {
                    layout.append(cell == 0 ? "" : ",")
                            .append("{\"position\": \"%c%02d\", \"sampleId\": \"%s\"}"
                                    .formatted((char) ('A' + cell / 10), cell % 10 + 1, filler.get(next++)));
                }
                call(
                        "POST",
                        "/storage/locations/" + boxes.get(b) + "/layout",
                        layout.append("]}").toString(),
                        200);
            }
        }
        System.out.printf(
                "filled %d boxes with %d samples through box layouts in %.1f s%n",
                FILLED_BOXES_PER_ZONE * 2, filler.size(), (System.nanoTime() - started) / 1e9);
        analyze();

        List<String> toPlace = samples(SAMPLES + WARMUP, "P");
        Random random = new Random(42);
        time(
                "find 10 free positions in a zone",
                () -> "/storage/free-positions?zone=" + (random.nextBoolean() ? "minus_80" : "minus_20") + "&count=10",
                path -> call("GET", path, null, 200));
        int[] placed = {0};
        time(
                "place (first placement, next free position)",
                () -> {
                    String box = minus80Boxes.get(
                            FILLED_BOXES_PER_ZONE + random.nextInt(minus80Boxes.size() - FILLED_BOXES_PER_ZONE));
                    return "{\"sampleId\": \"%s\", \"boxId\": \"%s\"}".formatted(toPlace.get(placed[0]++), box);
                },
                body -> call("POST", "/storage/placements", body, 201));
        time(
                "grid of one box",
                () -> "/storage/locations/" + minus80Boxes.get(random.nextInt(minus80Boxes.size())) + "/grid",
                path -> call("GET", path, null, 200));
        int[] moved = {0};
        time(
                "move (a stored sample to another box's next free position)",
                () -> {
                    String box = minus80Boxes.get(
                            FILLED_BOXES_PER_ZONE + random.nextInt(minus80Boxes.size() - FILLED_BOXES_PER_ZONE));
                    return toPlace.get(moved[0]++ % toPlace.size()) + "|" + box;
                },
                input -> call(
                        "POST",
                        "/storage/samples/" + input.substring(0, input.indexOf('|')) + "/move",
                        "{\"boxId\": \"%s\"}".formatted(input.substring(input.indexOf('|') + 1)),
                        200));
    }

    private void time(String what, Supplier<String> input, java.util.function.Consumer<String> action) {
        for (int i = 0; i < WARMUP; i++) {
            action.accept(input.get());
        }
        long[] nanos = new long[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            String in = input.get();
            long start = System.nanoTime();
            action.accept(in);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double p50 = nanos[SAMPLES / 2] / 1e6;
        double p99 = nanos[(int) Math.ceil(SAMPLES * 0.99) - 1] / 1e6;
        System.out.printf(
                "BENCH %-45s n=%d p50=%6.2f ms p99=%6.2f ms max=%6.2f ms%n",
                what, SAMPLES, p50, p99, nanos[SAMPLES - 1] / 1e6);
        assertThat(p99).isPositive();
    }

    /** Registers {@code count} validated DNA samples in the samples service; returns their ids. */
    private List<String> samples(int count, String tag) {
        List<String> ids = new ArrayList<>();
        for (int start = 0; start < count; start += 1000) {
            StringBuilder batch = new StringBuilder("{\"samples\": [");
            for (int i = start; i < Math.min(count, start + 1000); i++) {
                batch.append(i == start ? "" : ",")
                        .append("{\"name\": \"bench %s %s %d\", \"type\": \"dna\", ".formatted(token, tag, i)
                                + "\"barcode\": \"BENCH-%s-%s-%d\"}".formatted(token, tag, i));
            }
            ids.addAll(JsonPath.from(
                            call("POST", "/samples/batch", batch.append("]}").toString(), 201))
                    .getList("created.id"));
        }
        for (String id : ids) {
            call("POST", "/samples/" + id + "/status", "{\"status\": \"validated\"}", 200);
        }
        return ids;
    }

    /**
     * Autovacuum is off on the development and CI machines' PostgreSQL (it is on by default
     * anywhere else), so nothing would ever gather statistics and the planner would guess: the
     * occupants of a box, for one, were read by scanning every item. Analyzing what was just
     * filled does what autovacuum does after such a load.
     */
    private static void analyze() {
        try (var connection = TestDatabase.connect();
                var statement = connection.createStatement()) {
            statement.execute("ANALYZE");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String create(String body) {
        return JsonPath.from(call("POST", "/storage/locations", body, 201)).getString("id");
    }

    private static String child(String kind, String name, String parent) {
        return "{\"kind\": \"%s\", \"name\": \"%s\", \"parentId\": \"%s\"}".formatted(kind, name, parent);
    }

    private String call(String method, String path, String body, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + admin)
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new AssertionError(
                        method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
