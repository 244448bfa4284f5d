package org.tracseq.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * {@code GET /api/dashboard}: the gateway gathers the lab's counts from samples and storage through
 * their generated clients, with the caller's token (issue 17, item 8).
 */
@MicroShedTest
class DashboardIT {
    private static final String API = TracSeqServer.rootUrl() + "/api";

    private static String admin;

    @BeforeAll
    static void logIn() {
        TracSeqServer.awaitReady();
        admin = SeededAdmin.logIn();
    }

    @Test
    void aNewSampleIsCountedAmongThePendingOnesAndStorageIsReported() {
        long pendingBefore = dashboard().jsonPath().getLong("samples.data.byStatus.pending");
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body("{\"name\":\"Dashboard count\",\"type\":\"dna\"}")
                .post(API + "/samples/")
                .then()
                .statusCode(201);

        Response after = dashboard();
        assertThat(after.jsonPath().getBoolean("samples.available")).isTrue();
        assertThat(after.jsonPath().getLong("samples.data.byStatus.pending")).isEqualTo(pendingBefore + 1);
        Map<String, Long> byStatus = after.jsonPath().getMap("samples.data.byStatus", String.class, Long.class);
        assertThat(byStatus).containsKeys("pending", "validated", "in_storage", "discarded", "deleted");
        long sum = byStatus.values().stream().mapToLong(Long::longValue).sum();
        assertThat(after.jsonPath().getLong("samples.data.total")).isEqualTo(sum);

        assertThat(after.jsonPath().getBoolean("storage.available")).isTrue();
        assertThat(after.jsonPath().getList("storage.data.zones")).isNotNull();
        assertThat(after.jsonPath().getLong("storage.data.openAlerts")).isGreaterThanOrEqualTo(0);
    }

    @Test
    void withoutATokenThereIsNoDashboard() {
        assertProblem(given().get(API + "/dashboard").andReturn(), 401);
    }

    private static Response dashboard() {
        Response answer = given().auth().oauth2(admin).get(API + "/dashboard").andReturn();
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
        return answer;
    }
}
