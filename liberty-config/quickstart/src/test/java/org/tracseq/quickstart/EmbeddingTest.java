package org.tracseq.quickstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EmbeddingTest {
    @Test
    void allowedUnlessSwitchedOff() {
        assertThat(Embedding.from(Map.of())).isEqualTo(Embedding.AUTO);
        assertThat(Embedding.from(Map.of("TRACSEQ_EMBEDDED", "auto"))).isEqualTo(Embedding.AUTO);
        assertThat(Embedding.from(Map.of("TRACSEQ_EMBEDDED", "Never"))).isEqualTo(Embedding.NEVER);
    }

    @Test
    void anotherValueIsRefusedWithTheOnesThatWork() {
        assertThatThrownBy(() -> Embedding.from(Map.of("TRACSEQ_EMBEDDED", "false")))
                .hasMessageContaining("'false'")
                .hasMessageContaining("auto")
                .hasMessageContaining("never");
    }
}
