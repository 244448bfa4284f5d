package org.tracseq.events.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.events.it.EventsFixture.aggregate;
import static org.tracseq.events.it.EventsFixture.analyst;
import static org.tracseq.events.it.EventsFixture.awaitStored;
import static org.tracseq.events.it.EventsFixture.publishAll;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;

import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.events.it.EventsFixture.Sent;
import org.tracseq.platform.testing.TracSeqServer;

/** Queries by each filter, in position order both ways, a page at a time. */
class QueryIT {
    private static final String AGGREGATE = aggregate();
    private static final String OTHER = aggregate();
    private static final Instant T0 = Instant.parse("2031-05-01T10:00:00Z");
    private static List<Sent> events;

    @BeforeAll
    static void someStoredEvents() {
        TracSeqServer.awaitReady();
        events = publishAll(List.of(
                new Sent("itquery.item.placed", AGGREGATE)
                        .at(T0)
                        .withActor("alice")
                        .withRequestId("rq-a"),
                new Sent("itquery.item.moved", AGGREGATE).at(T0.plusSeconds(60)).withActor("bob"),
                new Sent("itquery.item.checked_out", AGGREGATE)
                        .at(T0.plusSeconds(120))
                        .withActor("alice"),
                new Sent("itquery.location.capacity_changed", OTHER)
                        .at(T0.plusSeconds(180))
                        .withActor("carol")));
        awaitStored(events);
    }

    private static List<String> ids(String query) {
        return analyst()
                .get("/?" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id");
    }

    private static String id(int index) {
        return events.get(index).id().toString();
    }

    @Test
    void byAggregateNewestFirstByDefaultOrOldestFirst() {
        assertThat(ids("aggregateId=" + AGGREGATE)).containsExactly(id(2), id(1), id(0));
        assertThat(ids("aggregateId=" + AGGREGATE + "&sort=position,asc")).containsExactly(id(0), id(1), id(2));
    }

    @Test
    void byExactTypeOrPrefix() {
        assertThat(ids("type=itquery.item.moved")).containsExactly(id(1));
        assertThat(ids("type=itquery.item.*&sort=position,asc")).containsExactly(id(0), id(1), id(2));
        assertThat(ids("type=itquery.*&sort=position,asc")).containsExactly(id(0), id(1), id(2), id(3));
        // _ in a type is a letter, not LIKE's wildcard.
        assertThat(ids("type=itquery.item.checked_out")).containsExactly(id(2));
    }

    @Test
    void byActorRequestIdAndTime() {
        assertThat(ids("type=itquery.*&actor=alice&sort=position,asc")).containsExactly(id(0), id(2));
        assertThat(ids("requestId=rq-a")).containsExactly(id(0));
        assertThat(ids("type=itquery.*&from=2031-05-01T10:01:00Z&to=2031-05-01T10:03:00Z&sort=position,asc"))
                .containsExactly(id(1), id(2));
    }

    @Test
    void aPageAtATime() {
        JsonPath first = analyst()
                .get("/?type=itquery.*&size=3&sort=position,asc")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(first.getLong("total")).isEqualTo(4);
        assertThat(first.getList("items.id")).containsExactly(id(0), id(1), id(2));
        assertThat(ids("type=itquery.*&size=3&page=1&sort=position,asc")).containsExactly(id(3));
    }

    @Test
    void oneById() {
        JsonPath event =
                analyst().get("/" + id(1)).then().statusCode(200).extract().jsonPath();
        assertThat(event.getString("type")).isEqualTo("itquery.item.moved");
        assertThat(event.getString("occurredAt")).startsWith("2031-05-01T10:01");
        assertProblem(analyst().get("/" + UUID.randomUUID()).andReturn(), 404);
    }

    @Test
    void badFiltersAreRefused() {
        assertProblem(analyst().get("/?type=itquery.*.moved").andReturn(), 400);
        assertProblem(analyst().get("/?sort=type").andReturn(), 400);
        assertProblem(analyst().get("/?from=yesterday").andReturn(), 400);
        assertProblem(analyst().get("/not-a-uuid").andReturn(), 400);
    }
}
