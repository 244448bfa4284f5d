package org.tracseq.deployments;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.UUID;

/**
 * A lab's first steps through a gateway, touching auth, samples, barcodes, storage and events: log
 * in, register a sample, check its barcode, put it in a box, and see samples follow storage's event
 * and the events service store both. Every request carries the walk's request id, so the access
 * logs show which server answered.
 */
final class LabWalk {
    private final String gateway;
    private final String requestId;
    private final String token;

    /**
     * @param gateway   the gateway's root, e.g. {@code http://localhost:28089}
     * @param requestId sent as {@code X-Request-Id} on every request of the walk
     */
    LabWalk(String gateway, String requestId) {
        this.gateway = gateway;
        this.requestId = requestId;
        Response login = request(requestId)
                .body("{\"username\": \"%s\", \"password\": \"%s\"}"
                        .formatted(DeploymentModesIT.ADMIN_USERNAME, DeploymentModesIT.ADMIN_PASSWORD))
                .post("/auth/login");
        assertThat(login.statusCode()).as(login.asString()).isEqualTo(200);
        this.token = login.jsonPath().getString("accessToken");
    }

    /** JSON requests to {@code /api} as the administrator, with the walk's request id. */
    RequestSpecification api() {
        return api(requestId);
    }

    /** As {@link #api()}, with a request id of the caller's. */
    RequestSpecification api(String requestId) {
        return request(requestId).header("Authorization", "Bearer " + token);
    }

    private RequestSpecification request(String requestId) {
        return given().baseUri(gateway)
                .basePath("/api")
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .header("X-Request-Id", requestId);
    }

    /** The whole walk; the sample's id. */
    String registerCheckAndStore() {
        Response registered = api().body("""
                {"name": "Deployed %s", "type": "rna", "initialVolume": {"value": 50, "unit": "ul"}}""".formatted(requestId)).post("/samples/");
        String sample = answered(registered, 201).jsonPath().getString("id");
        String barcode = registered.jsonPath().getString("barcode");

        assertThat(answered(api().queryParam("barcode", barcode).get("/barcodes/validate"), 200)
                        .jsonPath()
                        .getBoolean("valid"))
                .isTrue();

        answered(api().body("{\"status\": \"validated\"}").post("/samples/" + sample + "/status"), 200);
        answered(
                api().body("{\"sampleId\": \"%s\", \"boxId\": \"%s\"}".formatted(sample, box()))
                        .post("/storage/placements"),
                201);

        await("samples following storage's placement")
                .atMost(Duration.ofSeconds(30))
                .until(() -> api().get("/samples/" + sample).jsonPath().getString("status"), "in_storage"::equals);
        await("the registration and the placement in the events store")
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> api().queryParam("aggregateId", sample)
                                .get("/events")
                                .jsonPath()
                                .getList("items.type", String.class),
                        types -> types.contains("samples.sample.registered") && types.contains("storage.item.placed"));
        return sample;
    }

    /** A new 2 × 2 box in a −80 °C freezer of a facility of its own. */
    private String box() {
        String facility = location("{\"kind\": \"facility\", \"name\": \"Deployment " + UUID.randomUUID() + "\"}");
        String room = location("{\"kind\": \"room\", \"name\": \"Room\", \"parentId\": \"%s\"}".formatted(facility));
        String freezer =
                location("{\"kind\": \"freezer\", \"name\": \"F\", \"parentId\": \"%s\", \"zone\": \"minus_80\"}"
                        .formatted(room));
        String rack = location("{\"kind\": \"rack\", \"name\": \"R\", \"parentId\": \"%s\"}".formatted(freezer));
        return location("{\"kind\": \"box\", \"name\": \"B\", \"parentId\": \"%s\", \"rows\": 2, \"columns\": 2}"
                .formatted(rack));
    }

    private String location(String body) {
        return answered(api().body(body).post("/storage/locations"), 201)
                .jsonPath()
                .getString("id");
    }

    private static Response answered(Response response, int status) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        return response;
    }
}
