package org.tracseq.events.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tracseq.events.it.EventsFixture.WAIT;
import static org.tracseq.events.it.EventsFixture.admin;
import static org.tracseq.events.it.EventsFixture.aggregate;
import static org.tracseq.events.it.EventsFixture.analyst;
import static org.tracseq.events.it.EventsFixture.awaitStored;
import static org.tracseq.events.it.EventsFixture.publish;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.events.it.EventsFixture.Sent;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.SecurityMatrix;
import org.tracseq.platform.testing.TestDatabase;
import org.tracseq.platform.testing.TestTokens;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * The role matrix (docs/security.md), and the one restriction a role cannot express: {@code auth.*}
 * events are for lab administrators only, in queries and streams, whatever the filter.
 */
class SecurityIT {
    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    private static List<Long> rowCounts() {
        return List.of(
                TestDatabase.countRows("events.subscriptions"),
                TestDatabase.countRows("events.deliveries"),
                TestDatabase.countRows("events.delivery_attempts"));
    }

    @Test
    void everyOperationFollowsTheRoleMatrix() {
        SecurityMatrix.of("events").assertEnforced(SecurityIT::rowCounts);
    }

    @Test
    void onlyAdministratorsSeeAuthEventsWhateverTheFilter() throws Exception {
        String aggregateId = aggregate();
        Sent login = new Sent("auth.session.started", aggregateId);
        Sent placed = new Sent("itroles.item.placed", aggregateId);
        try (SseClient adminStream =
                        SseClient.open("?aggregateId=" + aggregateId, TestTokens.of(Role.LAB_ADMINISTRATOR), null);
                SseClient analystStream =
                        SseClient.open("?aggregateId=" + aggregateId, TestTokens.of(Role.DATA_ANALYST), null);
                SseClient analystAuthOnly = SseClient.open(
                        "?type=auth.*&aggregateId=" + aggregateId, TestTokens.of(Role.DATA_ANALYST), null)) {
            publish(login);
            awaitStored(List.of(login));
            publish(placed);
            awaitStored(List.of(placed));

            await().atMost(WAIT)
                    .until(() -> adminStream.received().size() == 2
                            && analystStream.received().size() == 1);
            assertThat(analystStream.received().get(0).type()).isEqualTo("itroles.item.placed");
            assertThat(analystAuthOnly.received()).isEmpty();
        }
        assertThat(analyst()
                        .get("/?aggregateId=" + aggregateId)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.type"))
                .containsExactly("itroles.item.placed");
        assertThat(analyst()
                        .get("/?type=auth.*&aggregateId=" + aggregateId)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items"))
                .isEmpty();
        assertThat(admin().get("/?type=auth.*&aggregateId=" + aggregateId)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.type"))
                .containsExactly("auth.session.started");
        assertProblem(analyst().get("/" + login.id()).andReturn(), 404);
        assertThat(admin().get("/" + login.id()).statusCode()).isEqualTo(200);
    }

    @Test
    void aPrincipalInvestigatorManagesNoSubscriptionsAndNoDeadLetters() {
        var pi = TracSeqServer.requestAs(Role.PRINCIPAL_INVESTIGATOR);
        assertProblem(pi.get("/subscriptions").andReturn(), 403);
        assertProblem(
                TracSeqServer.requestAs(Role.PRINCIPAL_INVESTIGATOR)
                        .post("/dead-letters/events.store/redrive")
                        .andReturn(),
                403);
        assertProblem(TracSeqServer.requestAs(Role.GUEST).get("/").andReturn(), 403);
    }
}
