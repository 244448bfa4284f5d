package org.tracseq.auth.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.auth.it.AuthFixture.adminToken;
import static org.tracseq.auth.it.AuthFixture.as;
import static org.tracseq.auth.it.AuthFixture.createUser;
import static org.tracseq.auth.it.AuthFixture.login;
import static org.tracseq.auth.it.AuthFixture.uniqueName;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.testing.EventContract;
import org.tracseq.platform.testing.TracSeqServer;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.resps.StreamEntry;

/**
 * Auth publishes what happens to accounts on {@code tracseq:events:auth} as
 * {@code openapi/events.asyncapi.yaml} declares it, and never a password, hash or token.
 */
class PublishedEventsIT {
    private static final UnifiedJedis REDIS = RedisClient.create("127.0.0.1", 6379);

    @BeforeAll
    static void serverIsReady() {
        TracSeqServer.awaitReady();
    }

    @AfterAll
    static void closeRedis() {
        REDIS.close();
    }

    private static List<Map<String, String>> eventsOf(String userId) {
        return REDIS.xrange("tracseq:events:auth", "-", "+").stream()
                .map(StreamEntry::getFields)
                .filter(fields -> userId.equals(fields.get("aggregateId")))
                .toList();
    }

    @Test
    void aUsersCreationRoleChangeLockOutAndDisablingArePublished() {
        String admin = adminToken();
        String username = uniqueName();
        String id = createUser(admin, username, "data_analyst");
        assertThat(as(admin)
                        .body("{\"role\":\"lab_technician\",\"reason\":\"trained\"}")
                        .put("/users/" + id + "/role")
                        .statusCode())
                .isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(login(username, "Wrong-Password-" + i + "!").statusCode())
                    .isEqualTo(401);
        }
        assertThat(as(admin)
                        .body("{\"reason\":\"left the lab\"}")
                        .post("/users/" + id + "/disable")
                        .statusCode())
                .isEqualTo(200);

        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> eventsOf(id).size() >= 4);
        List<Map<String, String>> events = eventsOf(id);
        events.forEach(EventContract::assertConforms);
        assertThat(events)
                .extracting(e -> e.get("type"))
                .containsExactly(
                        "auth.user.created", "auth.user.role_changed", "auth.user.locked_out", "auth.user.disabled");
        assertThat(JsonPath.from(events.get(1).get("payload")).getString("to")).isEqualTo("lab_technician");
        assertThat(events).allSatisfy(e -> assertThat(e.get("payload")).doesNotContainIgnoringCase("password"));
    }
}
