package org.tracseq.events.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tracseq.events.it.EventsFixture.admin;
import static org.tracseq.events.it.EventsFixture.aggregate;
import static org.tracseq.events.it.EventsFixture.publish;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.events.it.EventsFixture.Sent;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * An event the store cannot take (its payload is no JSON) fails until it is a dead letter of
 * {@code events.store}; administrators see it with its reason and send it back to its stream.
 */
class DeadLettersIT {
    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    private static List<Map<String, Object>> deadLettersOf(String eventId) {
        List<Map<String, Object>> items = admin().get("/dead-letters?group=events.store&size=500")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        return items.stream()
                .filter(item -> item.get("reason") != null && eventId.equals(idOf(item)))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static String idOf(Map<String, Object> item) {
        Object event = item.get("event");
        return event == null ? (String) item.get("entryId") : (String) ((Map<String, Object>) event).get("id");
    }

    @Test
    void aPoisonedEventBecomesADeadLetterThatCanBeRedriven() {
        // Readable as an event, so the listing shows it; refused by the store, whose payload column is jsonb.
        Sent poisoned =
                publish(new Sent("itdead.item.placed", aggregate()).withPayload("{\"n\": 1, \"m\": \"\\u0000\"}"));
        String id = poisoned.id().toString();

        // Five failures, each claimed again after 1 s in the IT server.
        await().atMost(Duration.ofSeconds(60)).until(() -> deadLettersOf(id).size() == 1);
        Map<String, Object> dead = deadLettersOf(id).get(0);
        assertThat(dead).containsEntry("stream", "tracseq:events:itdead").containsEntry("failures", 5);
        assertThat((String) dead.get("reason")).isNotBlank();

        int redriven = admin().post("/dead-letters/events.store/redrive")
                .then()
                .statusCode(200)
                .extract()
                .path("redriven");
        assertThat(redriven).isPositive();
        assertThat(deadLettersOf(id)).isEmpty();
        assertProblem(admin().get("/dead-letters?group=Bad Group").andReturn(), 400);
        assertProblem(admin().get("/dead-letters").andReturn(), 400);
    }
}
