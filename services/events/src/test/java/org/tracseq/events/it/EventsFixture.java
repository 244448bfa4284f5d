package org.tracseq.events.it;

import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tracseq.platform.events.Event;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.TestDatabase;
import org.tracseq.platform.testing.TracSeqServer;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;

/**
 * What the events ITs share: adding events to a family's stream as the platform's relay does, and waiting for the store to have them. Each IT class uses a family of
 * its own (listed in the IT server's {@code tracseq.events.families}).
 */
final class EventsFixture {
    static final UnifiedJedis REDIS = RedisClient.create("127.0.0.1", 6379);
    static final Duration WAIT = Duration.ofSeconds(20);

    private EventsFixture() {}

    /** One event as a stream entry carries it. */
    record Sent(
            UUID id,
            String type,
            String aggregateId,
            long version,
            Instant occurredAt,
            String actor,
            String requestId,
            String payload) {
        Sent(String type, String aggregateId) {
            this(UUID.randomUUID(), type, aggregateId, 1, Instant.now(), "tech-1", null, "{\"n\": 1}");
        }

        Sent withActor(String newActor) {
            return new Sent(id, type, aggregateId, version, occurredAt, newActor, requestId, payload);
        }

        Sent withRequestId(String newRequestId) {
            return new Sent(id, type, aggregateId, version, occurredAt, actor, newRequestId, payload);
        }

        Sent at(Instant time) {
            return new Sent(id, type, aggregateId, version, time, actor, requestId, payload);
        }

        Sent withPayload(String json) {
            return new Sent(id, type, aggregateId, version, occurredAt, actor, requestId, json);
        }

        /** As the platform's relay writes it. */
        Event event() {
            return new Event(id, type, aggregateId, version, occurredAt, actor, requestId, payload, null);
        }
    }

    static Sent publish(Sent event) {
        Event sent = event.event();
        REDIS.xadd(Event.stream(sent.family()), StreamEntryID.NEW_ENTRY, sent.toFields());
        return event;
    }

    static List<Sent> publishAll(List<Sent> events) {
        events.forEach(EventsFixture::publish);
        return events;
    }

    static RequestSpecification admin() {
        return TracSeqServer.requestAs(Role.LAB_ADMINISTRATOR);
    }

    static RequestSpecification analyst() {
        return TracSeqServer.requestAs(Role.DATA_ANALYST);
    }

    /** Waits until every one of {@code events} is stored; returns them as the service shows them. */
    static List<JsonPath> awaitStored(List<Sent> events) {
        await().atMost(WAIT).until(() -> events.stream().allMatch(e -> storedCount(e.id()) == 1));
        return events.stream()
                .map(e -> admin().get("/" + e.id())
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath())
                .toList();
    }

    static long storedCount(UUID id) {
        return TestDatabase.queryLong("SELECT count(*) FROM events.events WHERE id = CAST(? AS uuid)", id.toString());
    }

    /** A fresh aggregate id, so a test sees only its own events. */
    static String aggregate() {
        return "it-" + UUID.randomUUID();
    }
}
