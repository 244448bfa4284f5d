package org.tracseq.qaqc.it;

import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.PublishedEvents;
import org.tracseq.platform.testing.TestDatabase;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * What the qaqc ITs share: samples and libraries made known the way production makes them known,
 * by putting the samples and library-prep services' events on their streams exactly as their
 * relays would, then waiting for the projections to have them; requests as the technician who
 * measures and a second person who verifies; row counts.
 */
final class QcFixture {
    static final Role MEASURER = Role.LAB_TECHNICIAN;
    /** A different person from the measurer, allowed to verify. */
    static final Role VERIFIER = Role.PRINCIPAL_INVESTIGATOR;

    static final PublishedEvents STREAMS = new PublishedEvents("qaqc");

    private QcFixture() {}

    static RequestSpecification as(Role role) {
        return TracSeqServer.requestAs(role);
    }

    static String freshBarcode(String kind) {
        return "QCIT-" + kind + "-"
                + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36)
                        .toUpperCase();
    }

    /** A fresh metric code nobody else's test uses. */
    static String freshMetric() {
        return "it_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    record Known(UUID id, String barcode) {}

    /** A sample of {@code type} registered in the samples service, as its event announces it. */
    static Known sample(String type) {
        UUID id = UUID.randomUUID();
        String barcode = freshBarcode(type.toUpperCase());
        publish("samples.sample.registered", id.toString(), 1, """
                {"sampleId":"%s","barcode":"%s","name":"it","type":"%s","status":"validated"}""".formatted(id, barcode, type));
        awaitRow("SELECT count(*) FROM qaqc.known_samples WHERE id = ? AND type IS NOT NULL", id);
        return new Known(id, barcode);
    }

    /** A library of {@code sampleId} created by library-prep, as its event announces it. */
    static Known library(UUID sampleId) {
        UUID id = UUID.randomUUID();
        String barcode = freshBarcode("LIB");
        publish("library-prep.library.created", id.toString(), 1, """
                {"libraryId":"%s","name":"lib-it","sampleId":"%s","librarySampleId":"%s","barcode":"%s",\
                "kit":"IDT for Illumina UD Indexes Set A","i7Name":"UDI0001","i7":"CCGCGGTT","i5Name":"UDI0001",\
                "i5":"AGCGCTAG","concentrationNgPerUl":4.2,"meanFragmentBp":350,"volumeUl":25,"molarityNm":18.18,\
                "plateId":"%s","well":"A01"}""".formatted(
                        id, sampleId, UUID.randomUUID(), barcode, UUID.randomUUID()));
        awaitRow("SELECT count(*) FROM qaqc.known_libraries WHERE id = ?", id);
        return new Known(id, barcode);
    }

    /** A pool made by the sequencing service, as its event announces it; its id. */
    static UUID pool() {
        UUID id = UUID.randomUUID();
        STREAMS.publishAs("it-sequencing", "sequencing.pool.created", id.toString(), 1, """
                {"poolId":"%s","name":"Pool %s","libraryIds":["%s"],"qcOverridden":false}""".formatted(
                        id, id.toString().substring(0, 8), UUID.randomUUID()));
        awaitRow("SELECT count(*) FROM qaqc.known_pools WHERE id = ?", id);
        return id;
    }

    /** An event on its family's stream, as the OutboxRelay writes it. */
    static void publish(String type, String aggregateId, long version, String payload) {
        STREAMS.publishAs("it-samples", type, aggregateId, version, payload);
    }

    static void awaitRow(String countQuery, Object parameter) {
        await(countQuery + " " + parameter)
                .atMost(Duration.ofSeconds(20))
                .until(() -> TestDatabase.queryLong(countQuery, parameter) == 1);
    }

    static Response record(Role role, String body) {
        return as(role).body(body).post("/results").andReturn();
    }

    static Response recordByBarcode(String barcode, String metric, String value) {
        return record(MEASURER, """
                {"barcode":"%s","metric":"%s","value":%s}""".formatted(barcode, metric, value));
    }

    static String recordedId(String barcode, String metric, String value) {
        Response response = recordByBarcode(barcode, metric, value);
        if (response.statusCode() != 201) {
            throw new AssertionError("recording failed: " + response.asString());
        }
        return response.jsonPath().getString("id");
    }

    static Response verify(Role role, String resultId) {
        return as(role).body("{}")
                .post("/results/" + resultId + "/verifications")
                .andReturn();
    }

    /** A definition of a fresh metric for {@code appliesTo}, by an administrator. */
    static String define(String appliesTo, String ranges) {
        String metric = freshMetric();
        Response response = as(Role.LAB_ADMINISTRATOR)
                .body("""
                        {"metric":"%s","appliesTo":"%s","unit":"x",%s}""".formatted(metric, appliesTo, ranges))
                .post("/definitions")
                .andReturn();
        if (response.statusCode() != 201) {
            throw new AssertionError("definition failed: " + response.asString());
        }
        return metric;
    }

    static List<Long> rowCounts() {
        return List.of(
                TestDatabase.countRows("qaqc.results"),
                TestDatabase.countRows("qaqc.verifications"),
                TestDatabase.countRows("qaqc.metric_definitions"),
                TestDatabase.countRows("qaqc.instrument_imports"),
                TestDatabase.countRows("qaqc.outbox"));
    }
}
