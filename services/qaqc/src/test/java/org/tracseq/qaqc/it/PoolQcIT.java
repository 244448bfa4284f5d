package org.tracseq.qaqc.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;
import static org.tracseq.qaqc.it.QcFixture.MEASURER;
import static org.tracseq.qaqc.it.QcFixture.VERIFIER;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * A pool's own QC: pools known from {@code sequencing.pool.created}, results recorded against a pool
 * by id and judged by the {@code pool} definitions (QC-2's pre-made library), verified as any
 * result, and the pool's standing (QC-4) read by id.
 */
class PoolQcIT {
    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    private static Response recordForPool(UUID pool, String metric, String value) {
        return QcFixture.record(MEASURER, """
                {"subjectKind":"pool","subjectId":"%s","metric":"%s","value":%s}""".formatted(pool, metric, value));
    }

    private static JsonPath standing(UUID... pools) {
        var request = QcFixture.as(Role.GUEST);
        for (UUID pool : pools) {
            request = request.queryParam("id", pool.toString());
        }
        Response response = request.get("/pools/qc");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return response.jsonPath();
    }

    @Test
    void aPoolPassesOnceItsOwnResultsPassedAndWereVerified() {
        UUID pool = QcFixture.pool();
        JsonPath none = standing(pool);
        assertThat(none.getString("pools[0].standing")).isEqualTo("pending");
        assertThat(none.getList("pools[0].reasons")).containsExactly("pool: no QC result yet");
        assertThat(none.getString("pools[0].name")).startsWith("Pool ");

        Response recorded = recordForPool(pool, "molarity", "12.5");
        assertThat(recorded.statusCode()).as(recorded.asString()).isEqualTo(201);
        assertThat(recorded.jsonPath().getString("subjectKind")).isEqualTo("pool");
        assertThat(recorded.jsonPath().getString("outcome")).isEqualTo("pass");
        assertThat(standing(pool).getList("pools[0].reasons")).containsExactly("pool: molarity pass, not yet verified");

        assertThat(QcFixture.verify(VERIFIER, recorded.jsonPath().getString("id"))
                        .statusCode())
                .isEqualTo(200);
        assertThat(standing(pool).getString("pools[0].standing")).isEqualTo("pass");
    }

    @Test
    void aPoolWhoseOwnQcFailedFails_andUnknownPoolsAreListedApart() {
        UUID pool = QcFixture.pool();
        assertThat(recordForPool(pool, "volume", "12").jsonPath().getString("outcome"))
                .isEqualTo("fail");
        UUID unknown = UUID.randomUUID();
        JsonPath answer = standing(pool, unknown);
        assertThat(answer.getString("pools[0].standing")).isEqualTo("fail");
        assertThat(answer.getList("pools[0].reasons")).containsExactly("pool: volume fail");
        assertThat(answer.getList("unknown")).containsExactly(unknown.toString());
    }

    @Test
    void aPoolNotAnnouncedYetIsNotFoundAndNothingIsWritten() {
        var before = QcFixture.rowCounts();
        assertProblem(recordForPool(UUID.randomUUID(), "molarity", "12"), 404);
        assertThat(QcFixture.rowCounts()).isEqualTo(before);
    }
}
