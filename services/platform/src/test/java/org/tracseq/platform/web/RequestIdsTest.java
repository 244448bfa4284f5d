package org.tracseq.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestIdsTest {
    @Test
    void keepsAWellFormedIncomingId() {
        assertThat(RequestIds.acceptOrCreate("abc-123.x:y")).isEqualTo("abc-123.x:y");
    }

    @Test
    void replacesMissingOrHostileIds() {
        assertThat(RequestIds.acceptOrCreate(null)).hasSize(36);
        assertThat(RequestIds.acceptOrCreate("line\nbreak")).hasSize(36).doesNotContain("\n");
        assertThat(RequestIds.acceptOrCreate("x".repeat(101))).hasSize(36);
    }
}
