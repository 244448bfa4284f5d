package org.tracseq.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.testing.EventContract;

/** The envelope's optional traceparent: carried when the writing request was traced, absent otherwise. */
class EventTest {
    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    private static Event registered(String traceparent) {
        return new Event(
                UUID.randomUUID(),
                "samples.sample.registered",
                UUID.randomUUID().toString(),
                1,
                Instant.parse("2026-12-03T10:15:30Z"),
                "tech-1",
                "req-1",
                "{\"sampleId\":\"%s\",\"barcode\":\"TS-1\",\"name\":\"n\",\"type\":\"dna\",\"status\":\"received\"}"
                        .formatted(UUID.randomUUID()),
                traceparent);
    }

    @Test
    void aTracedEventCarriesItsTraceparentThroughTheStreamAndTheContractAcceptsIt() {
        Map<String, String> fields = registered(TRACEPARENT).toFields();

        assertThat(fields).containsEntry("traceparent", TRACEPARENT);
        assertThat(Event.fromFields(fields).traceparent()).isEqualTo(TRACEPARENT);
        EventContract.assertConforms(fields);
    }

    @Test
    void anUntracedEventHasNoTraceparentField() {
        Map<String, String> fields = registered(null).toFields();

        assertThat(fields).doesNotContainKey("traceparent");
        EventContract.assertConforms(fields);
    }

    @Test
    void anEntryWrittenBeforeTraceparentExistedIsReadAsUntraced() {
        Event old = registered(null);
        Map<String, String> fields = old.toFields();

        assertThat(Event.fromFields(fields)).isEqualTo(old);
    }
}
