package org.tracseq.barcodes.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.barcodes.it.Fixtures.api;
import static org.tracseq.barcodes.it.Fixtures.barcodes;
import static org.tracseq.barcodes.it.Fixtures.freshPrefix;
import static org.tracseq.barcodes.it.Fixtures.generate;
import static org.tracseq.barcodes.it.Fixtures.reserve;
import static org.tracseq.barcodes.it.Fixtures.rowCounts;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;
import static org.tracseq.platform.testing.ProblemAssertions.assertRuleViolation;

import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.Concurrently;
import org.tracseq.platform.testing.TestDatabase;
import org.tracseq.platform.testing.TestTokens;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * Issuing, validating, looking up and claiming barcodes against the running service and PostgreSQL.
 * Not a {@code @MicroShedTest}: MicroShed sets RestAssured's global base path to the context root,
 * which {@link TracSeqServer#request()} already includes.
 */
class BarcodesIT {
    private static final String TECHNICIAN = TestTokens.of(Role.LAB_TECHNICIAN);

    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    @Test
    void generatesOneBarcodeOfTodayStartingTheSequence() {
        String prefix = freshPrefix();
        Response response = generate("{\"prefix\":\"" + prefix + "\",\"typeCode\":\"DNA\"}");
        assertThat(response.statusCode()).isEqualTo(201);
        String today = LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.BASIC_ISO_DATE);
        assertThat(barcodes(response))
                .singleElement()
                .asString()
                .matches(prefix + "-DNA-" + today + "-000001-[A-Z0-9]");
        assertThat(response.jsonPath().getString("barcodes[0].status")).isEqualTo("issued");
        assertThat(response.jsonPath().getString("barcodes[0].createdBy"))
                .isEqualTo(TestTokens.upnOf(Role.LAB_TECHNICIAN));
        assertThat(response.jsonPath().getString("barcodes[0].createdAt")).endsWith("Z");
    }

    @Test
    void generatesManyAsOneConsecutiveBatch() {
        String prefix = freshPrefix();
        generate("{\"prefix\":\"" + prefix + "\",\"count\":2}");
        List<String> batch = barcodes(generate("{\"prefix\":\"" + prefix + "\",\"count\":1000}"));
        assertThat(batch).hasSize(1000).doesNotHaveDuplicates();
        assertThat(batch.get(0)).contains("-000003-");
        assertThat(batch.get(999)).contains("-001002-");
        assertThat(TestDatabase.queryLong("SELECT count(*) FROM barcodes.barcodes WHERE prefix = ?", prefix))
                .isEqualTo(1002);
    }

    @Test
    void looksUpAnIssuedBarcode() {
        String barcode =
                barcodes(generate("{\"prefix\":\"" + freshPrefix() + "\"}")).get(0);
        Response response = api().get("/" + barcode).andReturn();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.jsonPath().getString("barcode")).isEqualTo(barcode);
        assertThat(response.jsonPath().getString("status")).isEqualTo("issued");
    }

    @Test
    void unknownBarcodeIsNotFoundAndMalformedOneIsABadRequest() {
        String unknown = validUnknownBarcode();
        assertProblem(api().get("/" + unknown).andReturn(), 404);
        Response malformed = assertProblem(api().get("/TS-1").andReturn(), 400);
        assertThat(malformed.jsonPath().getString("errors[0].field")).isEqualTo("barcode");
    }

    @Test
    void validatesAGoodBarcodeAndCatchesATypoAndASwap() {
        String barcode = barcodes(generate("{\"prefix\":\"" + freshPrefix() + "\",\"typeCode\":\"R1\"}"))
                .get(0);
        Response good = validate(barcode);
        assertThat(good.statusCode()).isEqualTo(200);
        assertThat(good.jsonPath().getBoolean("valid")).isTrue();
        assertThat(good.jsonPath().getBoolean("known")).isTrue();
        assertThat(good.jsonPath().getString("typeCode")).isEqualTo("R1");
        assertThat(good.jsonPath().getInt("sequence")).isEqualTo(1);
        assertThat(good.jsonPath().getString("date"))
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());

        int last = barcode.length() - 3;
        String typo =
                barcode.substring(0, last) + (barcode.charAt(last) == '7' ? '8' : '7') + barcode.substring(last + 1);
        String swapped = barcode.substring(0, last - 1)
                + barcode.charAt(last)
                + barcode.charAt(last - 1)
                + barcode.substring(last + 1);
        for (String wrong : List.of(typo, swapped)) {
            Response verdict = validate(wrong);
            assertThat(verdict.jsonPath().getBoolean("valid")).as(wrong).isFalse();
            assertThat(verdict.jsonPath().getBoolean("known")).isFalse();
            assertThat(verdict.jsonPath().getList("problems", String.class)).isNotEmpty();
        }
    }

    @Test
    void validatingAWellFormedBarcodeNobodyIssuedSaysUnknown() {
        Response verdict = validate(validUnknownBarcode());
        assertThat(verdict.jsonPath().getBoolean("valid")).isTrue();
        assertThat(verdict.jsonPath().getBoolean("known")).isFalse();
    }

    @Test
    void validateWithoutABarcodeIsABadRequest() {
        Response missing = assertProblem(api().get("/validate").andReturn(), 400);
        assertThat(missing.jsonPath().getString("errors[0].field")).isEqualTo("barcode");
        assertThat(missing.jsonPath().getString("errors[0].message")).isEqualTo("is required");
        Response blank = assertProblem(validate("  "), 400);
        assertThat(blank.jsonPath().getString("errors[0].field")).isEqualTo("barcode");
    }

    @Test
    void reservedBarcodeIsClaimedOnceWithOwnerActorAndTime() {
        String barcode =
                barcodes(reserve("{\"prefix\":\"" + freshPrefix() + "\"}")).get(0);
        assertThat(api().get("/" + barcode).jsonPath().getString("status")).isEqualTo("reserved");
        Response claimed = claim(barcode, "sample:42");
        assertThat(claimed.statusCode()).isEqualTo(200);
        assertThat(claimed.jsonPath().getString("status")).isEqualTo("claimed");
        assertThat(claimed.jsonPath().getString("owner")).isEqualTo("sample:42");
        assertThat(claimed.jsonPath().getString("claimedBy")).isEqualTo(TestTokens.upnOf(Role.LAB_TECHNICIAN));
        assertThat(claimed.jsonPath().getString("claimedAt")).isNotBlank();
        Response again = assertRuleViolation(claim(barcode, "sample:43"), 409, "BC-2");
        assertThat(again.jsonPath().getString("detail")).contains("already claimed", "sample:42");
    }

    @Test
    void issuesClaimsAndDrawingsAreInTheMetricsUnderAbsoluteNames() {
        String barcode =
                barcodes(reserve("{\"prefix\":\"" + freshPrefix() + "\"}")).get(0);
        assertThat(claim(barcode, "sample:1").statusCode()).isEqualTo(200);
        assertThat(api().accept("image/png").get("/" + barcode + "/image").statusCode())
                .isEqualTo(200);
        String metrics = io.restassured.RestAssured.get(TracSeqServer.managementUrl() + "/metrics?scope=application")
                .asString();
        assertThat(metrics)
                .contains("tracseq_barcodes_created_total{", "status=\"reserved\"")
                .contains("tracseq_barcodes_claimed_total")
                .contains("tracseq_barcodes_render_seconds");
    }

    @Test
    void exactlyOneOfTwentyConcurrentClaimsWins() {
        String barcode =
                barcodes(reserve("{\"prefix\":\"" + freshPrefix() + "\"}")).get(0);
        List<Integer> statuses = statuses(Concurrently.post(
                20, TECHNICIAN, i -> "/" + barcode + "/claim", i -> "{\"owner\":\"sample:" + i + "\"}"));
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(19);
        assertThat(TestDatabase.queryLong(
                        "SELECT count(*) FROM barcodes.barcodes WHERE barcode = ? AND status = 'claimed'", barcode))
                .isEqualTo(1);
    }

    @Test
    void fiftyConcurrentGenerateCallsNeverShareABarcode() {
        String prefix = freshPrefix();
        List<Integer> statuses = statuses(Concurrently.post(
                50, TECHNICIAN, i -> "/generate", i -> "{\"prefix\":\"" + prefix + "\",\"count\":3}"));
        assertThat(statuses).containsOnly(201).hasSize(50);
        assertThat(TestDatabase.queryLong(
                        "SELECT count(DISTINCT barcode) FROM barcodes.barcodes WHERE prefix = ?", prefix))
                .isEqualTo(150);
        // One allocation per call: the 150 sequence numbers are exactly 1..150, no gaps, no repeats.
        assertThat(TestDatabase.queryLong("SELECT max(sequence) FROM barcodes.barcodes WHERE prefix = ?", prefix))
                .isEqualTo(150);
    }

    @Test
    void claimingAnIssuedBarcodeIsAConflictExplainingWhy() {
        String barcode =
                barcodes(generate("{\"prefix\":\"" + freshPrefix() + "\"}")).get(0);
        Response refused = assertRuleViolation(claim(barcode, "sample:1"), 409, "BC-2");
        assertThat(refused.jsonPath().getString("detail")).contains("not reserved");
    }

    @Test
    void claimingAnUnknownBarcodeIsNotFoundAndAMalformedOneABadRequest() {
        assertProblem(claim(validUnknownBarcode(), "sample:1"), 404);
        assertProblem(claim("NOT-A-BARCODE", "sample:1"), 400);
    }

    @Test
    void aClaimWithoutOwnerIsRefusedAndChangesNothing() {
        String barcode =
                barcodes(reserve("{\"prefix\":\"" + freshPrefix() + "\"}")).get(0);
        Response refused =
                assertProblem(api().body("{}").post("/" + barcode + "/claim").andReturn(), 400);
        assertThat(refused.jsonPath().getString("errors[0].field")).isEqualTo("owner");
        assertThat(refused.jsonPath().getString("errors[0].message")).isEqualTo("is required");
        assertProblem(api().post("/" + barcode + "/claim").andReturn(), 400);
        assertThat(api().get("/" + barcode).jsonPath().getString("status")).isEqualTo("reserved");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 2, 201})
    void aClaimWithABlankOrOverlongOwnerIsRefusedAndChangesNothing(int length) {
        String barcode =
                barcodes(reserve("{\"prefix\":\"" + freshPrefix() + "\"}")).get(0);
        String owner = length > 200 ? "x".repeat(length) : " ".repeat(length);
        Response refused = assertProblem(claim(barcode, owner), 400);
        assertThat(refused.jsonPath().getString("errors[0].field")).isEqualTo("owner");
        assertThat(refused.jsonPath().getString("errors[0].message"))
                .isEqualTo(length > 200 ? "must be at most 200 characters" : "must not be blank");
        assertThat(api().get("/" + barcode).jsonPath().getString("status")).isEqualTo("reserved");
        assertThat(claim(barcode, "x".repeat(200)).statusCode()).isEqualTo(200);
    }

    @Test
    void replayWithTheSameIdempotencyKeyReturnsTheFirstBatchAndIssuesNothing() {
        String key = UUID.randomUUID().toString();
        String body = "{\"prefix\":\"" + freshPrefix() + "\",\"count\":2}";
        Response first = api().header("Idempotency-Key", key)
                .body(body)
                .post("/generate")
                .andReturn();
        assertThat(first.statusCode()).isEqualTo(201);
        List<Long> before = rowCounts();

        Response replay = api().header("Idempotency-Key", key)
                .body(body)
                .post("/generate")
                .andReturn();
        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(barcodes(replay)).isEqualTo(barcodes(first));
        assertThat(rowCounts()).isEqualTo(before);

        Response reused = api().header("Idempotency-Key", key)
                .body("{\"prefix\":\"" + freshPrefix() + "\"}")
                .post("/generate")
                .andReturn();
        assertProblem(reused, 422);
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void reservationsHonourTheIdempotencyKeyToo() {
        String key = UUID.randomUUID().toString();
        String body = "{\"prefix\":\"" + freshPrefix() + "\"}";
        Response first = api().header("Idempotency-Key", key)
                .body(body)
                .post("/reservations")
                .andReturn();
        Response replay = api().header("Idempotency-Key", key)
                .body(body)
                .post("/reservations")
                .andReturn();
        assertThat(barcodes(replay)).isEqualTo(barcodes(first)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"prefix\":", // malformed JSON
                "[1,2]", // wrong shape
                "{\"prefix\":\"ts\"}", // lower case
                "{\"prefix\":\"T\"}", // too short
                "{\"prefix\":\"TOOLONG\"}", // too long
                "{\"prefix\":\"T1\"}", // digit
                "{\"prefix\":\"TŚ\"}", // not A-Z
                "{\"prefix\":\"\"}", // empty
                "{\"typeCode\":\"DNA\"}", // no prefix
                "{\"prefix\":\"TS\",\"typeCode\":\"TOOLONG\"}", // type code too long
                "{\"prefix\":\"TS\",\"typeCode\":\"dna\"}", // type code lower case
                "{\"prefix\":\"TS\",\"typeCode\":\"D-A\"}", // type code with a hyphen
                "{\"prefix\":\"TS\",\"typeCode\":\"\"}", // type code empty rather than left out
                "{\"prefix\":\"TS\",\"count\":0}",
                "{\"prefix\":\"TS\",\"count\":1001}",
                "{\"prefix\":\"TS\",\"count\":null}",
                "{\"prefix\":\"TS\",\"count\":\"many\"}",
                ""
            })
    void badGenerateRequestsAreProblemsThatWriteNothing(String body) {
        List<Long> before = rowCounts();
        assertProblem(generate(body), 400);
        assertProblem(reserve(body), 400);
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void bc1PrefixAndTypeCodeOfTheWrongShapeAreRefusedNamingTheRule() {
        Response refused = assertRuleViolation(generate("{\"prefix\":\"ts\",\"typeCode\":\"dna!\"}"), 400, "BC-1");
        assertThat(refused.jsonPath().getList("errors.field")).containsExactly("prefix", "typeCode");
        assertThat(refused.jsonPath().getList("errors.message"))
                .containsExactly("BC-1: must match ^[A-Z]{2,6}$", "BC-1: must match ^[A-Z0-9]{1,4}$");
    }

    @Test
    void everyBadFieldOfAGenerateRequestIsListedAtOnce() {
        Response refused = assertProblem(generate("{\"typeCode\":\"D-A\",\"count\":1001}"), 400);
        assertThat(refused.jsonPath().getList("errors.field")).containsExactly("prefix", "typeCode", "count");
        assertThat(refused.jsonPath().getList("errors.message"))
                .containsExactly("BC-1: is required", "BC-1: must match ^[A-Z0-9]{1,4}$", "must be at most 1000");
        assertThat(refused.jsonPath().getString("rule")).isNull();
    }

    @Test
    void anExplicitNullCountIsRefusedAndALeftOutOneIsOne() {
        Response refused = assertProblem(generate("{\"prefix\":\"TS\",\"count\":null}"), 400);
        assertThat(refused.jsonPath().getString("errors[0].field")).isEqualTo("count");
        assertThat(refused.jsonPath().getString("errors[0].message")).isEqualTo("must not be null");
        assertThat(barcodes(generate("{\"prefix\":\"" + freshPrefix() + "\",\"typeCode\":\"9Z9Z\"}")))
                .hasSize(1);
    }

    @Test
    void wrongContentTypeIsAProblemThatWritesNothing() {
        List<Long> before = rowCounts();
        assertProblem(
                api().contentType("text/plain")
                        .body("prefix=TS")
                        .post("/generate")
                        .andReturn(),
                415);
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void anExhaustedDaySequenceIsAConflictThatIssuesNothing() {
        String prefix = freshPrefix();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        // Tomorrow too, in case the request lands after midnight UTC.
        for (LocalDate day : List.of(today, today.plusDays(1))) {
            Fixtures.setLastSequence(prefix, day, 999_990);
        }
        List<Long> before = rowCounts();
        Response refused = assertRuleViolation(generate("{\"prefix\":\"" + prefix + "\",\"count\":10}"), 409, "BC-1");
        assertThat(refused.jsonPath().getString("detail")).contains("9 of 999999", "fewer");
        assertThat(rowCounts()).isEqualTo(before);

        List<String> lastNine = barcodes(generate("{\"prefix\":\"" + prefix + "\",\"count\":9}"));
        assertThat(lastNine.get(8)).contains("-999999-");
        assertRuleViolation(reserve("{\"prefix\":\"" + prefix + "\"}"), 409, "BC-1");
    }

    private static Response validate(String barcode) {
        return api().queryParam("barcode", barcode).get("/validate").andReturn();
    }

    private static Response claim(String barcode, String owner) {
        return api().body("{\"owner\":\"" + owner + "\"}")
                .post("/" + barcode + "/claim")
                .andReturn();
    }

    /** Well-formed with a correct check character, but from a day this service never issued on. */
    private static String validUnknownBarcode() {
        return new org.tracseq.barcodes.domain.Barcode(freshPrefix(), null, LocalDate.of(2001, 1, 1), 1).text();
    }

    private static List<Integer> statuses(List<Concurrently.Answer> answers) {
        return answers.stream().map(Concurrently.Answer::status).toList();
    }
}
