package org.tracseq.auth.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.auth.it.AuthFixture.adminToken;
import static org.tracseq.auth.it.AuthFixture.as;
import static org.tracseq.auth.it.AuthFixture.createUser;
import static org.tracseq.auth.it.AuthFixture.login;
import static org.tracseq.auth.it.AuthFixture.uniqueName;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.testing.PublishedEvents;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * Auth publishes what happens to accounts on {@code tracseq:events:auth} as
 * {@code openapi/events.asyncapi.yaml} declares it, and never a password, hash or token.
 */
class PublishedEventsIT {
    private static final PublishedEvents EVENTS = new PublishedEvents("auth");

    @BeforeAll
    static void serverIsReady() {
        TracSeqServer.awaitReady();
    }

    @AfterAll
    static void closeEvents() {
        EVENTS.close();
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

        List<Map<String, String>> events = EVENTS.awaitAtLeast(id, 4);
        assertThat(events)
                .extracting(e -> e.get("type"))
                .containsExactly(
                        "auth.user.created", "auth.user.role_changed", "auth.user.locked_out", "auth.user.disabled");
        assertThat(JsonPath.from(events.get(1).get("payload")).getString("to")).isEqualTo("lab_technician");
        assertThat(events).allSatisfy(e -> assertThat(e.get("payload")).doesNotContainIgnoringCase("password"));
    }
}
