package org.tracseq.barcodes.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.barcodes.it.Fixtures.api;
import static org.tracseq.barcodes.it.Fixtures.barcodes;
import static org.tracseq.barcodes.it.Fixtures.freshPrefix;
import static org.tracseq.barcodes.it.Fixtures.generate;
import static org.tracseq.barcodes.it.Fixtures.reserve;

import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.testing.PublishedEvents;
import org.tracseq.platform.testing.TracSeqServer;
import redis.clients.jedis.StreamEntryID;

/**
 * Barcodes publishes each barcode it issues, reserves and claims on {@code tracseq:events:barcodes}
 * as {@code openapi/events.asyncapi.yaml} declares it, and claims a reserved barcode when a
 * {@code samples.sample.registered} event names it (the pre-printed label's claim, BC-2): once, for
 * that sample; an issued one is left alone and reported as a {@code claim_conflict}.
 */
class PublishedEventsIT {
    private static final PublishedEvents EVENTS = new PublishedEvents("barcodes");

    @BeforeAll
    static void serverIsReady() {
        TracSeqServer.awaitReady();
    }

    @AfterAll
    static void closeEvents() {
        EVENTS.close();
    }

    /** What the samples service publishes when a sample is registered with {@code barcode}. */
    private static void sampleRegistered(String sampleId, String barcode) {
        EVENTS.redis()
                .xadd(
                        "tracseq:events:samples",
                        StreamEntryID.NEW_ENTRY,
                        Map.of(
                                "id",
                                UUID.randomUUID().toString(),
                                "type",
                                "samples.sample.registered",
                                "aggregateId",
                                sampleId,
                                "version",
                                "1",
                                "occurredAt",
                                Instant.now().toString(),
                                "actor",
                                "it-registrar",
                                "payload",
                                """
                        {"sampleId": "%s", "barcode": "%s", "name": "it", "type": "dna", "status": "pending"}""".formatted(sampleId, barcode)));
    }

    @Test
    void aReservedBarcodeIsClaimedOnceForTheSampleRegisteredWithIt() {
        String barcode =
                barcodes(reserve("{\"prefix\":\"" + freshPrefix() + "\"}")).get(0);
        assertThat(api().get("/validate?barcode=" + barcode).jsonPath().getString("status"))
                .isEqualTo("reserved");
        String sampleId = UUID.randomUUID().toString();

        sampleRegistered(sampleId, barcode);
        sampleRegistered(sampleId, barcode); // redelivered: changes nothing
        sampleRegistered(UUID.randomUUID().toString(), barcode); // another sample meanwhile: a conflict

        List<Map<String, String>> events = EVENTS.awaitAtLeast(barcode, 3);
        assertThat(events)
                .extracting(e -> e.get("type"))
                .containsExactly(
                        "barcodes.barcode.reserved", "barcodes.barcode.claimed", "barcodes.barcode.claim_conflict");
        JsonPath record = api().get("/" + barcode).jsonPath();
        assertThat(record.getString("status")).isEqualTo("claimed");
        assertThat(record.getString("owner")).isEqualTo(sampleId);
        assertThat(record.getString("claimedBy")).isEqualTo("it-registrar");
        assertThat(JsonPath.from(events.get(1).get("payload")).getString("owner"))
                .isEqualTo(sampleId);
        assertThat(api().get("/validate?barcode=" + barcode).jsonPath().getString("status"))
                .isEqualTo("claimed");
    }

    @Test
    void anIssuedBarcodeIsNotClaimedByARegistrationAndOthersLabelsAreIgnored() {
        String barcode =
                barcodes(generate("{\"prefix\":\"" + freshPrefix() + "\"}")).get(0);
        sampleRegistered(UUID.randomUUID().toString(), barcode);
        sampleRegistered(UUID.randomUUID().toString(), "ACME-TUBE-0001");

        List<Map<String, String>> events = EVENTS.awaitAtLeast(barcode, 2);
        assertThat(events)
                .extracting(e -> e.get("type"))
                .containsExactly("barcodes.barcode.issued", "barcodes.barcode.claim_conflict");
        assertThat(api().get("/" + barcode).jsonPath().getString("status")).isEqualTo("issued");
    }
}
