package org.tracseq.events.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tracseq.events.it.EventsFixture.WAIT;
import static org.tracseq.events.it.EventsFixture.aggregate;
import static org.tracseq.events.it.EventsFixture.awaitStored;
import static org.tracseq.events.it.EventsFixture.publish;
import static org.tracseq.events.it.EventsFixture.publishAll;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.events.it.EventsFixture.Sent;
import org.tracseq.events.it.SseClient.Received;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.TestTokens;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * The live stream: stored events after the client's last id, then new ones, each exactly once,
 * across the client hanging up and the server ending streams (every 3 s in the IT server).
 */
class StreamIT {
    private static final String ANALYST = TestTokens.of(Role.DATA_ANALYST);

    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    private static List<Sent> events(String aggregateId, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new Sent("itstream.item.placed", aggregateId))
                .toList();
    }

    private static List<String> ids(List<Received> received) {
        return received.stream()
                .map(r -> JsonPath.from(r.data()).getString("id"))
                .toList();
    }

    @Test
    void aClientThatHangsUpAndComesBackWithItsLastIdGetsEveryEventExactlyOnce() throws Exception {
        String aggregateId = aggregate();
        List<Sent> before = events(aggregateId, 3);
        List<Sent> meanwhile = events(aggregateId, 3);
        List<Sent> after = events(aggregateId, 3);
        String query = "?aggregateId=" + aggregateId + "&after=0";

        List<Received> first;
        try (SseClient client = SseClient.open(query, ANALYST, null)) {
            publishAll(before);
            await().atMost(WAIT).until(() -> client.received().size() == 3);
            first = client.received();
        }
        publishAll(meanwhile);
        awaitStored(meanwhile);
        List<Received> second;
        String lastId = Long.toString(first.get(2).id());
        try (SseClient client = SseClient.open("?aggregateId=" + aggregateId, ANALYST, lastId)) {
            publishAll(after);
            // Long enough for the server to end the stream at least once (3 s): the client resumes.
            await().atMost(WAIT).until(() -> client.received().size() >= 6 && client.connections() >= 2);
            second = client.received();
        }

        List<String> expected = new ArrayList<>();
        List.of(before, meanwhile, after).forEach(part -> part.forEach(e -> expected.add(e.id().toString())));
        List<String> all = new ArrayList<>(ids(first));
        all.addAll(ids(second));
        assertThat(all).containsExactlyElementsOf(expected);
        List<Long> positions = new ArrayList<>(first.stream().map(Received::id).toList());
        positions.addAll(second.stream().map(Received::id).toList());
        assertThat(positions).isSorted().doesNotHaveDuplicates();
        assertThat(first.get(0).type()).isEqualTo("itstream.item.placed");
        JsonPath data = JsonPath.from(first.get(0).data());
        assertThat(data.getLong("position")).isEqualTo(first.get(0).id());
        assertThat(data.getInt("payload.n")).isEqualTo(1);
    }

    @Test
    void withoutAStartOnlyNewEventsComeAndFiltersHold() throws Exception {
        String aggregateId = aggregate();
        awaitStored(List.of(publish(new Sent("itstream.item.placed", aggregateId))));
        try (SseClient client =
                SseClient.open("?aggregateId=" + aggregateId + "&type=itstream.item.moved", ANALYST, null)) {
            Sent placed = publish(new Sent("itstream.item.placed", aggregateId));
            Sent moved = publish(new Sent("itstream.item.moved", aggregateId));
            awaitStored(List.of(placed, moved));
            await().atMost(WAIT).until(() -> client.received().size() == 1);
            assertThat(ids(client.received())).containsExactly(moved.id().toString());
        }
    }

    @Test
    void badStartsAndFiltersAreRefusedBeforeStreaming() {
        assertProblem(streamRequest().get("/stream?type=itstream.*.x").andReturn(), 400);
        assertProblem(
                streamRequest().header("Last-Event-ID", "abc").get("/stream").andReturn(), 400);
        assertProblem(streamRequest().get("/stream?after=-1").andReturn(), 400);
    }

    private static RequestSpecification streamRequest() {
        return RestAssured.given()
                .baseUri(TracSeqServer.baseUrl())
                .header("Authorization", "Bearer " + ANALYST)
                .header("Accept", "text/event-stream");
    }
}
