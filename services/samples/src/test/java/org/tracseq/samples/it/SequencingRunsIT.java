package org.tracseq.samples.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.testing.PublishedEvents;
import org.tracseq.platform.testing.TestDatabase;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * A sequencing run moves its source samples (SM-STATUS, group {@code samples.sequencing}): the
 * sequencing service's {@code sequencing.run.status_changed} events are put on its stream as its
 * relay would, and the sample follows: running → in_sequencing, completed → completed, failed → failed.
 */
class SequencingRunsIT {
    private static final PublishedEvents SEQUENCING = new PublishedEvents("sequencing");

    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    @Test
    void aCompletedRunCompletesItsSamples_withTheRunInTheirHistory() {
        String token = SamplesFixture.token();
        String sample = SamplesFixture.validated(
                SamplesFixture.createId("seq-" + token, SamplesFixture.barcode(token, 1), "20"));
        UUID run = UUID.randomUUID();
        runMoved(run, 5, "queued", "running", sample);
        awaitStatus(sample, "in_sequencing");
        runMoved(run, 6, "running", "completed", sample);
        awaitStatus(sample, "completed");
        assertThat(TestDatabase.queryLong(
                        "SELECT count(*) FROM samples.sample_status_history WHERE sample_id = ? AND reason LIKE ?",
                        UUID.fromString(sample),
                        "sequencing run " + run + "%"))
                .isEqualTo(2);
    }

    @Test
    void aFailedRunFailsItsSamples_evenWhenItsStartArrivesLate() {
        String token = SamplesFixture.token();
        String sample = SamplesFixture.validated(
                SamplesFixture.createId("seq-" + token, SamplesFixture.barcode(token, 1), "20"));
        UUID run = UUID.randomUUID();
        runMoved(run, 6, "running", "failed", sample);
        awaitStatus(sample, "failed");
        UUID late = runMoved(run, 5, "queued", "running", sample);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> TestDatabase.queryLong(
                                "SELECT count(*) FROM samples.inbox WHERE consumer = 'samples.sequencing' AND event_id = ?",
                                late)
                        == 1);
        assertThat(status(sample)).isEqualTo("failed");
    }

    private static UUID runMoved(UUID run, long version, String from, String to, String sample) {
        return SEQUENCING
                .publishAs("it-lab_technician", "sequencing.run.status_changed", run.toString(), version, """
                        {"runId":"%s","instrumentId":"%s","from":"%s","to":"%s","sampleIds":["%s"]}""".formatted(
                                run, UUID.randomUUID(), from, to, sample))
                .id();
    }

    private static void awaitStatus(String sample, String status) {
        await(sample + " " + status).atMost(Duration.ofSeconds(20)).until(() -> status.equals(status(sample)));
    }

    private static String status(String sample) {
        return SamplesFixture.api().get("/" + sample).jsonPath().getString("status");
    }
}
