package org.tracseq.sequencing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;
import static org.tracseq.platform.testing.ProblemAssertions.assertRuleViolation;
import static org.tracseq.sequencing.it.SequencingFixture.as;
import static org.tracseq.sequencing.it.SequencingFixture.created;
import static org.tracseq.sequencing.it.SequencingFixture.ok;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.AppendOnlyTables;
import org.tracseq.platform.testing.TestDatabase;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * A pool's own QC (QC-4) from the real qaqc service: shown on the pool and in the run's lane check,
 * and a run whose pool failed it is held before {@code queued} unless a principal investigator
 * overrides with a reason, which is recorded; nothing is written while qaqc cannot say.
 */
class RunPoolQcIT {
    private static final String OVERRIDE =
            ",\"qcOverride\":{\"reason\":\"the flow cell is thawed; run at the PI's risk\"}";

    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    /** A run on a fresh pool of the four UDI libraries, with its sheet, moved to {@code validated}; its id and pool. */
    private static String[] validatedRun() {
        String pool = SequencingFixture.pool(SequencingFixture.fourUdiLibraries());
        String run = SequencingFixture.run(SequencingFixture.instrument("novaseq_x", 2), pool);
        created(SequencingFixture.sheet(run, "{}"));
        ok(SequencingFixture.move(run, "submitted", ""));
        ok(SequencingFixture.move(run, "validated", ""));
        return new String[] {run, pool};
    }

    private static Response moveAs(Role role, String run, String status, String extra) {
        return as(role).body("{\"status\":\"" + status + "\"" + extra + "}")
                .post("/runs/" + run + "/status")
                .andReturn();
    }

    @Test
    void aPoolThatFailedItsOwnQcIsShownAndHoldsTheRunUntilAPrincipalInvestigatorOverrides() {
        String[] made = validatedRun();
        String run = made[0];
        String pool = made[1];
        SequencingFixture.judgePool(pool, "fail");

        JsonPath shown = ok(as(Role.GUEST).get("/pools/" + pool).andReturn());
        assertThat(shown.getString("ownQc.standing")).isEqualTo("fail");
        assertThat(shown.getList("ownQc.reasons")).containsExactly("pool: molarity fail");
        JsonPath check = ok(as(Role.GUEST).get("/runs/" + run + "/lane-check").andReturn());
        assertThat(check.getString("lanes[0].poolQc.standing")).isEqualTo("fail");

        var before = SequencingFixture.rowCounts();
        assertThat(assertRuleViolation(moveAs(Role.LAB_TECHNICIAN, run, "queued", ""), 422, "QC-4")
                        .jsonPath()
                        .getString("detail"))
                .contains(shown.getString("name"), "pool: molarity fail");
        assertRuleViolation(moveAs(Role.LAB_TECHNICIAN, run, "queued", OVERRIDE), 403, "QC-4");
        assertThat(SequencingFixture.rowCounts()).isEqualTo(before);

        JsonPath queued = ok(moveAs(Role.PRINCIPAL_INVESTIGATOR, run, "queued", OVERRIDE));
        assertThat(queued.getString("status")).isEqualTo("queued");
        assertThat(queued.getString("qcOverrides[0].toStatus")).isEqualTo("queued");
        assertThat(queued.getString("qcOverrides[0].overriddenBy")).isEqualTo("it-principal_investigator");
        assertThat(queued.getList("qcOverrides[0].failedPools", String.class))
                .singleElement(InstanceOfAssertFactories.STRING)
                .contains(shown.getString("name"), "pool: molarity fail");
        assertThat(ok(as(Role.GUEST).get("/runs/" + run).andReturn()).getString("qcOverrides[0].reason"))
                .startsWith("the flow cell is thawed");
        assertThat(TestDatabase.queryLong(
                        "SELECT count(*) FROM sequencing.run_qc_overrides WHERE run_id = ?::uuid AND to_status = 'queued'"
                                + " AND overridden_by = 'it-principal_investigator' AND reason LIKE 'the flow cell%'",
                        run))
                .isEqualTo(1);
        AppendOnlyTables.assertAppendOnly("sequencing.run_qc_overrides", "reason");
    }

    @Test
    void aPoolThatPassedItsOwnQcIsQueuedWithoutAnOverride_andAnOverrideNothingNeedsIsRefused() {
        String[] made = validatedRun();
        SequencingFixture.judgePool(made[1], "pass");
        assertThat(ok(as(Role.GUEST).get("/pools/" + made[1]).andReturn()).getString("ownQc.standing"))
                .isEqualTo("pass");
        var before = SequencingFixture.rowCounts();
        assertRuleViolation(moveAs(Role.PRINCIPAL_INVESTIGATOR, made[0], "queued", OVERRIDE), 422, "QC-4");
        assertThat(SequencingFixture.rowCounts()).isEqualTo(before);
        assertThat(ok(moveAs(Role.LAB_TECHNICIAN, made[0], "queued", "")).getString("status"))
                .isEqualTo("queued");
    }

    @Test
    void whileQaqcCannotSayNoRunIsQueued() {
        String[] made = validatedRun();
        var before = SequencingFixture.rowCounts();
        SequencingFixture.qaqcLink().cut();
        try {
            Response refused = moveAs(Role.LAB_TECHNICIAN, made[0], "queued", "");
            assertProblem(refused, 503);
            assertThat(refused.getHeader("Retry-After")).isEqualTo("10");
        } finally {
            SequencingFixture.qaqcLink().up();
        }
        assertThat(SequencingFixture.rowCounts()).isEqualTo(before);
        // A refusal writes nothing, so asking again until qaqc's breaker lets calls through is safe.
        Response queued = await("qaqc answers again once the link is back")
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> moveAs(Role.LAB_TECHNICIAN, made[0], "queued", ""),
                        response -> response.statusCode() != 503);
        assertThat(ok(queued).getString("status")).isEqualTo("queued");
    }
}
