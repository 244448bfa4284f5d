package org.tracseq.qaqc.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.ExtraServer;
import org.tracseq.platform.testing.TestTokens;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * A second qaqc server (same database and Redis) whose samples service cannot be reached: subjects
 * its projection knows are recorded and imported as ever, since the hot path asks nobody; only a
 * subject it would have to ask about gets 503 with Retry-After, and nothing is written.
 */
class SamplesOutageIT {
    private static ExtraServer qaqc;

    @BeforeAll
    static void start() {
        TracSeqServer.awaitReady();
        qaqc = ExtraServer.start(
                "qaqc-samples-down",
                "services/qaqc",
                "qaqc",
                Integer.getInteger("its.outage.port"),
                Map.of(
                        // The discard port: nothing listens, every call is refused at once.
                        "tracseq.samples.url",
                        "http://localhost:9",
                        "mp.jwt.verify.publickey.location",
                        System.getProperty("its.verification.keys")));
    }

    @AfterAll
    static void stop() {
        if (qaqc != null) {
            qaqc.stop();
        }
    }

    private static RequestSpecification viaSecond() {
        return RestAssured.given()
                .baseUri(qaqc.rootUrl())
                .basePath("/qaqc")
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .header("Authorization", "Bearer " + TestTokens.of(Role.LAB_TECHNICIAN));
    }

    @Test
    void knownSubjectsNeedNoSamplesService() {
        QcFixture.Known dna = QcFixture.sample("dna");
        Response recorded = viaSecond()
                .body("{\"barcode\":\"%s\",\"metric\":\"a260_280\",\"value\":1.9}".formatted(dna.barcode()))
                .post("/results")
                .andReturn();
        assertThat(recorded.statusCode()).isEqualTo(201);
        Response imported = viaSecond()
                .body(Map.of("format", "nanodrop", "content", "Sample Name,260/280\n" + dna.barcode() + ",1.9\n"))
                .post("/imports")
                .andReturn();
        assertThat(imported.statusCode()).isEqualTo(201);
    }

    @Test
    void anUnknownSubjectIsA503AndWritesNothing() {
        var before = QcFixture.rowCounts();
        Response single = viaSecond()
                .body("{\"barcode\":\"%s\",\"metric\":\"rin\",\"value\":9}".formatted(QcFixture.freshBarcode("DOWN")))
                .post("/results")
                .andReturn();
        assertProblem(single, 503);
        assertThat(single.header("Retry-After")).isNotBlank();
        QcFixture.Known dna = QcFixture.sample("dna");
        String file = "Sample Name,260/280\n" + dna.barcode() + ",1.9\n" + QcFixture.freshBarcode("DOWN") + ",1.9\n";
        assertProblem(
                viaSecond()
                        .body(Map.of("format", "nanodrop", "content", file))
                        .post("/imports")
                        .andReturn(),
                503);
        assertThat(QcFixture.rowCounts()).isEqualTo(before);
    }
}
