package org.tracseq.storage.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.TestDatabase;
import org.tracseq.platform.testing.TestTokens;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * What the storage integration tests share: requests as a technician or a principal investigator,
 * a fresh hierarchy per test (names from a unique token; the database outlives runs), and samples
 * registered in the samples service that runs on the same test server.
 */
final class StorageFixture {
    private StorageFixture() {}

    static RequestSpecification tech() {
        return TracSeqServer.requestAs(Role.LAB_TECHNICIAN);
    }

    static RequestSpecification pi() {
        return TracSeqServer.requestAs(Role.PRINCIPAL_INVESTIGATOR);
    }

    static String token() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
    }

    static Response created(Response response) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        return response;
    }

    static String createLocation(String body) {
        return createLocation(StorageFixture::pi, body);
    }

    /** On the storage server {@code as} sends to (another one than the test server, too). */
    static String createLocation(Supplier<RequestSpecification> as, String body) {
        return created(as.get().body(body).post("/locations")).jsonPath().getString("id");
    }

    static String child(String parentId, String kind, String name) {
        return child(StorageFixture::pi, parentId, kind, name);
    }

    private static String child(Supplier<RequestSpecification> as, String parentId, String kind, String name) {
        return createLocation(
                as, "{\"kind\": \"%s\", \"name\": \"%s\", \"parentId\": \"%s\"}".formatted(kind, name, parentId));
    }

    /** facility > room > freezer|... (zone) > rack: returns [facility, room, unit, rack]. */
    static List<String> unit(String token, String unitKind, String zone) {
        return unit(StorageFixture::pi, token, unitKind, zone);
    }

    static List<String> unit(Supplier<RequestSpecification> as, String token, String unitKind, String zone) {
        String facility = createLocation(as, "{\"kind\": \"facility\", \"name\": \"IT facility " + token + "\"}");
        String room = child(as, facility, "room", "Room 1");
        String unit = createLocation(
                as,
                "{\"kind\": \"%s\", \"name\": \"Unit 1\", \"parentId\": \"%s\", \"zone\": \"%s\"}"
                        .formatted(unitKind, room, zone));
        String rack = child(as, unit, "rack", "Rack 1");
        return List.of(facility, room, unit, rack);
    }

    static String box(String parentId, String name, int rows, int columns) {
        return box(StorageFixture::pi, parentId, name, rows, columns);
    }

    static String box(Supplier<RequestSpecification> as, String parentId, String name, int rows, int columns) {
        return createLocation(
                as,
                "{\"kind\": \"box\", \"name\": \"%s\", \"parentId\": \"%s\", \"rows\": %d, \"columns\": %d}"
                        .formatted(name, parentId, rows, columns));
    }

    /** The samples service on the same server, as a technician (registration needs research_scientist). */
    static RequestSpecification samples() {
        return RestAssured.given()
                .baseUri(TracSeqServer.rootUrl())
                .basePath("/samples")
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .header("Authorization", "Bearer " + TestTokens.of(Role.LAB_TECHNICIAN));
    }

    /** A validated sample of {@code type} with its own barcode; returns [id, barcode]. */
    static List<String> sample(String token, int n, String type) {
        return sample(token, n, type, true);
    }

    static List<String> sample(String token, int n, String type, boolean validated) {
        String barcode = "ST-" + token + "-" + n;
        Response response =
                samples().body("""
                {"name": "storage it %s %d", "type": "%s", "barcode": "%s",
                 "initialVolume": {"value": 100, "unit": "ul"}}""".formatted(token, n, type, barcode)).post("/");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        String id = response.jsonPath().getString("id");
        if (validated) {
            Response status = samples().body("{\"status\": \"validated\"}").post("/" + id + "/status");
            assertThat(status.statusCode()).as(status.asString()).isEqualTo(200);
        }
        return List.of(id, barcode);
    }

    static Response sampleInSamples(String id) {
        return samples().get("/" + id);
    }

    /**
     * The sample as the samples service shows it once its status is {@code status}: samples follows
     * storage's placements and discards from its events, moments after they commit.
     */
    static Response awaitStatusInSamples(String id, String status) {
        return Awaitility.await("sample " + id + " " + status + " in samples")
                .atMost(Duration.ofSeconds(20))
                .until(
                        () -> sampleInSamples(id),
                        response -> status.equals(response.jsonPath().getString("status")));
    }

    static Response place(String sampleId, String boxId, String position) {
        return tech().body(
                        position == null
                                ? "{\"sampleId\": \"%s\", \"boxId\": \"%s\"}".formatted(sampleId, boxId)
                                : "{\"sampleId\": \"%s\", \"boxId\": \"%s\", \"position\": \"%s\"}"
                                        .formatted(sampleId, boxId, position))
                .post("/placements");
    }

    /** Rows in every table of the service, for "nothing changed" checks. */
    static List<Long> allRows() {
        return Stream.of("locations", "items", "placements", "events", "sensor_readings", "alerts")
                .map(table -> TestDatabase.countRows("storage." + table))
                .toList();
    }

    /** Counters and placements of one location's subtree, as one comparable line. */
    static String stateOf(String locationId) {
        return TestDatabase.queryLong(
                        "SELECT coalesce(sum(occupied), 0) FROM storage.locations WHERE id = ?::uuid", locationId)
                + "/"
                + TestDatabase.queryLong(
                        "SELECT coalesce(sum(capacity), 0) FROM storage.locations " + "WHERE id = ?::uuid", locationId)
                + "|"
                + TestDatabase.queryLong(
                        "SELECT count(*) FROM storage.placements p "
                                + "JOIN storage.locations l ON l.id = p.box_id WHERE l.path @> ARRAY[?::uuid]",
                        locationId)
                + "|"
                + TestDatabase.queryLong(
                        "SELECT count(*) FROM storage.events WHERE locations @> ARRAY[?::uuid]", locationId)
                + "|"
                + TestDatabase.queryLong(
                        "SELECT count(*) FROM storage.locations WHERE path @> " + "ARRAY[?::uuid]", locationId);
    }
}
