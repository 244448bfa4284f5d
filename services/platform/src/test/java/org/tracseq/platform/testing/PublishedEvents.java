package org.tracseq.platform.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.tracseq.platform.events.Event;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.resps.StreamEntry;

/** What a service published on one family's stream of the machine's Redis, as a test reads it. */
public final class PublishedEvents implements AutoCloseable {
    private final UnifiedJedis redis = RedisClient.create("127.0.0.1", 6379);
    private final String stream;

    public PublishedEvents(String family) {
        this.stream = "tracseq:events:" + family;
    }

    /** The stream entries about {@code aggregateId} so far, oldest first. */
    public List<Map<String, String>> of(String aggregateId) {
        return redis.xrange(stream, "-", "+").stream()
                .map(StreamEntry::getFields)
                .filter(fields -> aggregateId.equals(fields.get("aggregateId")))
                .toList();
    }

    /**
     * Waits until at least {@code count} entries about {@code aggregateId} were published, and
     * checks each against the events contract.
     */
    public List<Map<String, String>> awaitAtLeast(String aggregateId, int count) {
        Awaitility.await(count + " events of " + aggregateId + " on " + stream)
                .atMost(Duration.ofSeconds(15))
                .until(() -> of(aggregateId).size() >= count);
        List<Map<String, String>> events = of(aggregateId);
        events.forEach(EventContract::assertConforms);
        return events;
    }

    /**
     * Puts an event of any family on its stream exactly as the relay of the service that owns the
     * family would (another service's event a consumer under test must follow); the event.
     */
    public Event publishAs(String actor, String type, String aggregateId, long version, String payload) {
        Event event =
                new Event(UUID.randomUUID(), type, aggregateId, version, Instant.now(), actor, null, payload, null);
        redis.xadd(Event.stream(event.family()), StreamEntryID.NEW_ENTRY, event.toFields());
        return event;
    }

    /** The client, for a test that adds entries itself (a redelivery). */
    public UnifiedJedis redis() {
        return redis;
    }

    @Override
    public void close() {
        redis.close();
    }
}
