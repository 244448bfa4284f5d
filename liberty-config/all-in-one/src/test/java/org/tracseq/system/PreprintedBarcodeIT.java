package org.tracseq.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tracseq.platform.testing.ProblemAssertions.assertRuleViolation;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * Issue 18 through the gateway, with samples and barcodes in one server: registering a sample with a
 * pre-printed (reserved) barcode claims it in barcodes, by the {@code samples.sample.registered}
 * event, for that sample; a claimed, generated-but-never-reserved or never-issued TracSeq barcode is
 * refused at once (BC-2); another maker's label is accepted as it is.
 */
@MicroShedTest
class PreprintedBarcodeIT {
    private static String token;
    /** A prefix of this run's own, so the day's sequence starts afresh for it. */
    private static final String PREFIX = IntStream.range(0, 5)
            .mapToObj(i -> String.valueOf((char) ('A' + new Random().nextInt(26))))
            .reduce("", String::concat);

    @BeforeAll
    static void logIn() {
        TracSeqServer.awaitReady();
        token = SeededAdmin.logIn();
    }

    private static RequestSpecification api() {
        return SeededAdmin.through(token);
    }

    private static String barcodeFrom(String operation) {
        Response made = api().body("{\"prefix\": \"%s\", \"typeCode\": \"DNA\", \"count\": 1}".formatted(PREFIX))
                .post("/barcodes/" + operation);
        assertThat(made.statusCode()).as(made.asString()).isEqualTo(201);
        return made.jsonPath().getString("barcodes[0].barcode");
    }

    private static Response register(String barcode) {
        return api().body("""
                {"name": "pre-printed %s", "type": "dna", "barcode": "%s",
                 "initialVolume": {"value": 20, "unit": "ul"}}""".formatted(barcode, barcode)).post("/samples/");
    }

    @Test
    void aReservedBarcodeIsClaimedForTheSampleRegisteredWithItAndOnlyOnce() {
        String barcode = barcodeFrom("reservations");

        Response registered = register(barcode);
        assertThat(registered.statusCode()).as(registered.asString()).isEqualTo(201);
        String sample = registered.jsonPath().getString("id");
        Response claimed = await("the claim by event")
                .atMost(Duration.ofSeconds(20))
                .until(
                        () -> api().get("/barcodes/" + barcode),
                        r -> "claimed".equals(r.jsonPath().getString("status")));
        assertThat(claimed.jsonPath().getString("owner")).isEqualTo(sample);

        assertThat(register(barcode).statusCode()).isEqualTo(409);
    }

    @Test
    void aBarcodeGeneratedForAnotherUseIsRefused() {
        assertRuleViolation(register(barcodeFrom("generate")), 409, "BC-2");
    }

    @Test
    void aBarcodeInTracSeqsFormatThatWasNeverIssuedIsRefused() {
        String issued = barcodeFrom("generate");
        // The same prefix, type and day with a sequence not issued yet, and its right check character.
        String body = issued.substring(0, issued.lastIndexOf('-') - 6) + "999999-";
        String neverIssued = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*"
                .chars()
                .mapToObj(c -> body + (char) c)
                .filter(candidate -> api().queryParam("barcode", candidate)
                        .get("/barcodes/validate")
                        .jsonPath()
                        .getBoolean("valid"))
                .findFirst()
                .orElseThrow();

        assertRuleViolation(register(neverIssued), 409, "BC-2");
    }

    @Test
    void anotherMakersLabelIsAccepted() {
        Response registered = register("FLUIDX-" + System.nanoTime());
        assertThat(registered.statusCode()).as(registered.asString()).isEqualTo(201);
    }
}
