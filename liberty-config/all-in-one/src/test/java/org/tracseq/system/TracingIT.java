package org.tracseq.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;
import org.tracseq.platform.testing.OtlpReceiver;
import org.tracseq.platform.testing.OtlpReceiver.Kind;
import org.tracseq.platform.testing.OtlpReceiver.Span;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * One trace from the gateway through every hop: a sample registered through the gateway (gateway →
 * samples → barcodes for its barcode), its {@code samples.sample.registered} event published by
 * samples' relay and applied by barcodes' consumer. The test server exports spans by OTLP to a receiver here (the
 * endpoint in its jvm.options, the all-in-one pom) and samples only traces a caller asked for
 * ({@code parentbased_always_off}), so this test's request, which sends a sampled
 * {@code traceparent}, is traced and the other system tests' requests are not.
 */
@MicroShedTest
class TracingIT {
    private static final Path JVM_OPTIONS = Path.of("target/liberty-usr/servers/all-in-one/jvm.options");
    private static OtlpReceiver receiver;

    @BeforeAll
    static void receiveSpans() throws IOException {
        receiver = OtlpReceiver.start(URI.create(exporterEndpoint()).getPort());
    }

    @AfterAll
    static void stopReceiving() {
        receiver.close();
    }

    /** {@code -Dotel.exporter.otlp.endpoint=...} as the build gave it to the server. */
    private static String exporterEndpoint() throws IOException {
        String option = "-Dotel.exporter.otlp.endpoint=";
        return Files.readAllLines(JVM_OPTIONS).stream()
                .filter(line -> line.startsWith(option))
                .map(line -> line.substring(option.length()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No OTLP endpoint in " + JVM_OPTIONS));
    }

    @Test
    void oneTraceRunsFromTheGatewayThroughTheServicesToTheEventsConsumer() {
        TracSeqServer.awaitReady();
        String token = SeededAdmin.logIn();
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String requestId = "tracing-it-" + UUID.randomUUID();

        SeededAdmin.through(token)
                .header("traceparent", "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01")
                .header("X-Request-Id", requestId)
                .body("{\"name\": \"Traced biopsy\", \"type\": \"tissue\", "
                        + "\"initialVolume\": {\"value\": 50, \"unit\": \"ul\"}}")
                .post("/samples/")
                .then()
                .statusCode(201);

        await("the trace's spans from the gateway, samples, barcodes and barcodes' consumer")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    List<Span> trace = receiver.trace(traceId);
                    assertThat(trace)
                            .as("the gateway's span, with the request id")
                            .anyMatch(server("/api/samples")
                                    .and(span -> requestId.equals(span.attribute("tracseq.request_id"))));
                    assertThat(trace)
                            .as("samples' span, with the request id")
                            .anyMatch(server("/samples/")
                                    .and(span -> requestId.equals(span.attribute("tracseq.request_id"))));
                    assertThat(trace).as("samples' call to barcodes").anyMatch(span -> span.kind() == Kind.CLIENT);
                    assertThat(trace).as("barcodes' span").anyMatch(server("/barcodes/"));
                    Span published = trace.stream()
                            .filter(span -> span.kind() == Kind.PRODUCER
                                    && "samples.sample.registered".equals(span.attribute("tracseq.event.type")))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError("samples' relay publishing the event: " + trace));
                    assertThat(trace)
                            .as("barcodes applying the event, a child of its publication")
                            .anyMatch(span -> span.kind() == Kind.CONSUMER
                                    && span.parentSpanId().equals(published.spanId())
                                    && "barcodes.claims".equals(span.attribute("messaging.consumer.group.name"))
                                    && requestId.equals(span.attribute("tracseq.request_id")));
                });
    }

    /** A server span of a request whose path starts with {@code prefix}. */
    private static Predicate<Span> server(String prefix) {
        return span -> span.kind() == Kind.SERVER && path(span).startsWith(prefix);
    }

    private static String path(Span span) {
        String path = span.attribute("url.path");
        return path != null ? path : String.valueOf(span.attribute("http.target"));
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
