package org.tracseq.storage.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.testing.EventContract;

/**
 * Storage builds its event types from its event kinds ({@code storage.item.<kind>} or
 * {@code storage.location.<kind>}), which the platform's scan of literal types cannot see: each kind
 * is declared in {@code openapi/events.asyncapi.yaml} under one of the two.
 */
class EventKindsInContractTest {
    @Test
    void everyEventKindIsAnEventTypeOfTheContract() {
        assertThat(Arrays.stream(EventKind.values()).map(EventKind::wireValue))
                .allSatisfy(kind -> assertThat(EventContract.types())
                        .containsAnyOf("storage.item." + kind, "storage.location." + kind));
    }
}
