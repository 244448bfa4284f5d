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
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.TracSeqServer;
import org.tracseq.sequencing.it.SequencingFixture.Known;

/**
 * Pools: the calculator's volumes, every library's QC-4 standing recorded, a failed library refused
 * unless a principal investigator overrides with a reason, and nothing written when qaqc cannot answer.
 */
class PoolsIT {
    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    @Test
    void theCalculatorGivesEachLibraryItsVolumeForItsShare() {
        Known ten = SequencingFixture.library("UDI0001", "CCGCGGTT", "AGCGCTAG", "10", "pass");
        Known twenty = SequencingFixture.library("UDI0002", "TTATAACC", "GATATCGA", "20", "pass");
        JsonPath plan = ok(as(Role.RESEARCH_SCIENTIST)
                .body("""
                        {"libraries":[{"libraryId":"%s","share":1},{"libraryId":"%s","share":3}],
                         "targetMolarityNm":2,"targetVolumeUl":100}""".formatted(ten.id(), twenty.id()))
                .post("/pools/plan")
                .andReturn());
        // 1/4 × 2 nM × 100 µL / 10 nM = 5 µL; 3/4 × 2 × 100 / 20 = 7.5 µL; buffer 87.5 µL.
        assertThat(plan.getDouble("libraries[0].volumeUl")).isEqualTo(5.0);
        assertThat(plan.getDouble("libraries[1].volumeUl")).isEqualTo(7.5);
        assertThat(plan.getDouble("bufferUl")).isEqualTo(87.5);
        assertRuleViolation(
                as(Role.RESEARCH_SCIENTIST)
                        .body("""
                                {"libraries":[{"libraryId":"%s","share":1}],"targetMolarityNm":20,"targetVolumeUl":100}""".formatted(ten.id()))
                        .post("/pools/plan")
                        .andReturn(),
                422,
                "LB-3");
    }

    @Test
    void aPoolRecordsEachLibrarysQc_andIsCreatedOncePerKey() {
        Known passed = SequencingFixture.library("UDI0001", "CCGCGGTT", "AGCGCTAG", "10", "pass");
        Known pending = SequencingFixture.library("UDI0002", "TTATAACC", "GATATCGA", "10", null);
        String key = SequencingFixture.fresh("key-");
        String body = body(List.of(passed, pending), "");
        JsonPath pool = created(as(Role.LAB_TECHNICIAN)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/pools")
                .andReturn());
        assertThat(pool.getList("libraries.qc")).containsExactly("pass", "pending");
        assertThat(pool.getList("libraries.volumeUl", Float.class)).containsExactly(10.0f, 10.0f);
        assertThat(pool.getString("qcOverride")).isNull();
        JsonPath again = created(as(Role.LAB_TECHNICIAN)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/pools")
                .andReturn());
        assertThat(again.getString("id")).isEqualTo(pool.getString("id"));
        assertThat(ok(as(Role.GUEST).get("/pools/" + pool.getString("id")).andReturn())
                        .getList("libraries.libraryId"))
                .containsExactly(passed.id().toString(), pending.id().toString());
    }

    @Test
    void aFailedLibraryIsRefusedUnlessAPrincipalInvestigatorOverridesWithAReason() {
        Known passed = SequencingFixture.library("UDI0001", "CCGCGGTT", "AGCGCTAG", "10", "pass");
        Known failed = SequencingFixture.library("UDI0002", "TTATAACC", "GATATCGA", "10", "fail");
        var before = SequencingFixture.rowCounts();
        assertThat(assertRuleViolation(
                                SequencingFixture.createPool(Role.LAB_TECHNICIAN, List.of(passed, failed), ""),
                                422,
                                "QC-4")
                        .jsonPath()
                        .getString("detail"))
                .contains(failed.name());
        String override = ",\"qcOverride\":{\"reason\":\"last of the material; sequenced at the PI's risk\"}";
        assertRuleViolation(
                SequencingFixture.createPool(Role.LAB_TECHNICIAN, List.of(passed, failed), override), 403, "QC-4");
        assertThat(SequencingFixture.rowCounts()).isEqualTo(before);
        JsonPath pool =
                created(SequencingFixture.createPool(Role.PRINCIPAL_INVESTIGATOR, List.of(passed, failed), override));
        assertThat(pool.getString("qcOverride.by")).isEqualTo("it-principal_investigator");
        assertThat(pool.getString("qcOverride.reason")).startsWith("last of the material");
        assertThat(pool.getList("libraries.qc")).containsExactly("pass", "fail");
    }

    @Test
    void unknownLibrariesAreNotFound_andALibraryNamedTwiceIsRefused() {
        Known known = SequencingFixture.library("UDI0003", "GGACTTGG", "CGCAGACG", "10", "pass");
        var before = SequencingFixture.rowCounts();
        assertProblem(
                SequencingFixture.createPool(
                        Role.LAB_TECHNICIAN, List.of(known, new Known(UUID.randomUUID(), "x", UUID.randomUUID())), ""),
                404);
        assertRuleViolation(SequencingFixture.createPool(Role.LAB_TECHNICIAN, List.of(known, known), ""), 422, "LB-3");
        assertThat(SequencingFixture.rowCounts()).isEqualTo(before);
        assertProblem(as(Role.GUEST).get("/libraries/" + UUID.randomUUID()).andReturn(), 404);
        assertThat(ok(as(Role.GUEST).get("/libraries/" + known.id()).andReturn())
                        .getString("i7"))
                .isEqualTo("GGACTTGG");
    }

    @Test
    void whileQaqcCannotAnswerNoPoolIsMade() {
        Known library = SequencingFixture.library("UDI0004", "AAGTCCAA", "TATGAGTA", "10", "pass");
        var before = SequencingFixture.rowCounts();
        SequencingFixture.qaqcLink().cut();
        try {
            var refused = SequencingFixture.createPool(Role.LAB_TECHNICIAN, List.of(library), "");
            assertProblem(refused, 503);
            assertThat(refused.getHeader("Retry-After")).isEqualTo("10");
        } finally {
            SequencingFixture.qaqcLink().up();
        }
        assertThat(SequencingFixture.rowCounts()).isEqualTo(before);
        // A refusal writes nothing, so asking again until qaqc's breaker lets calls through is safe.
        Response again = await("qaqc answers again once the link is back")
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> SequencingFixture.createPool(Role.LAB_TECHNICIAN, List.of(library), ""),
                        response -> response.statusCode() != 503);
        assertThat(created(again).getList("libraries.qc")).containsExactly("pass");
    }

    private static String body(List<Known> libraries, String extra) {
        StringBuilder members = new StringBuilder();
        for (Known library : libraries) {
            members.append(members.isEmpty() ? "" : ",")
                    .append("{\"libraryId\":\"")
                    .append(library.id())
                    .append("\",\"share\":1}");
        }
        return """
                {"name":"%s","libraries":[%s],"targetMolarityNm":2,"targetVolumeUl":100%s}""".formatted(SequencingFixture.fresh("Pool "), members, extra);
    }
}
