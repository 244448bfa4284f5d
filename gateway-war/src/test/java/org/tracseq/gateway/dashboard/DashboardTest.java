package org.tracseq.gateway.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.junit.jupiter.api.Test;
import org.tracseq.contract.sequencing.model.Instrument;
import org.tracseq.contract.sequencing.model.InstrumentQueue;
import org.tracseq.contract.sequencing.model.InstrumentStatus;
import org.tracseq.contract.sequencing.model.Run;
import org.tracseq.contract.sequencing.model.RunStatus;
import org.tracseq.gateway.routing.UpstreamFailure;
import org.tracseq.platform.client.RemoteProblemException;

/** A service that cannot answer takes its own part of the dashboard away, never the page; runs in progress in queue order. */
class DashboardTest {
    @Test
    void aPartThatCouldBeGatheredCarriesItsData() {
        assertThat(Dashboard.part(() -> 42)).isEqualTo(new Dashboard.Part<>(true, 42, null));
    }

    @Test
    void anUnreachableServiceAnOpenBreakerOrARefusalMakeThePartUnavailableWithTheReason() {
        Dashboard.Part<Object> down = Dashboard.part(() -> {
            throw new UpstreamFailure.NoInstance("storage");
        });
        assertThat(down.available()).isFalse();
        assertThat(down.detail()).contains("storage has no instance");

        assertThat(Dashboard.part(() -> {
                            throw new CircuitBreakerOpenException("open");
                        })
                        .available())
                .isFalse();
        assertThat(Dashboard.part(() -> {
                            throw new RemoteProblemException(403, null);
                        })
                        .detail())
                .contains("403");
    }

    @Test
    void runsInProgressAreEachInstrumentsRunningRunsThenItsQueuedOnesWithTheInstrumentsName() {
        Instrument novaSeq = instrument("NovaSeq X bench 2");
        Instrument miSeq = instrument("MiSeq bench 1");
        Run running = run("RUN_A", RunStatus.RUNNING);
        Run queuedFirst = run("RUN_B", RunStatus.QUEUED);
        Run queuedNext = run("RUN_C", RunStatus.QUEUED);

        List<Dashboard.RunInProgress> runs = Dashboard.inProgress(List.of(
                new InstrumentQueue().instrument(miSeq).running(List.of()).queued(List.of(queuedNext)),
                new InstrumentQueue()
                        .instrument(novaSeq)
                        .running(List.of(running))
                        .queued(List.of(queuedFirst))));

        assertThat(runs)
                .extracting(
                        Dashboard.RunInProgress::name,
                        Dashboard.RunInProgress::status,
                        Dashboard.RunInProgress::instrumentName)
                .containsExactly(
                        tuple("RUN_C", RunStatus.QUEUED, "MiSeq bench 1"),
                        tuple("RUN_A", RunStatus.RUNNING, "NovaSeq X bench 2"),
                        tuple("RUN_B", RunStatus.QUEUED, "NovaSeq X bench 2"));
        assertThat(runs.get(1).id()).isEqualTo(running.getId());
        assertThat(runs.get(1).instrumentId()).isEqualTo(novaSeq.getId());
    }

    private static Instrument instrument(String name) {
        return new Instrument().id(UUID.randomUUID()).name(name).status(InstrumentStatus.AVAILABLE);
    }

    private static Run run(String name, RunStatus status) {
        return new Run()
                .id(UUID.randomUUID())
                .name(name)
                .status(status)
                .statusChangedAt(OffsetDateTime.parse("2026-12-03T08:00:00Z"));
    }

    @Test
    void aBugIsNotHiddenAsAnUnavailablePart() {
        assertThatThrownBy(() -> Dashboard.part(() -> {
                    throw new IllegalStateException("bug");
                }))
                .isInstanceOf(IllegalStateException.class);
    }
}
