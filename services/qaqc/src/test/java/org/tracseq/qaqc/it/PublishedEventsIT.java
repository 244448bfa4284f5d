package org.tracseq.qaqc.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.qaqc.it.QcFixture.STREAMS;
import static org.tracseq.qaqc.it.QcFixture.VERIFIER;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.TracSeqServer;

/** What qaqc publishes on {@code tracseq:events:qaqc}, as {@code openapi/events.asyncapi.yaml} declares it. */
class PublishedEventsIT {
    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    @Test
    void aRecordingAndItsVerification() {
        QcFixture.Known dna = QcFixture.sample("dna");
        String id = QcFixture.recordedId(dna.barcode(), "a260_230", "2.0");
        QcFixture.verify(VERIFIER, id);
        List<Map<String, String>> events = STREAMS.awaitAtLeast(id, 2);
        assertThat(events)
                .extracting(e -> e.get("type"))
                .containsExactly("qaqc.result.recorded", "qaqc.result.verified");
        JsonPath recorded = JsonPath.from(events.get(0).get("payload"));
        assertThat(recorded.getString("outcome")).isEqualTo("pass");
        assertThat(recorded.getString("subjectId")).isEqualTo(dna.id().toString());
        assertThat(JsonPath.from(events.get(1).get("payload")).getBoolean("verified"))
                .isTrue();
    }

    @Test
    void aPanicIsPublishedAtOnce() {
        String metric = QcFixture.define("dna", "\"passMin\": 10, \"panicBelow\": 2");
        QcFixture.Known dna = QcFixture.sample("dna");
        String id = QcFixture.recordedId(dna.barcode(), metric, "1");
        List<Map<String, String>> events = STREAMS.awaitAtLeast(id, 2);
        assertThat(events).extracting(e -> e.get("type")).containsExactly("qaqc.result.recorded", "qaqc.result.panic");
        assertThat(JsonPath.from(events.get(1).get("payload")).getString("outcome"))
                .isEqualTo("panic");
    }

    @Test
    void aThresholdChange() {
        String metric = QcFixture.define("rna", "\"passMin\": 1, \"passMax\": 2, \"warnShoulder\": 0.5");
        List<Map<String, String>> events = STREAMS.awaitAtLeast(metric + ":rna", 1);
        assertThat(events.get(0).get("type")).isEqualTo("qaqc.threshold.changed");
        assertThat(events.get(0).get("actor")).isEqualTo("it-lab_administrator");
    }

    @Test
    void anImportIsOneEventWithAPanicForEachPanic() {
        String metric = QcFixture.define("dna", "\"passMin\": 1.8, \"panicBelow\": 1.0");
        QcFixture.Known dna = QcFixture.sample("dna");
        String content = "Sample Name,260/280\n" + dna.barcode() + ",1.9\n";
        String importId = QcFixture.as(Role.LAB_TECHNICIAN)
                .body(Map.of("format", "nanodrop", "content", content))
                .post("/imports")
                .jsonPath()
                .getString("importId");
        Map<String, String> imported = STREAMS.awaitAtLeast(importId, 1).get(0);
        assertThat(imported.get("type")).isEqualTo("qaqc.import.recorded");
        assertThat(JsonPath.from(imported.get("payload")).getList("resultIds")).hasSize(1);
        assertThat(metric).startsWith("it_");
    }
}
