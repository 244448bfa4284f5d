package org.tracseq.events.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tracseq.events.it.EventsFixture.WAIT;
import static org.tracseq.events.it.EventsFixture.admin;
import static org.tracseq.events.it.EventsFixture.aggregate;
import static org.tracseq.events.it.EventsFixture.awaitStored;
import static org.tracseq.events.it.EventsFixture.publish;
import static org.tracseq.events.it.EventsFixture.publishAll;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.events.it.EventsFixture.Sent;
import org.tracseq.platform.testing.PublishedEvents;
import org.tracseq.platform.testing.TestDatabase;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * Webhooks against receivers in the test: signed deliveries, retries with growing pauses (base
 * 200 ms, cap 3.2 s in the IT server), disabling after 6 failures in a row with a notice, re-enabling,
 * secret rotation, and replay.
 */
class WebhooksIT {
    private static final String SECRET = "it-secret-0123456789";

    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    private static String subscribe(String url, String types, String secret) {
        return admin().body("{\"url\": \"%s\", \"types\": [%s], \"secret\": \"%s\"}".formatted(url, types, secret))
                .post("/subscriptions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static JsonPath subscription(String id) {
        return admin().get("/subscriptions/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The delivery log, oldest first. */
    private static List<Map<String, Object>> log(String id) {
        List<Map<String, Object>> attempts = admin().get("/subscriptions/" + id + "/deliveries?size=100")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        List<Map<String, Object>> oldestFirst = new java.util.ArrayList<>(attempts);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /** What a receiver does: recompute the HMAC of timestamp.body and refuse old timestamps. */
    private static boolean verifies(Receiver.Request request, String secret) throws Exception {
        String timestamp = request.header("X-TracSeq-Timestamp");
        if (Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > 300) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "v1="
                + HexFormat.of()
                        .formatHex(mac.doFinal((timestamp + "." + request.body()).getBytes(StandardCharsets.UTF_8)));
        return expected.equals(request.header("X-TracSeq-Signature"));
    }

    @Test
    void aMatchingEventIsPostedSignedAndTheSecretIsNeverShown() throws Exception {
        try (Receiver receiver = Receiver.answering(204)) {
            String id = subscribe(receiver.url(), "\"ithooks.sample.*\"", SECRET);
            Sent wanted = publish(new Sent("ithooks.sample.registered", aggregate()));
            publish(new Sent("ithooks.other.thing", aggregate()));

            await().atMost(WAIT).until(() -> receiver.requests().size() == 1);
            Receiver.Request request = receiver.requests().get(0);
            assertThat(verifies(request, SECRET)).isTrue();
            assertThat(verifies(request, SECRET + "x")).isFalse();
            assertThat(request.header("X-TracSeq-Event-Id"))
                    .isEqualTo(wanted.id().toString());
            assertThat(request.header("X-TracSeq-Event-Type")).isEqualTo("ithooks.sample.registered");
            assertThat(request.header("Content-Type")).startsWith("application/json");
            JsonPath body = JsonPath.from(request.body());
            assertThat(body.getString("id")).isEqualTo(wanted.id().toString());
            assertThat(body.getInt("payload.n")).isEqualTo(1);
            assertThat(body.getLong("position")).isPositive();

            await().atMost(WAIT).until(() -> log(id).size() == 1);
            assertThat(log(id).get(0)).containsEntry("outcome", "delivered").containsEntry("statusCode", 204);
            assertThat(admin().get("/subscriptions/" + id).asString())
                    .doesNotContain("secret")
                    .doesNotContain(SECRET);
            assertThat(admin().get("/subscriptions?size=500").asString()).doesNotContain(SECRET);

            // A new secret signs the deliveries from then on.
            String rotated = "rotated-secret-0123456789";
            admin().body("{\"secret\": \"" + rotated + "\"}")
                    .put("/subscriptions/" + id + "/secret")
                    .then()
                    .statusCode(200);
            publish(new Sent("ithooks.sample.registered", aggregate()));
            await().atMost(WAIT).until(() -> receiver.requests().size() == 2);
            assertThat(verifies(receiver.requests().get(1), rotated)).isTrue();
            admin().delete("/subscriptions/" + id).then().statusCode(200);
            assertProblem(admin().get("/subscriptions/" + id).andReturn(), 404);
        }
    }

    @Test
    void aReceiverThatFailsFiveTimesThenAnswersGetsItWithGrowingPauses() throws Exception {
        try (Receiver receiver = Receiver.answering(List.of(500, 500, 500, 500, 500), 200)) {
            String id = subscribe(receiver.url(), "\"ithooks.retry.*\"", SECRET);
            publish(new Sent("ithooks.retry.happened", aggregate()));

            await().atMost(WAIT).until(() -> log(id).size() == 6);
            List<Map<String, Object>> attempts = log(id);
            assertThat(attempts)
                    .extracting(a -> a.get("outcome"))
                    .containsExactly("failed", "failed", "failed", "failed", "failed", "delivered");
            assertThat(attempts.subList(0, 5)).allSatisfy(a -> assertThat(a).containsEntry("statusCode", 500));
            assertThat(attempts).extracting(a -> a.get("attempt")).containsExactly(1, 2, 3, 4, 5, 6);
            List<Instant> times = attempts.stream()
                    .map(a -> Instant.parse((String) a.get("at")))
                    .toList();
            for (int i = 1; i < times.size(); i++) {
                Duration pause = Duration.between(times.get(i - 1), times.get(i));
                // 200 ms doubling: 200, 400, 800, 1600, 3200 at least.
                assertThat(pause)
                        .as("pause before attempt %d", i + 1)
                        .isGreaterThanOrEqualTo(Duration.ofMillis(200L << (i - 1)));
                if (i > 1) {
                    assertThat(pause).isGreaterThan(Duration.between(times.get(i - 2), times.get(i - 1)));
                }
            }
            JsonPath subscription = subscription(id);
            assertThat(subscription.getBoolean("enabled")).isTrue();
            assertThat(subscription.getInt("consecutiveFailures")).isZero();
            assertThat(receiver.requests()).hasSize(6);
        }
    }

    @Test
    void repeatedFailureDisablesWithANoticeAndAPatchEnablesAgain() throws Exception {
        try (Receiver receiver = Receiver.answering(List.of(503, 503, 503, 503, 503, 503), 200)) {
            String id = subscribe(receiver.url(), "\"ithooks.doomed.*\"", SECRET);
            Sent event = publish(new Sent("ithooks.doomed.happened", aggregate()));

            await().atMost(WAIT).until(() -> !subscription(id).getBoolean("enabled"));
            JsonPath disabled = subscription(id);
            assertThat(disabled.getInt("consecutiveFailures")).isEqualTo(6);
            assertThat(disabled.getString("disabledReason")).contains("6 deliveries in a row failed");
            assertThat(disabled.getString("disabledAt")).isNotBlank();
            // The notice is an event too, published through the outbox and stored like any other.
            await().atMost(WAIT)
                    .until(() -> admin().get("/?type=events.subscription.disabled&aggregateId=" + id)
                                    .then()
                                    .statusCode(200)
                                    .extract()
                                    .jsonPath()
                                    .getList("items")
                                    .size()
                            == 1);
            assertThat(receiver.requests()).hasSize(6);
            try (PublishedEvents published = new PublishedEvents("events")) {
                assertThat(published.awaitAtLeast(id, 1).get(0))
                        .containsEntry("type", "events.subscription.disabled")
                        .containsEntry("actor", "tracseq-events");
            }

            admin().body("{\"enabled\": true}")
                    .patch("/subscriptions/" + id)
                    .then()
                    .statusCode(200);
            await().atMost(WAIT).until(() -> receiver.requests().size() == 7);
            assertThat(receiver.requests().get(6).header("X-TracSeq-Event-Id"))
                    .isEqualTo(event.id().toString());
            await().atMost(WAIT)
                    .until(() ->
                            "delivered".equals(log(id).get(log(id).size() - 1).get("outcome")));
            JsonPath enabled = subscription(id);
            assertThat(enabled.getBoolean("enabled")).isTrue();
            assertThat(enabled.getInt("consecutiveFailures")).isZero();
            assertThat(enabled.getString("disabledReason")).isNull();
            String metrics = RestAssured.get(TracSeqServer.managementUrl() + "/metrics?scope=application")
                    .asString();
            assertThat(metrics).containsPattern("(?m)^tracseq_events_subscriptions_disabled_total(\\{[^}]*})? [1-9]");
            assertThat(metrics).containsPattern("(?m)^tracseq_events_deliveries_failed_total(\\{[^}]*})? [1-9]");
            assertThat(metrics).containsPattern("(?m)^tracseq_events_deliveries_sent_total(\\{[^}]*})? [1-9]");
        }
    }

    @Test
    void replaySendsTheStoredEventsOfATimeRangeThatMatch() throws Exception {
        Instant t0 = Instant.parse("2032-02-02T12:00:00Z");
        String aggregateId = aggregate();
        List<Sent> events = publishAll(List.of(
                new Sent("ithooks.replay.a", aggregateId).at(t0),
                new Sent("ithooks.replay.b", aggregateId).at(t0.plusSeconds(10)),
                new Sent("ithooks.other.c", aggregateId).at(t0.plusSeconds(20)),
                new Sent("ithooks.replay.d", aggregateId).at(t0.plusSeconds(3600))));
        awaitStored(events);
        try (Receiver receiver = Receiver.answering(200)) {
            String id = subscribe(receiver.url(), "\"ithooks.replay.*\"", SECRET);
            int enqueued = admin().body("{\"from\": \"2032-02-02T12:00:00Z\", \"to\": \"2032-02-02T12:30:00Z\"}")
                    .post("/subscriptions/" + id + "/replay")
                    .then()
                    .statusCode(202)
                    .extract()
                    .path("enqueued");
            assertThat(enqueued).isEqualTo(2);
            await().atMost(WAIT).until(() -> receiver.requests().size() == 2);
            assertThat(receiver.requests())
                    .extracting(r -> r.header("X-TracSeq-Event-Id"))
                    .containsExactlyInAnyOrder(
                            events.get(0).id().toString(), events.get(1).id().toString());
            assertProblem(
                    admin().body("{\"from\": \"2032-02-02T12:30:00Z\", \"to\": \"2032-02-02T12:00:00Z\"}")
                            .post("/subscriptions/" + id + "/replay")
                            .andReturn(),
                    400);
        }
    }

    @Test
    void badSubscriptionsAreRefusedAndWriteNothing() {
        long before = TestDatabase.countRows("events.subscriptions");
        assertProblem(
                admin().body("{\"url\": \"ftp://x/y\", \"types\": [\"a.*\"], \"secret\": \"" + SECRET + "\"}")
                        .post("/subscriptions")
                        .andReturn(),
                400);
        assertProblem(
                admin().body("{\"url\": \"http://x/y\", \"types\": [\"a.*\"], \"secret\": \"short\"}")
                        .post("/subscriptions")
                        .andReturn(),
                400);
        assertProblem(
                admin().body("{\"url\": \"http://x/y\", \"types\": [], \"secret\": \"" + SECRET + "\"}")
                        .post("/subscriptions")
                        .andReturn(),
                400);
        assertProblem(
                admin().body("{\"url\": \"http://x/y\", \"types\": [\"a.*.b\"], \"secret\": \"" + SECRET + "\"}")
                        .post("/subscriptions")
                        .andReturn(),
                400);
        assertThat(TestDatabase.countRows("events.subscriptions")).isEqualTo(before);
        assertProblem(
                admin().get("/subscriptions/" + java.util.UUID.randomUUID()).andReturn(), 404);
    }
}
