package org.tracseq.events.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tracseq.events.it.EventsFixture.WAIT;
import static org.tracseq.events.it.EventsFixture.aggregate;
import static org.tracseq.events.it.EventsFixture.awaitStored;
import static org.tracseq.events.it.EventsFixture.publish;
import static org.tracseq.events.it.EventsFixture.storedCount;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.events.it.EventsFixture.Sent;
import org.tracseq.platform.testing.AppendOnlyTables;
import org.tracseq.platform.testing.TracSeqServer;

/** Every event of the configured families is stored once, whatever the stream delivers twice. */
class StoreIT {
    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    @Test
    void anEventAddedTwiceIsStoredOnceWithEverythingItCarried() {
        Sent event = new Sent("itstore.sample.registered", aggregate())
                .withRequestId("req-store-1")
                .withPayload("{\"barcode\": \"TS-1\", \"volume\": {\"value\": 1.5, \"unit\": \"ml\"}}");
        publish(event);
        publish(event);
        JsonPath stored = awaitStored(List.of(event)).get(0);

        assertThat(stored.getLong("position")).isPositive();
        assertThat(stored.getString("type")).isEqualTo(event.type());
        assertThat(stored.getString("aggregateId")).isEqualTo(event.aggregateId());
        assertThat(stored.getString("actor")).isEqualTo("tech-1");
        assertThat(stored.getString("requestId")).isEqualTo("req-store-1");
        assertThat(stored.getString("payload.barcode")).isEqualTo("TS-1");
        assertThat(stored.getDouble("payload.volume.value")).isEqualTo(1.5);
        // The second copy has been consumed too (the group has nothing pending) and changed nothing.
        await().atMost(WAIT)
                .until(() -> EventsFixture.REDIS
                                .xpending("tracseq:events:itstore", "events.store")
                                .getTotal()
                        == 0);
        assertThat(storedCount(event.id())).isEqualTo(1);
    }

    @Test
    void theStoreIsAppendOnly() {
        awaitStored(List.of(publish(new Sent("itstore.sample.registered", aggregate()))));
        AppendOnlyTables.assertAppendOnly("events.events", "type");
    }

    @Test
    void storedEventsAreCounted() {
        awaitStored(List.of(publish(new Sent("itstore.sample.registered", aggregate()))));
        await().atMost(WAIT)
                .untilAsserted(
                        () -> assertThat(RestAssured.get(TracSeqServer.managementUrl() + "/metrics?scope=application")
                                        .asString())
                                .containsPattern("(?m)^tracseq_events_stored_total(\\{[^}]*})? [1-9]"));
    }
}
