package org.tracseq.samples.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;
import static org.tracseq.platform.testing.ProblemAssertions.assertRuleViolation;
import static org.tracseq.samples.it.SamplesFixture.api;
import static org.tracseq.samples.it.SamplesFixture.barcode;
import static org.tracseq.samples.it.SamplesFixture.children;
import static org.tracseq.samples.it.SamplesFixture.rowOf;

import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.testing.TestDatabase;
import org.tracseq.platform.testing.TracSeqServer;

/** Aliquots, derivations and pools: SM-1 volume accounting and SM-2 lineage, under concurrency too. */
class LineageIT {
    private String token;

    @BeforeAll
    static void serverIsReady() {
        TracSeqServer.awaitReady();
    }

    @BeforeEach
    void newToken() {
        token = SamplesFixture.token();
    }

    private static Response aliquot(String parentId, String volumeUl, String barcode) {
        return api().body("""
                {"volume": {"value": %s, "unit": "ul"}, "barcode": "%s"}""".formatted(volumeUl, barcode)).post("/" + parentId + "/aliquots");
    }

    private static BigDecimal available(String sampleId) {
        return new BigDecimal(api().get("/" + sampleId).jsonPath().getString("availableVolume.value"));
    }

    @Test
    void anAliquotTakesItsVolumeFromTheParentAndInheritsTypeAndName() {
        String parent = SamplesFixture.validated(SamplesFixture.createId("it-" + token, barcode(token, 1), "100"));
        Response child = aliquot(parent, "25", barcode(token, 2));

        assertThat(child.statusCode()).as(child.asString()).isEqualTo(201);
        assertThat(child.header("Location"))
                .endsWith("/samples/" + child.jsonPath().getString("id"));
        assertThat(child.jsonPath().getString("type")).isEqualTo("dna");
        assertThat(child.jsonPath().getString("name")).isEqualTo("it-" + token);
        assertThat(child.jsonPath().getDouble("initialVolume.value")).isEqualTo(25.0);
        assertThat(available(parent)).isEqualByComparingTo("75");

        assertThat(api().get("/" + parent + "/aliquots").jsonPath().getList("items.id"))
                .containsExactly(child.jsonPath().getString("id"));
        Response parentAudit = api().get("/" + parent + "/audit");
        assertThat(parentAudit.jsonPath().getString("items[0].action")).isEqualTo("volume_taken");
        assertThat(parentAudit.jsonPath().getString("items[0].oldValue")).isEqualTo("100 ul");
        assertThat(parentAudit.jsonPath().getString("items[0].newValue")).isEqualTo("75 ul");
    }

    @Test
    void anAliquotBeyondTheAvailableVolumeIsRefusedAndChangesNothing() {
        String parent = SamplesFixture.validated(SamplesFixture.createId("it-" + token, barcode(token, 1), "10"));
        String before = rowOf(parent);
        assertRuleViolation(aliquot(parent, "10.5", barcode(token, 2)), 409, "SM-1");
        assertRuleViolation(
                api().body("{\"barcode\": \"%s\"}".formatted(barcode(token, 3))).post("/" + parent + "/aliquots"),
                400,
                "SM-1");
        assertThat(rowOf(parent)).isEqualTo(before);
        assertThat(SamplesFixture.samplesWithBarcodeLike(token)).isEqualTo(1);
    }

