package org.tracseq.sequencing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.sequencing.it.SequencingFixture.STREAMS;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.testing.TracSeqServer;
import org.tracseq.sequencing.it.SequencingFixture.Known;

/** What sequencing publishes on {@code tracseq:events:sequencing}, as {@code openapi/events.asyncapi.yaml} declares it. */
class PublishedEventsIT {
    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    @Test
    void aRunsLifeNamesItsSourceSamples() {
        List<Known> libraries = SequencingFixture.fourUdiLibraries();
        String pool = SequencingFixture.pool(libraries);
        assertThat(STREAMS.awaitAtLeast(pool, 1).get(0).get("type")).isEqualTo("sequencing.pool.created");
        String run = SequencingFixture.run(SequencingFixture.instrument("novaseq_x", 1), pool);
        SequencingFixture.startRun(run);
        SequencingFixture.ok(SequencingFixture.move(run, "completed", ""));

        List<Map<String, String>> events = STREAMS.awaitAtLeast(run, 8);
        assertThat(events)
                .extracting(e -> e.get("type"))
                .containsExactly(
                        "sequencing.run.created",
                        "sequencing.sheet.generated",
                        "sequencing.run.status_changed",
                        "sequencing.run.status_changed",
                        "sequencing.run.status_changed",
                        "sequencing.run.status_changed",
                        "sequencing.run.status_changed",
                        "sequencing.run.completed");
        List<String> samples =
                libraries.stream().map(l -> l.sampleId().toString()).toList();
        assertThat(JsonPath.from(events.get(0).get("payload")).getList("sampleIds", String.class))
                .containsExactlyInAnyOrderElementsOf(samples);
        JsonPath started = JsonPath.from(events.get(5).get("payload"));
        assertThat(started.getString("to")).isEqualTo("running");
        assertThat(started.getString("flowCellId")).startsWith("FC");
        JsonPath completed = JsonPath.from(events.get(7).get("payload"));
        assertThat(completed.getString("from")).isEqualTo("running");
        assertThat(completed.getList("sampleIds", String.class)).containsExactlyInAnyOrderElementsOf(samples);
        assertThat(events.get(7).get("actor")).isEqualTo("it-lab_technician");
    }

    @Test
    void anInstrumentsRegistrationAndStateChanges() {
        String instrument = SequencingFixture.instrument("miseq", 1);
        SequencingFixture.ok(SequencingFixture.as(SequencingFixture.TECHNICIAN)
                .body("{\"status\":\"maintenance\",\"reason\":\"annual service\"}")
                .post("/instruments/" + instrument + "/status")
                .andReturn());
        List<Map<String, String>> events = STREAMS.awaitAtLeast(instrument, 2);
        assertThat(events)
                .extracting(e -> e.get("type"))
                .containsExactly("sequencing.instrument.registered", "sequencing.instrument.status_changed");
        JsonPath changed = JsonPath.from(events.get(1).get("payload"));
        assertThat(changed.getString("status")).isEqualTo("maintenance");
        assertThat(changed.getString("reason")).isEqualTo("annual service");
        assertThat(changed.getString("platform")).isEqualTo("miseq");
    }

    @Test
    void aFailedRunAndItsDemultiplexing() {
        List<Known> libraries = SequencingFixture.fourUdiLibraries();
        String run =
                SequencingFixture.run(SequencingFixture.instrument("novaseq_x", 1), SequencingFixture.pool(libraries));
        SequencingFixture.startRun(run);
        SequencingFixture.created(SequencingFixture.as(SequencingFixture.TECHNICIAN)
                .body(Map.of(
                        "demultiplexStats",
                        "Lane,SampleID,Index,# Reads\n1," + libraries.get(0).name() + ",CCGCGGTT-CTAGCGCT,1000\n"))
                .post("/runs/" + run + "/demultiplexing")
                .andReturn());
        SequencingFixture.ok(SequencingFixture.move(run, "failed", ",\"reason\":\"fluidics error in cycle 40\""));
        List<Map<String, String>> events = STREAMS.awaitAtLeast(run, 9);
        assertThat(events.get(6).get("type")).isEqualTo("sequencing.demux.imported");
        assertThat(JsonPath.from(events.get(6).get("payload")).getInt("librariesUnderHalf"))
                .isEqualTo(3);
        assertThat(events.get(8).get("type")).isEqualTo("sequencing.run.failed");
        assertThat(JsonPath.from(events.get(8).get("payload")).getString("reason"))
                .isEqualTo("fluidics error in cycle 40");
    }
}
