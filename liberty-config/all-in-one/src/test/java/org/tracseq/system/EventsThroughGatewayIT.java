package org.tracseq.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * Issue 18 through the gateway, with every service in one server: what samples publishes reaches
 * the events service's store (queryable at {@code /api/events}) and its live stream
 * ({@code /api/events/stream}), which the gateway passes on event by event rather than when a
 * buffer fills.
 */
@MicroShedTest
class EventsThroughGatewayIT {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static String token;

    @BeforeAll
    static void logIn() {
        TracSeqServer.awaitReady();
        token = SeededAdmin.logIn();
    }

    private static RequestSpecification api() {
        return SeededAdmin.through(token);
    }

    private static String register() {
        Response created = api().body("""
                {"name": "events %s", "type": "rna", "initialVolume": {"value": 5, "unit": "ul"}}""".formatted(UUID.randomUUID())).post("/samples/");
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        return created.jsonPath().getString("id");
    }

    @Test
    void aRegistrationIsStoredAndQueryableByTypeAndAggregate() {
        String sample = register();

        Response found = await("the registration in the events store")
                .atMost(Duration.ofSeconds(20))
                .until(
                        () -> api().queryParam("type", "samples.sample.*")
                                .queryParam("aggregateId", sample)
                                .get("/events"),
                        page -> page.statusCode() == 200
                                && page.jsonPath().getList("items").size() == 1);
        assertThat(found.jsonPath().getString("items[0].type")).isEqualTo("samples.sample.registered");
    }

    @Test
    void theLiveStreamPassesEachEventOnAsItHappens() throws Exception {
        HttpRequest follow = HttpRequest.newBuilder(
                        URI.create(TracSeqServer.rootUrl() + "/api/events/stream?type=samples.sample.registered"))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream")
                .build();
        HttpResponse<java.io.InputStream> stream = HTTP.send(follow, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            String sample = register();
            // One small event, far below any buffer's size: it arrives only if the gateway flushes it.
            CompletableFuture<String> seen = CompletableFuture.supplyAsync(() -> {
                try {
                    String line;
                    while ((line = lines.readLine()) != null) {
                        if (line.startsWith("data:") && line.contains(sample)) {
                            return line;
                        }
                    }
                    return null;
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertThat(seen.get(20, TimeUnit.SECONDS)).contains("samples.sample.registered");
        }
    }

    /** The samples service follows storage's placement: its status change names the placing request. */
    @Test
    void aChangeAConsumerMakesCarriesTheRequestIdOfTheChangeBehindIt() {
        String box = LabBench.box(token);
        String sample = LabBench.validatedSample(token, "events chain " + UUID.randomUUID(), "dna");
        String requestId = "chain-" + UUID.randomUUID();
        Response placed = api().header("X-Request-Id", requestId)
                .body("{\"sampleId\": \"%s\", \"boxId\": \"%s\", \"position\": \"A01\"}".formatted(sample, box))
                .post("/storage/placements");
        assertThat(placed.statusCode()).as(placed.asString()).isEqualTo(201);

        Response stored = await("the samples service's status change in the events store")
                .atMost(Duration.ofSeconds(20))
                .until(
                        () -> api().queryParam("type", "samples.sample.status_changed")
                                .queryParam("aggregateId", sample)
                                .get("/events"),
                        page -> page.statusCode() == 200
                                && page.jsonPath().getList("items.payload.to").contains("in_storage"));
        List<Map<String, Object>> changes = stored.jsonPath().getList("items");
        assertThat(changes)
                .filteredOn(change -> "in_storage".equals(((Map<?, ?>) change.get("payload")).get("to")))
                .singleElement()
                .satisfies(change -> assertThat(change.get("requestId")).isEqualTo(requestId));
    }
}
