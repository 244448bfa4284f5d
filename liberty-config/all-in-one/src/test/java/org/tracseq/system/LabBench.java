package org.tracseq.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.UUID;
import org.tracseq.client.TracSeqClient;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * What the system tests set up through the gateway as a lab would: users with a role, a box to
 * store samples in, a sample ready for the lab. Each call makes fresh ones, so tests share nothing.
 */
final class LabBench {
    private static final String PASSWORD = "Pipette-Glacier-Mosaic-19!";

    private LabBench() {}

    /** A new user with {@code role}, created by the seeded administrator; its access token. */
    static String userWithRole(String role) {
        String username = newUser(role);
        return RestAssured.given()
                .baseUri(TracSeqServer.rootUrl())
                .basePath("/api")
                .contentType(ContentType.JSON)
                .body("{\"username\": \"%s\", \"password\": \"%s\"}".formatted(username, PASSWORD))
                .post("/auth/login")
                .jsonPath()
                .getString("accessToken");
    }

    /** A new user with {@code role} signed in through the Java SDK, as a lab member's own program is. */
    static TracSeqClient clientWithRole(String role) {
        return TracSeqClient.builder()
                .baseUrl(TracSeqServer.rootUrl())
                .login(newUser(role), PASSWORD)
                .build();
    }

    private static String newUser(String role) {
        String username =
                role.replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        Response created = SeededAdmin.through(SeededAdmin.logIn())
                .body("""
                        {"username": "%s", "password": "%s", "fullName": "System Test %s",
                         "email": "%s@lab.example.org", "role": "%s"}""".formatted(username, PASSWORD, role, username, role))
                .post("/auth/users");
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        return username;
    }

    /** The id of a created (200) or changed (201) thing, failing with the answer otherwise. */
    static String id(Response response) {
        assertThat(response.statusCode()).as(response.asString()).isBetween(200, 201);
        return response.jsonPath().getString("id");
    }

    /** A new 2 × 2 box in a −80 °C freezer of a facility of its own. */
    static String box(String token) {
        String facility =
                location(token, "{\"kind\": \"facility\", \"name\": \"System test " + UUID.randomUUID() + "\"}");
        String room =
                location(token, "{\"kind\": \"room\", \"name\": \"Room\", \"parentId\": \"%s\"}".formatted(facility));
        String freezer = location(
                token,
                "{\"kind\": \"freezer\", \"name\": \"F\", \"parentId\": \"%s\", \"zone\": \"minus_80\"}"
                        .formatted(room));
        String rack = location(token, "{\"kind\": \"rack\", \"name\": \"R\", \"parentId\": \"%s\"}".formatted(freezer));
        return location(
                token,
                "{\"kind\": \"box\", \"name\": \"B\", \"parentId\": \"%s\", \"rows\": 2, \"columns\": 2}"
                        .formatted(rack));
    }

    private static String location(String token, String body) {
        return id(SeededAdmin.through(token).body(body).post("/storage/locations"));
    }

    /** A validated sample of {@code type} with 50 µL, whose barcode the barcodes service issued. */
    static String validatedSample(String token, String name, String type) {
        String id =
                id(SeededAdmin.through(token).body("""
                        {"name": "%s", "type": "%s", "initialVolume": {"value": 50, "unit": "ul"}}""".formatted(name, type)).post("/samples/"));
        id(SeededAdmin.through(token).body("{\"status\": \"validated\"}").post("/samples/" + id + "/status"));
        return id;
    }

    /** Waits for the samples service to follow another service's event about {@code sample}. */
    static void awaitStatus(String token, String sample, String status) {
        await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> SeededAdmin.through(token)
                                .get("/samples/" + sample)
                                .jsonPath()
                                .getString("status"),
                        status::equals);
    }
}
