package org.tracseq.events.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisibilityTest {
    @Test
    void authEventsAreForAdministratorsOnly() {
        assertThat(Visibility.visible("auth.user.created", false)).isFalse();
        assertThat(Visibility.visible("auth.user.created", true)).isTrue();
        assertThat(Visibility.visible("storage.item.placed", false)).isTrue();
        assertThat(Visibility.visible("authors.book.written", false)).isTrue();
    }
}