    @Test
    void twentyConcurrentAliquotsNeverTakeMoreThanTheParentHas() throws Exception {
        String parent = SamplesFixture.validated(SamplesFixture.createId("it-" + token, barcode(token, 0), "100"));
        int requests = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 1; i <= requests; i++) {
                String childBarcode = barcode(token, i);
                statuses.add(pool.submit(() -> {
                    start.await();
                    return aliquot(parent, "15", childBarcode).statusCode();
                }));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                results.add(status.get());
            }
            // 6 x 15 ul fit into 100 ul, the 7th would need 105.
            assertThat(results).filteredOn(s -> s == 201).hasSize(6);
            assertThat(results).filteredOn(s -> s == 409).hasSize(14);
        } finally {
            pool.shutdownNow();
        }
        assertThat(available(parent)).isEqualByComparingTo("10");
        assertThat(children(parent)).isEqualTo(6);
        assertThat(TestDatabase.queryLong(
                        "SELECT count(*) FROM samples.sample_audit WHERE sample_id = ?::uuid "
                                + "AND action = 'volume_taken'",
                        parent))
                .isEqualTo(6);
    }

    @Test
    void aSampleWithChildrenCannotBeDeletedUntilTheyAreDeleted() {
        String parent = SamplesFixture.validated(SamplesFixture.createId("it-" + token, barcode(token, 1), "100"));
        String child = aliquot(parent, "5", barcode(token, 2)).jsonPath().getString("id");
        String before = rowOf(parent);
        assertRuleViolation(api().delete("/" + parent), 409, "SM-2");
        assertThat(rowOf(parent)).isEqualTo(before);

        assertThat(api().delete("/" + child).statusCode()).isEqualTo(200);
        assertThat(api().delete("/" + parent).statusCode()).isEqualTo(200);
        assertRuleViolation(aliquot(parent, "5", barcode(token, 3)), 409, "SM-1");
    }

    @Test
    void aDerivationMayChangeTypeAndTheLineageShowsEveryGeneration() {
        String tissue = api().body("""
                {"name": "it-%s biopsy", "type": "tissue", "barcode": "%s"}""".formatted(token, barcode(token, 1)))
                .post("/")
                .jsonPath()
                .getString("id");
        SamplesFixture.validated(tissue);
        Response dna = api().body("""
                {"relation": "derived", "type": "dna", "name": "it-%s extract", "barcode": "%s",
                 "initialVolume": {"value": 50, "unit": "ul"}}""".formatted(token, barcode(token, 2))).post("/" + tissue + "/aliquots");
        assertThat(dna.statusCode()).as(dna.asString()).isEqualTo(201);
        String dnaId = SamplesFixture.validated(dna.jsonPath().getString("id"));
        String aliquotId = aliquot(dnaId, "10", barcode(token, 3)).jsonPath().getString("id");

        Response lineage = api().get("/" + aliquotId + "/lineage");
        assertThat(lineage.jsonPath().getList("ancestors.parentId")).containsExactly(dnaId, tissue);
        assertThat(lineage.jsonPath().getList("ancestors.depth")).containsExactly(1, 2);
        assertThat(lineage.jsonPath().getList("ancestors.relation")).containsExactly("aliquot", "derived");
        assertThat(api().get("/" + tissue + "/lineage").jsonPath().getList("descendants.childId"))
                .containsExactly(dnaId, aliquotId);

        assertRuleViolation(api().body("""
                {"type": "rna", "volume": {"value": 1, "unit": "ul"}, "barcode": "%s"}""".formatted(barcode(token, 4))).post("/" + dnaId + "/aliquots"), 422, "SM-2");
    }

    @Test
    void aPoolRecordsEachSourceAsParentAndACycleIsRefused() {
        String first = SamplesFixture.validated(SamplesFixture.createId("it-" + token + "-a", barcode(token, 1), "30"));
        String second =
                SamplesFixture.validated(SamplesFixture.createId("it-" + token + "-b", barcode(token, 2), "30"));
        String pool = SamplesFixture.createId("it-" + token + "-pool", barcode(token, 3), "0");
        for (String source : List.of(first, second)) {
            Response link = api().body("""
                    {"parentId": "%s", "relation": "pooled", "volume": {"value": 10, "unit": "ul"}}""".formatted(source)).post("/" + pool + "/lineage");
            assertThat(link.statusCode()).as(link.asString()).isEqualTo(201);
            assertThat(link.jsonPath().getString("relation")).isEqualTo("pooled");
        }
        assertThat(available(first)).isEqualByComparingTo("20");
        assertThat(api().get("/" + pool + "/lineage").jsonPath().getList("ancestors.parentId"))
                .containsExactlyInAnyOrder(first, second);

        String before = rowOf(first);
        assertRuleViolation(
                api().body("{\"parentId\": \"%s\", \"relation\": \"derived\"}".formatted(pool))
                        .post("/" + first + "/lineage"),
                409,
                "SM-2");
        assertRuleViolation(
                api().body("{\"parentId\": \"%s\", \"relation\": \"derived\"}".formatted(first))
                        .post("/" + first + "/lineage"),
                422,
                "SM-2");
        assertRuleViolation(
                api().body("{\"parentId\": \"%s\", \"relation\": \"pooled\"}".formatted(first))
                        .post("/" + pool + "/lineage"),
                409,
                "SM-2");
        assertProblem(
                api().body("{\"parentId\": \"%s\", \"relation\": \"pooled\"}".formatted(java.util.UUID.randomUUID()))
                        .post("/" + pool + "/lineage"),
                404);
        assertThat(rowOf(first)).isEqualTo(before);
    }

    /** SM-1: only a validated or in_storage sample gives material; others are refused and keep their volume. */
    @Test
    void SM1_onlyAUsableSampleGivesMaterial() {
        String[][] walks = {
            {}, {"rejected"}, {"validated", "in_sequencing"}, {"validated", "in_sequencing", "failed"}, {"deleted"}
        };
        int n = 0;
        for (String[] walk : walks) {
            String parent = SamplesFixture.createId("it-" + token + "-" + n, barcode(token, ++n), "100");
            for (String status : walk) {
                Response changed = api().body("{\"status\": \"%s\", \"reason\": \"test\"}".formatted(status))
                        .post("/" + parent + "/status");
                assertThat(changed.statusCode()).as(changed.asString()).isEqualTo(200);
            }
            String before = rowOf(parent);
            Response refused = assertRuleViolation(aliquot(parent, "5", barcode(token, 100 + n)), 409, "SM-1");
            assertThat(refused.jsonPath().getString("detail")).contains("validated or in_storage");
            assertThat(rowOf(parent)).isEqualTo(before);
        }
    }
}
