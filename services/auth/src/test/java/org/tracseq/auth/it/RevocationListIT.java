package org.tracseq.auth.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tracseq.auth.it.AuthFixture.PASSWORD;
import static org.tracseq.auth.it.AuthFixture.adminToken;
import static org.tracseq.auth.it.AuthFixture.as;
import static org.tracseq.auth.it.AuthFixture.createUser;
import static org.tracseq.auth.it.AuthFixture.json;
import static org.tracseq.auth.it.AuthFixture.loggedIn;
import static org.tracseq.auth.it.AuthFixture.uniqueName;

import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.security.RevocationList;
import org.tracseq.platform.testing.TracSeqServer;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.RedisClient;

/**
 * Revocations reach the Redis list every service follows as soon as they commit: logout, disabling a
 * user or changing its role (every session), and revoking a service principal's key.
 */
class RevocationListIT {
    private static RedisClient redis;

    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
        redis = RedisClient.create("127.0.0.1", 6379);
    }

    @AfterAll
    static void close() {
        redis.close();
    }

    @Test
    void aLogoutIsOnTheListWhenItsAnswerArrives() throws ParseException {
        String username = uniqueName();
        createUser(adminToken(), username, "lab_technician");
        String token = loggedIn(username, PASSWORD).jsonPath().getString("accessToken");
        String session = sessionOf(token);
        assertThat(redis.exists(RevocationList.SESSION_KEY + session)).isFalse();

        assertThat(as(token).post("/logout").statusCode()).isEqualTo(200);
        assertThat(redis.exists(RevocationList.SESSION_KEY + session)).isTrue();
        assertThat(redis.ttl(RevocationList.SESSION_KEY + session)).isBetween(60L, 16 * 60L);
    }

    @Test
    void disablingAUserListsEveryOneOfItsSessions() throws ParseException {
        String admin = adminToken();
        String username = uniqueName();
        String id = createUser(admin, username, "research_scientist");
        String first = sessionOf(loggedIn(username, PASSWORD).jsonPath().getString("accessToken"));
        String second = sessionOf(loggedIn(username, PASSWORD).jsonPath().getString("accessToken"));

        assertThat(as(admin)
                        .body(json("reason", "left the lab"))
                        .post("/users/" + id + "/disable")
                        .statusCode())
                .isEqualTo(200);
        assertThat(redis.exists(RevocationList.SESSION_KEY + first, RevocationList.SESSION_KEY + second))
                .isEqualTo(2);
    }

    @Test
    void AU3_aRoleChangeListsEveryOneOfItsSessionsAndAnnouncesThem() throws Exception {
        String admin = adminToken();
        String username = uniqueName();
        String id = createUser(admin, username, "lab_technician");
        String first = sessionOf(loggedIn(username, PASSWORD).jsonPath().getString("accessToken"));
        String second = sessionOf(loggedIn(username, PASSWORD).jsonPath().getString("accessToken"));
        List<String> announced = new CopyOnWriteArrayList<>();
        try (Subscriber subscriber = new Subscriber(announced)) {
            assertThat(as(admin)
                            .body(json("role", "guest", "reason", "moved to the office"))
                            .put("/users/" + id + "/role")
                            .statusCode())
                    .isEqualTo(200);

            assertThat(redis.exists(RevocationList.SESSION_KEY + first, RevocationList.SESSION_KEY + second))
                    .isEqualTo(2);
            await("announced")
                    .atMost(Duration.ofSeconds(1))
                    .untilAsserted(() -> assertThat(announced)
                            .anyMatch(message -> message.endsWith(" " + RevocationList.SESSION_KEY + first))
                            .anyMatch(message -> message.endsWith(" " + RevocationList.SESSION_KEY + second)));
        }
    }

    @Test
    void aRevokedServicePrincipalIsListedBySubject() {
        String admin = adminToken();
        String id = as(admin)
                .body(json("name", uniqueName(), "role", "lab_technician"))
                .post("/service-principals")
                .jsonPath()
                .getString("principal.id");
        assertThat(redis.exists(RevocationList.SUBJECT_KEY + id)).isFalse();

        assertThat(as(admin).delete("/service-principals/" + id).statusCode()).isEqualTo(200);
        assertThat(redis.exists(RevocationList.SUBJECT_KEY + id)).isTrue();
    }

    @Test
    void theSweepPutsBackWhatRedisLost() throws ParseException {
        String username = uniqueName();
        createUser(adminToken(), username, "guest");
        String token = loggedIn(username, PASSWORD).jsonPath().getString("accessToken");
        assertThat(as(token).post("/logout").statusCode()).isEqualTo(200);
        String key = RevocationList.SESSION_KEY + sessionOf(token);
        redis.del(key);
        // The ITs' server sweeps every second (tracseq.revocations.sweep-seconds).
        await("revocation re-published").atMost(Duration.ofSeconds(10)).until(() -> redis.exists(key));
    }

    /** Listens on the revocation channel, as every service does, until closed. */
    private static final class Subscriber implements AutoCloseable {
        private final JedisPubSub listener;
        private final Thread thread;

        Subscriber(List<String> messages) {
            listener = new JedisPubSub() {
                @Override
                public void onMessage(String channel, String message) {
                    messages.add(message);
                }
            };
            thread = new Thread(() -> redis.subscribe(listener, RevocationList.CHANNEL));
            thread.start();
            await("subscribed").atMost(Duration.ofSeconds(2)).until(listener::isSubscribed);
        }

        @Override
        public void close() throws InterruptedException {
            listener.unsubscribe();
            thread.join();
        }
    }

    private static String sessionOf(String accessToken) throws ParseException {
        return SignedJWT.parse(accessToken).getJWTClaimsSet().getStringClaim("sid");
    }
}
