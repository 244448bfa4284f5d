package org.tracseq.events.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Where a stream resumes: Last-Event-ID first (a reconnect), then ?after= (a first connect), else from now. */
class StreamStartTest {
    @Test
    void theLastEventIdWinsOverAfter() {
        assertThat(StreamStart.of("42", 7L)).isEqualTo(OptionalLong.of(42));
    }

    @Test
    void afterWhenNoEventWasReceived() {
        assertThat(StreamStart.of(null, 7L)).isEqualTo(OptionalLong.of(7));
        assertThat(StreamStart.of(" ", 0L)).isEqualTo(OptionalLong.of(0));
    }

    @Test
    void neitherMeansOnlyNewEvents() {
        assertThat(StreamStart.of(null, null)).isEmpty();
    }

    @Test
    void anIdThisServiceNeverSentIsRefused() {
        assertThatThrownBy(() -> StreamStart.of("abc", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StreamStart.of("-1", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
