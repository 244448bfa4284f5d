package org.tracseq.samples.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;
import static org.tracseq.platform.testing.ProblemAssertions.assertRuleViolation;
import static org.tracseq.samples.it.SamplesFixture.api;
import static org.tracseq.samples.it.SamplesFixture.barcode;
import static org.tracseq.samples.it.SamplesFixture.samplesNamedLike;

import io.restassured.response.Response;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.testing.TracSeqServer;

/** SM-4: batch intake, all-or-nothing by default, with a report of every problem of every row. */
class SampleBatchIT {
    private String token;

    @BeforeAll
    static void serverIsReady() {
        TracSeqServer.awaitReady();
    }

    @BeforeEach
    void newToken() {
        token = SamplesFixture.token();
    }

    private String row(int n, String type, String extra) {
        return """
                {"name": "it-%s-%d", "type": "%s", "barcode": "%s"%s}""".formatted(token, n, type, barcode(token, n), extra);
    }

    private static String batch(String rows, String options) {
        return "{\"samples\": [" + rows + "]" + options + "}";
    }

    @Test
    void aCleanBatchCreatesEverySampleInRowOrder() {
        Response response = api().body(batch(
                        String.join(
                                ",",
                                row(1, "dna", ""),
                                row(2, "rna", ""),
                                row(3, "serum", ", \"initialVolume\": {\"value\": 2, \"unit\": \"ml\"}")),
                        ""))
                .post("/batch");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        assertThat(response.jsonPath().getList("created.barcode"))
                .containsExactly(barcode(token, 1), barcode(token, 2), barcode(token, 3));
        assertThat(response.jsonPath().getList("rejected")).isEmpty();
        assertThat(samplesNamedLike(token)).isEqualTo(3);
    }

    @Test
    void aBatchWithBadRowsCreatesNothingAndReportsEveryProblemOfEveryRow() {
        SamplesFixture.create("it-" + token + "-existing", barcode(token, 9), "1");
        String rows = String.join(
                ",",
                row(1, "dna", ""),
                "{\"name\": \"\", \"type\": \"dna\", \"barcode\": \"lower case\"}",
                row(3, "dna", ", \"initialVolume\": {\"value\": -1, \"unit\": \"ul\"}"),
                row(1, "rna", "").replace("it-" + token + "-1", "it-" + token + "-dup"),
                row(9, "dna", "").replace("it-" + token + "-9", "it-" + token + "-taken"));
        Response response = api().body(batch(rows, "")).post("/batch");

        assertRuleViolation(response, 422, "SM-4");
        assertThat(response.jsonPath().getList("errors.field"))
                .containsExactly(
                        "samples[1].name",
                        "samples[1].barcode",
                        "samples[2].initialVolume.value",
                        "samples[3].barcode",
                        "samples[4].barcode");
        assertThat(response.jsonPath().getString("detail")).contains("4 of 5 rows");
        assertThat(samplesNamedLike(token)).isEqualTo(1);
    }

    @Test
    void withAtomicFalseTheValidRowsAreCreatedAndTheOthersReported() {
        String rows = String.join(
                ",",
                row(1, "dna", ""),
                "{\"name\": \"it-" + token + "-2\", \"type\": \"dna\", " + "\"barcode\": \"" + barcode(token, 2)
                        + "\", \"initialVolume\": {\"value\": -1, \"unit\": \"ul\"}}",
                row(3, "rna", ""));
        Response response = api().body(batch(rows, ", \"atomic\": false")).post("/batch");

        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        assertThat(response.jsonPath().getList("created.barcode"))
                .containsExactly(barcode(token, 1), barcode(token, 3));
        assertThat(response.jsonPath().getInt("rejected[0].row")).isEqualTo(1);
        assertThat(response.jsonPath().getList("rejected[0].errors.field")).containsExactly("initialVolume.value");
        assertThat(samplesNamedLike(token)).isEqualTo(2);
    }

    @Test
    void aBatchOfMoreThanAThousandRowsIsRefusedAndWritesNothing() {
        String rows = IntStream.range(0, 1001).mapToObj(n -> row(n, "dna", "")).collect(Collectors.joining(","));
        Response response = api().body(batch(rows, "")).post("/batch");
        assertRuleViolation(response, 400, "SM-4");
        assertThat(response.jsonPath().getList("errors.field")).containsExactly("samples");
        assertThat(samplesNamedLike(token)).isZero();
    }

    @Test
    void anEmptyOrMissingListIsRefused() {
        assertProblem(api().body("{\"samples\": []}").post("/batch"), 400);
        assertProblem(api().body("{}").post("/batch"), 400);
    }

    @Test
    void aRepeatedBatchWithTheSameIdempotencyKeyIsReplayed() {
        String body = batch(String.join(",", row(1, "dna", ""), row(2, "dna", "")), "");
        Response first =
                api().header("Idempotency-Key", "batch-" + token).body(body).post("/batch");
        Response replay =
                api().header("Idempotency-Key", "batch-" + token).body(body).post("/batch");
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.jsonPath().getList("created.id"))
                .isEqualTo(first.jsonPath().getList("created.id"));
        assertThat(samplesNamedLike(token)).isEqualTo(2);
    }
}
