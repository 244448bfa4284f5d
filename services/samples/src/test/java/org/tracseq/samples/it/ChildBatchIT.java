package org.tracseq.samples.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;
import static org.tracseq.platform.testing.ProblemAssertions.assertRuleViolation;
import static org.tracseq.samples.it.SamplesFixture.allRows;
import static org.tracseq.samples.it.SamplesFixture.api;
import static org.tracseq.samples.it.SamplesFixture.barcode;
import static org.tracseq.samples.it.SamplesFixture.children;
import static org.tracseq.samples.it.SamplesFixture.rowOf;

import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * POST /children: a plate's tubes in one call, all or nothing (SM-4), the volume several rows take
 * from one parent counted together (SM-1). The barcodes service is down here, so the rows bring
 * their own barcodes except where the 503 is the point.
 */
class ChildBatchIT {
    private String token;

    @BeforeAll
    static void serverIsReady() {
        TracSeqServer.awaitReady();
    }

    @BeforeEach
    void newToken() {
        token = SamplesFixture.token();
    }

    private String row(String parentId, String relation, String volumeUl, int barcode) {
        return """
                {"parentId": "%s", "relation": "%s", "volume": {"value": %s, "unit": "ul"}, "barcode": "%s"}""".formatted(parentId, relation, volumeUl, barcode(token, barcode));
    }

    private static String body(String... rows) {
        return "{\"children\": [" + String.join(",", rows) + "]}";
    }

    private String parent(int barcode, String volumeUl) {
        return SamplesFixture.validated(SamplesFixture.createId("it-" + token, barcode(token, barcode), volumeUl));
    }

    private static BigDecimal available(String sampleId) {
        return new BigDecimal(api().get("/" + sampleId).jsonPath().getString("availableVolume.value"));
    }

    @Test
    void everyChildIsCreatedInRowOrderWithItsLineageAndTheVolumesTaken() {
        String first = parent(1, "100");
        String second = parent(2, "50");
        Response response = api().body(body(
                        row(first, "aliquot", "30", 11),
                        row(second, "derived", "10", 12),
                        row(first, "derived", "70", 13)))
                .post("/children");

        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        assertThat(response.jsonPath().getList("created.barcode"))
                .containsExactly(barcode(token, 11), barcode(token, 12), barcode(token, 13));
        assertThat(response.jsonPath().getList("created.type")).containsExactly("dna", "dna", "dna");
        assertThat(available(first)).isEqualByComparingTo("0");
        assertThat(available(second)).isEqualByComparingTo("40");
        assertThat(children(first)).isEqualTo(2);
        assertThat(children(second)).isEqualTo(1);
        List<String> firstsChildren =
                api().get("/" + first + "/aliquots").jsonPath().getList("items.barcode");
        assertThat(firstsChildren).containsExactlyInAnyOrder(barcode(token, 11), barcode(token, 13));
        Response parentAudit = api().get("/" + first + "/audit");
        assertThat(parentAudit.jsonPath().getList("items.action", String.class))
                .filteredOn("volume_taken"::equals)
                .hasSize(2);
        String child = response.jsonPath().getString("created[1].id");
        assertThat(api().get("/" + child + "/lineage").jsonPath().getList("ancestors.parentId"))
                .containsExactly(second);
    }

    @Test
    void oneBadRowRefusesThemAllAndWritesNothing() {
        String usable = parent(1, "100");
        String pending = SamplesFixture.createId("it-" + token, barcode(token, 2), "100");
        List<Long> before = allRows();

        Response response = api().body(body(
                        row(usable, "aliquot", "10", 11),
                        row(pending, "aliquot", "10", 12),
                        row(usable, "aliquot", "10", 13)))
                .post("/children");

        assertRuleViolation(response, 422, "SM-1");
        assertThat(response.jsonPath().getList("errors.field")).containsExactly("children[1].parentId");
        assertThat(allRows()).isEqualTo(before);
    }

    @Test
    void twoRowsOverdrawingOneParentAreRefusedSm1AndTheParentIsUnchanged() {
        String parent = parent(1, "100");
        String before = rowOf(parent);

        Response response = api().body(body(row(parent, "derived", "60", 11), row(parent, "derived", "50", 12)))
                .post("/children");

        assertRuleViolation(response, 422, "SM-1");
        assertThat(response.jsonPath().getList("errors.field")).containsExactly("children[1].volume");
        assertThat(response.jsonPath().getString("errors[0].message")).contains("earlier rows");
        assertThat(rowOf(parent)).isEqualTo(before);
    }

    @Test
    void everyProblemOfEveryRowIsReportedAtOnce() {
        String parent = parent(1, "10");
        Response response = api().body(body(
                        row(parent, "aliquot", "11", 11),
                        row(parent, "aliquot", "1", 11),
                        """
                        {"parentId": "%s", "relation": "aliquot", "type": "rna", "volume": {"value": 1, "unit": "ul"}}""".formatted(parent),
                        "{\"relation\": \"derived\"}"))
                .post("/children");

        assertRuleViolation(response, 422, "SM-4");
        assertThat(response.jsonPath().getList("errors.field"))
                .containsExactly(
                        "children[0].volume", "children[1].barcode", "children[2].type", "children[3].parentId");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyAnswersTheSameChildrenThoughTheirVolumeIsGone() {
        String parent = parent(1, "20");
        String body = body(row(parent, "aliquot", "10", 11), row(parent, "aliquot", "10", 12));

        Response first =
                api().header("Idempotency-Key", "children-" + token).body(body).post("/children");
        Response replay =
                api().header("Idempotency-Key", "children-" + token).body(body).post("/children");

        assertThat(first.statusCode()).as(first.asString()).isEqualTo(201);
        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.jsonPath().getList("created.id"))
                .isEqualTo(first.jsonPath().getList("created.id"));
        assertThat(children(parent)).isEqualTo(2);
        assertThat(available(parent)).isEqualByComparingTo("0");
        assertRuleViolation(
                api().header("Idempotency-Key", "other-" + token).body(body).post("/children"), 422, "SM-4");
    }

    @Test
    void childrenNeedingBarcodesWhileTheBarcodesServiceIsDownAre503AndNothingIsWritten() {
        String parent = parent(1, "100");
        List<Long> before = allRows();

        Response response = api().body(body("""
                        {"parentId": "%s", "relation": "aliquot", "volume": {"value": 1, "unit": "ul"}}""".formatted(parent))).post("/children");

        assertProblem(response, 503);
        assertThat(allRows()).isEqualTo(before);
    }

    @Test
    void onlyThoseWhoMakeAliquotsMakeChildren() {
        String parent = parent(1, "100");
        Response scientist = TracSeqServer.requestAs(Role.RESEARCH_SCIENTIST)
                .body(body(row(parent, "aliquot", "1", 11)))
                .post("/children");
        assertProblem(scientist, 403);
        Response technician = TracSeqServer.requestAs(Role.LAB_TECHNICIAN)
                .body(body(row(parent, "aliquot", "1", 11)))
                .post("/children");
        assertThat(technician.statusCode()).as(technician.asString()).isEqualTo(201);
    }
}
