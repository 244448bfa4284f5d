package org.tracseq.events.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private final Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofHours(1));

    @Test
    void startsAtTheBaseAndDoubles() {
        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(backoff.after(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(backoff.after(9)).isEqualTo(Duration.ofSeconds(2560));
    }

    @Test
    void neverWaitsLongerThanTheCap() {
        assertThat(backoff.after(10)).isEqualTo(Duration.ofHours(1));
        assertThat(backoff.after(1000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void refusesANonsensicalSetting() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
