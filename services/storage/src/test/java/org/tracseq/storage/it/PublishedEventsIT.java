package org.tracseq.storage.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.storage.it.StorageFixture.box;
import static org.tracseq.storage.it.StorageFixture.created;
import static org.tracseq.storage.it.StorageFixture.place;
import static org.tracseq.storage.it.StorageFixture.sample;
import static org.tracseq.storage.it.StorageFixture.tech;
import static org.tracseq.storage.it.StorageFixture.token;
import static org.tracseq.storage.it.StorageFixture.unit;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.testing.PublishedEvents;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * Storage publishes its custody events through its outbox: after the change commits, the relay puts
 * each on Redis's {@code tracseq:events:storage} stream, once, in order, with actor and request id,
 * as {@code openapi/events.asyncapi.yaml} declares it.
 */
class PublishedEventsIT {
    private static final PublishedEvents EVENTS = new PublishedEvents("storage");

    @BeforeAll
    static void serverIsReady() {
        TracSeqServer.awaitReady();
    }

    @AfterAll
    static void closeEvents() {
        EVENTS.close();
    }

    @Test
    void aPlacementAndACheckOutArePublishedOnceInOrderWithActorAndRequestId() {
        String token = token();
        String boxId = box(unit(token, "freezer", "minus_80").get(3), "Box " + token, 9, 9);
        String sampleId = sample(token, 1, "dna").get(0);
        String requestId = "it-" + UUID.randomUUID();

        created(tech().header("X-Request-Id", requestId)
                .body("{\"sampleId\": \"%s\", \"boxId\": \"%s\", \"position\": \"B02\"}".formatted(sampleId, boxId))
                .post("/placements"));
        assertThat(tech().body("{}").post("/samples/" + sampleId + "/check-out").statusCode())
                .isEqualTo(200);

        List<Map<String, String>> events = EVENTS.awaitAtLeast(sampleId, 2);
        assertThat(events)
                .extracting(e -> e.get("type"))
                .containsExactly("storage.item.placed", "storage.item.checked_out");
        assertThat(events).extracting(e -> e.get("version")).containsExactly("1", "2");
        assertThat(events.get(0).get("requestId")).isEqualTo(requestId);
        assertThat(events.get(0).get("actor")).isNotBlank();
        JsonPath placed = JsonPath.from(events.get(0).get("payload"));
        assertThat(placed.getString("toPosition")).isEqualTo("B02");
        assertThat(placed.getString("toBox")).isEqualTo(boxId);
    }

    @Test
    void theRelayReportsWhatItPublishedAndThatNothingWaits() {
        String token = token();
        String boxId = box(unit(token, "freezer", "minus_80").get(3), "Box " + token, 9, 9);
        created(place(sample(token, 1, "dna").get(0), boxId, "A01"));

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            String metrics = RestAssured.get(TracSeqServer.managementUrl() + "/metrics?scope=application")
                    .asString();
            assertThat(metrics).containsPattern("(?m)^tracseq_storage_events_relayed_total(\\{[^}]*})? [1-9]");
            assertThat(metrics).containsPattern("(?m)^tracseq_storage_events_unrelayed(\\{[^}]*})? 0");
            assertThat(metrics).contains("tracseq_storage_events_relay_lag_seconds");
        });
    }

    @Test
    void aRefusedPlacementPublishesNothing() {
        String token = token();
        String boxId = box(unit(token, "freezer", "minus_80").get(3), "Box " + token, 9, 9);
        String sampleId = sample(token, 1, "dna").get(0);
        String other = sample(token, 2, "dna").get(0);
        created(place(sampleId, boxId, "A01"));

        assertThat(place(other, boxId, "A01").statusCode()).isEqualTo(409);

        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> EVENTS.of(sampleId).size() == 1);
        assertThat(EVENTS.of(other)).isEmpty();
    }
}
