package org.tracseq.gateway.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.junit.jupiter.api.Test;
import org.tracseq.gateway.routing.UpstreamFailure;
import org.tracseq.platform.client.RemoteProblemException;

/** A service that cannot answer takes its own part of the dashboard away, never the page. */
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
    void aBugIsNotHiddenAsAnUnavailablePart() {
        assertThatThrownBy(() -> Dashboard.part(() -> {
                    throw new IllegalStateException("bug");
                }))
                .isInstanceOf(IllegalStateException.class);
    }
}
