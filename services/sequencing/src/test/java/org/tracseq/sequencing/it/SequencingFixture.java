package org.tracseq.sequencing.it;

import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.PublishedEvents;
import org.tracseq.platform.testing.ServiceLink;
import org.tracseq.platform.testing.TestDatabase;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * What the sequencing ITs share: libraries made known the way production makes them known (a real
 * sample in the samples service, the library-prep service's events put on its stream exactly as
 * its relay would), their QC judged by the real qaqc service on the same server (reached by
 * sequencing through {@link #qaqcLink()}), and instruments, pools and runs made through the API.
 */
final class SequencingFixture {
    static final PublishedEvents STREAMS = new PublishedEvents("sequencing");
    static final Role TECHNICIAN = Role.LAB_TECHNICIAN;
    /** Measures QC; a different person ({@link #QC_VERIFIER}) verifies (QC-3). */
    static final Role QC_MEASURER = Role.LAB_TECHNICIAN;

    static final Role QC_VERIFIER = Role.PRINCIPAL_INVESTIGATOR;

    private static ServiceLink qaqcLink;

    /** IDT for Illumina UD Indexes set A, pairs 1-4 (i7, i5 forward): balanced on every chemistry. */
    static final String[][] UDI = {
        {"UDI0001", "CCGCGGTT", "AGCGCTAG"},
        {"UDI0002", "TTATAACC", "GATATCGA"},
        {"UDI0003", "GGACTTGG", "CGCAGACG"},
        {"UDI0004", "AAGTCCAA", "TATGAGTA"}
    };

    private SequencingFixture() {}

    static RequestSpecification as(Role role) {
        return TracSeqServer.requestAs(role);
    }

    static String fresh(String prefix) {
        return prefix
                + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36)
                        .toUpperCase();
    }

    /**
     * The road from sequencing to qaqc (the server's {@code tracseq.qaqc.url} points at it), open
     * from the first use on; a test cuts it to make qaqc unreachable for sequencing alone.
     */
    static synchronized ServiceLink qaqcLink() {
        if (qaqcLink == null) {
            qaqcLink = ServiceLink.open(Integer.getInteger("its.qaqc.link.port"));
        }
        return qaqcLink;
    }

    record Known(UUID id, String name, UUID sampleId) {}

    /**
     * A library of a fresh DNA sample, announced by library-prep and known to qaqc, with its QC
     * {@code qc}: {@code pass} (the sample and the library measured and verified), {@code fail}
     * (the library's molarity below QC-2's 10 nM), {@code pending} (measured, not verified) or
     * null (nothing measured).
     */
    static Known library(String i7Name, String i7, String i5, String molarityNm, String qc) {
        qaqcLink();
        UUID id = UUID.randomUUID();
        UUID sample = sampleInSamples();
        String name = fresh("L");
        publish("library-prep.library.created", id, 1, """
                {"libraryId":"%s","name":"%s","sampleId":"%s","librarySampleId":"%s","barcode":"%s",\
                "kit":"IDT for Illumina UD Indexes Set A","i7Name":"%s","i7":%s,"i5Name":"%s","i5":%s,\
                "concentrationNgPerUl":4.2,"meanFragmentBp":350,"volumeUl":25,"molarityNm":%s,\
                "plateId":"%s","well":"A01"}""".formatted(
                        id,
                        name,
                        sample,
                        UUID.randomUUID(),
                        fresh("LIB-"),
                        i7Name,
                        quoted(i7),
                        i7Name,
                        quoted(i5),
                        molarityNm,
                        UUID.randomUUID()));
        await("library " + id)
                .atMost(Duration.ofSeconds(20))
                .until(() -> TestDatabase.queryLong("SELECT count(*) FROM sequencing.known_libraries WHERE id = ?", id)
                        == 1);
        await("library " + id + " known to qaqc")
                .atMost(Duration.ofSeconds(20))
                .until(() -> qaqc(Role.GUEST)
                        .queryParam("id", id.toString())
                        .get("/libraries/effective")
                        .jsonPath()
                        .getList("unknown")
                        .isEmpty());
        if (qc != null) {
            judge(sample, id, qc);
        }
        return new Known(id, name, sample);
    }

    /** The qaqc service on the test server, as {@code role}. */
    static RequestSpecification qaqc(Role role) {
        return as(role).basePath("/qaqc");
    }

    /**
     * Waits until qaqc has heard of the pool (from {@code sequencing.pool.created}), then records
     * the pool's own QC {@code qc}: {@code pass} (molarity measured and verified) or {@code fail}
     * (molarity below QC-2's 10 nM).
     */
    static void judgePool(String poolId, String qc) {
        await("pool " + poolId + " known to qaqc")
                .atMost(Duration.ofSeconds(20))
                .until(() -> qaqc(Role.GUEST)
                        .queryParam("id", poolId)
                        .get("/pools/qc")
                        .jsonPath()
                        .getList("unknown")
                        .isEmpty());
        UUID pool = UUID.fromString(poolId);
        switch (qc) {
            case "pass" -> verify(measure("pool", pool, "molarity", "12"));
            case "fail" -> measure("pool", pool, "molarity", "4");
            default -> throw new IllegalArgumentException("QC standing " + qc);
        }
    }

    /** A DNA sample registered in the samples service on the test server; its id. */
    private static UUID sampleInSamples() {
        return UUID.fromString(created(as(TECHNICIAN)
                        .basePath("/samples")
                        .body("""
                                {"name":"sequencing it","type":"dna","barcode":"%s",                                "initialVolume":{"value":50,"unit":"ul"}}""".formatted(fresh("SQIT-")))
                        .post("/")
                        .andReturn())
                .getString("id"));
    }

    private static void judge(UUID sample, UUID library, String qc) {
        switch (qc) {
            case "pass" -> {
                verify(measure("sample", sample, "concentration", "250"));
                verify(measure("library", library, "molarity", "20"));
            }
            case "fail" -> measure("library", library, "molarity", "4");
            case "pending" -> measure("library", library, "molarity", "20");
            default -> throw new IllegalArgumentException("QC standing " + qc);
        }
    }

    /** One result recorded in qaqc; its id. */
    private static String measure(String kind, UUID subject, String metric, String value) {
        return created(qaqc(QC_MEASURER)
                        .body("""
                                {"subjectKind":"%s","subjectId":"%s","metric":"%s","value":%s}""".formatted(kind, subject, metric, value))
                        .post("/results")
                        .andReturn())
                .getString("id");
    }

    private static void verify(String resultId) {
        ok(qaqc(QC_VERIFIER)
                .body("{}")
                .post("/results/" + resultId + "/verifications")
                .andReturn());
    }

    /** The four UDI libraries, all passing QC. */
    static List<Known> fourUdiLibraries() {
        return Arrays.stream(UDI)
                .map(pair -> library(pair[0], pair[1], pair[2], "10", "pass"))
                .toList();
    }

    private static String quoted(String bases) {
        return bases == null ? "null" : "\"" + bases + "\"";
    }

    /** An event on its family's stream, as the OutboxRelay writes it; its id. */
    static UUID publish(String type, UUID aggregateId, long version, String payload) {
        return STREAMS.publishAs("it-library-prep", type, aggregateId.toString(), version, payload)
                .id();
    }

    /** Waits until the library projection has applied (or ignored) the event. */
    static void awaitApplied(UUID eventId) {
        await("event " + eventId + " applied")
                .atMost(Duration.ofSeconds(20))
                .until(() -> TestDatabase.queryLong(
                                "SELECT count(*) FROM sequencing.inbox WHERE consumer = 'sequencing.libraries' "
                                        + "AND event_id = ?",
                                eventId)
                        == 1);
    }

    static String instrument(String platform, int capacity) {
        Response response = as(Role.LAB_ADMINISTRATOR)
                .body("""
                        {"name":"%s","serialNumber":"%s","platform":"%s","capacity":%d}""".formatted(fresh("Instrument "), fresh("SN"), platform, capacity))
                .post("/instruments")
                .andReturn();
        return created(response).getString("id");
    }

    static Response createPool(Role role, List<Known> libraries, String extra) {
        qaqcLink();
        String members = libraries.stream()
                .map(library -> "{\"libraryId\":\"" + library.id() + "\",\"share\":1}")
                .collect(Collectors.joining(","));
        return as(role).body("""
                        {"name":"%s","libraries":[%s],"targetMolarityNm":2,"targetVolumeUl":100%s}""".formatted(fresh("Pool "), members, extra))
                .post("/pools")
                .andReturn();
    }

    static String pool(List<Known> libraries) {
        return created(createPool(TECHNICIAN, libraries, "")).getString("id");
    }

    static Response createRun(String instrumentId, String readStructure, String lanes, String extra) {
        return as(TECHNICIAN)
                .body("""
                        {"name":"%s","instrumentId":"%s","readStructure":"%s","lanes":[%s]%s}""".formatted(fresh("RUN_"), instrumentId, readStructure, lanes, extra))
                .post("/runs")
                .andReturn();
    }

    static String run(String instrumentId, String poolId) {
        return created(createRun(instrumentId, "151-8-8-151", "{\"lane\":1,\"poolId\":\"" + poolId + "\"}", ""))
                .getString("id");
    }

    static Response move(String runId, String status, String extra) {
        return as(TECHNICIAN)
                .body("{\"status\":\"" + status + "\"" + extra + "}")
                .post("/runs/" + runId + "/status")
                .andReturn();
    }

    static Response sheet(String runId, String body) {
        return as(TECHNICIAN).body(body).post("/runs/" + runId + "/sheets").andReturn();
    }

    /** A run taken through a sheet to {@code running} on its flow cell. */
    static void startRun(String runId) {
        created(sheet(runId, "{}"));
        for (String status : List.of("submitted", "validated", "queued")) {
            ok(move(runId, status, ""));
        }
        ok(move(runId, "running", ",\"flowCellId\":\"" + fresh("FC") + "\""));
    }

    static JsonPath created(Response response) {
        if (response.statusCode() != 201) {
            throw new AssertionError("expected 201: " + response.statusCode() + " " + response.asString());
        }
        return response.jsonPath();
    }

    static JsonPath ok(Response response) {
        if (response.statusCode() != 200) {
            throw new AssertionError("expected 200: " + response.statusCode() + " " + response.asString());
        }
        return response.jsonPath();
    }

    static List<Long> rowCounts() {
        return List.of(
                TestDatabase.countRows("sequencing.instruments"),
                TestDatabase.countRows("sequencing.pools"),
                TestDatabase.countRows("sequencing.runs"),
                TestDatabase.countRows("sequencing.run_history"),
                TestDatabase.countRows("sequencing.run_qc_overrides"),
                TestDatabase.countRows("sequencing.sample_sheets"),
                TestDatabase.countRows("sequencing.run_summaries"),
                TestDatabase.countRows("sequencing.demultiplexing_imports"),
                TestDatabase.countRows("sequencing.outbox"));
    }
}
