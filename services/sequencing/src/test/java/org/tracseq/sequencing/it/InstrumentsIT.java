package org.tracseq.sequencing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;
import static org.tracseq.platform.testing.ProblemAssertions.assertRuleViolation;
import static org.tracseq.sequencing.it.SequencingFixture.as;
import static org.tracseq.sequencing.it.SequencingFixture.created;
import static org.tracseq.sequencing.it.SequencingFixture.ok;

import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.Concurrently;
import org.tracseq.platform.testing.TestTokens;
import org.tracseq.platform.testing.TracSeqServer;

/** The platform catalogue (SQ-PLATFORMS) and the lab's instruments: registration, state, queue and capacity. */
class InstrumentsIT {
    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    @Test
    void theCatalogueNamesEveryPlatformWithItsChemistryAndI5() {
        JsonPath platforms = ok(as(Role.GUEST).get("/platforms").andReturn());
        assertThat(platforms.getList("items.code")).hasSize(9).contains("novaseq_x", "nextseq_500_550", "miseq");
        assertThat(platforms.getString("items.find { it.code == 'novaseq_x' }.chemistry"))
                .isEqualTo("XLEAP");
        assertThat(platforms.getInt("items.find { it.code == 'novaseq_x' }.lanes"))
                .isEqualTo(8);
        assertThat(platforms.getString("items.find { it.code == 'miseq' }.i5AsRead"))
                .isEqualTo("forward");
        assertThat(platforms.getString("items.find { it.code == 'nextseq_500_550' }.defaultSheetVersion"))
                .isEqualTo("v1");
    }

    @Test
    void anInstrumentIsRegisteredOnce_aRetryReplaysIt_andItsSerialIsItsOwn() {
        String serial = SequencingFixture.fresh("SN");
        String body = "{\"name\":\"" + SequencingFixture.fresh("NovaSeq ") + "\",\"serialNumber\":\"" + serial
                + "\",\"platform\":\"novaseq_x\",\"capacity\":2}";
        String key = SequencingFixture.fresh("key-");
        JsonPath first = created(as(Role.LAB_ADMINISTRATOR)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/instruments")
                .andReturn());
        assertThat(first.getString("status")).isEqualTo("available");
        assertThat(first.getInt("capacity")).isEqualTo(2);
        JsonPath again = created(as(Role.LAB_ADMINISTRATOR)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/instruments")
                .andReturn());
        assertThat(again.getString("id")).isEqualTo(first.getString("id"));
        var before = SequencingFixture.rowCounts();
        assertProblem(
                as(Role.LAB_ADMINISTRATOR)
                        .body("{\"name\":\"Other\",\"serialNumber\":\"" + serial + "\",\"platform\":\"miseq\"}")
                        .post("/instruments")
                        .andReturn(),
                409);
        assertProblem(
                as(Role.LAB_ADMINISTRATOR)
                        .body("{\"name\":\"Other\",\"serialNumber\":\"SN-9\",\"platform\":\"hiseq_2500\"}")
                        .post("/instruments")
                        .andReturn(),
                400);
        assertThat(SequencingFixture.rowCounts()).isEqualTo(before);
    }

    @Test
    void theQueueRunsTheHighestPriorityFirstAndTheInstrumentRunsNoMoreThanItsCapacity() {
        String instrument = SequencingFixture.instrument("novaseq_x", 1);
        String pool = SequencingFixture.pool(SequencingFixture.fourUdiLibraries());
        String normal = queued(instrument, pool, "normal");
        String urgent = queued(instrument, pool, "urgent");
        JsonPath queue =
                ok(as(Role.GUEST).get("/instruments/" + instrument + "/queue").andReturn());
        assertThat(queue.getList("queued.id")).containsExactly(urgent, normal);
        ok(SequencingFixture.move(urgent, "running", ",\"flowCellId\":\"FC-URGENT-1\""));
        var before = SequencingFixture.rowCounts();
        assertRuleViolation(
                SequencingFixture.move(normal, "running", ",\"flowCellId\":\"FC-NORMAL-1\""), 409, "SQ-STATUS");
        assertThat(SequencingFixture.rowCounts()).isEqualTo(before);
        queue = ok(as(Role.GUEST).get("/instruments/" + instrument + "/queue").andReturn());
        assertThat(queue.getList("running.id")).containsExactly(urgent);
        assertThat(queue.getList("queued.id")).containsExactly(normal);
    }

    @Test
    void sixRunsRacingForADualFlowCellInstrument_exactlyTwoStart() {
        String instrument = SequencingFixture.instrument("novaseq_x", 2);
        String pool = SequencingFixture.pool(SequencingFixture.fourUdiLibraries());
        List<String> runs = java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> queued(instrument, pool, "normal"))
                .toList();
        List<Concurrently.Answer> answers = Concurrently.post(
                runs.size(),
                TestTokens.of(Role.LAB_TECHNICIAN),
                i -> "/runs/" + runs.get(i) + "/status",
                i -> "{\"status\":\"running\",\"flowCellId\":\"FC-RACE-" + i + "\"}");
        assertThat(answers).extracting(Concurrently.Answer::status).containsOnly(200, 409);
        assertThat(answers.stream().filter(answer -> answer.status() == 200)).hasSize(2);
        assertThat(answers.stream().filter(answer -> answer.status() == 409))
                .allSatisfy(answer -> assertThat(answer.body()).contains("SQ-STATUS"));
        JsonPath queue =
                ok(as(Role.GUEST).get("/instruments/" + instrument + "/queue").andReturn());
        assertThat(queue.getList("running")).hasSize(2);
        assertThat(queue.getList("queued")).hasSize(4);
    }

    @Test
    void anInstrumentInMaintenanceStartsNothing_andARetiredOneIsFinal() {
        String instrument = SequencingFixture.instrument("miseq", 1);
        ok(as(Role.LAB_TECHNICIAN)
                .body("{\"status\":\"maintenance\",\"reason\":\"laser alignment\"}")
                .post("/instruments/" + instrument + "/status")
                .andReturn());
        assertThat(ok(as(Role.GUEST).get("/instruments/" + instrument).andReturn())
                        .getString("status"))
                .isEqualTo("maintenance");
        ok(as(Role.LAB_TECHNICIAN)
                .body("{\"status\":\"retired\",\"reason\":\"replaced\"}")
                .post("/instruments/" + instrument + "/status")
                .andReturn());
        assertRuleViolation(
                as(Role.LAB_TECHNICIAN)
                        .body("{\"status\":\"available\",\"reason\":\"back\"}")
                        .post("/instruments/" + instrument + "/status")
                        .andReturn(),
                409,
                "SQ-STATUS");
        assertThat(ok(as(Role.GUEST).get("/instruments").andReturn()).getList("items.id"))
                .contains(instrument);
    }

    private static String queued(String instrument, String pool, String priority) {
        String run = created(SequencingFixture.createRun(
                        instrument,
                        "151-8-8-151",
                        "{\"lane\":1,\"poolId\":\"" + pool + "\"}",
                        ",\"priority\":\"" + priority + "\""))
                .getString("id");
        created(SequencingFixture.sheet(run, "{}"));
        for (String status : List.of("submitted", "validated", "queued")) {
            ok(SequencingFixture.move(run, status, ""));
        }
        return run;
    }
}
