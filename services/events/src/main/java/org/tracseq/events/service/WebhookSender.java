package org.tracseq.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.tracseq.events.domain.DueDelivery;
import org.tracseq.events.domain.WebhookSignature;

/** POSTs one delivery, signed, and says what came back; never throws for what the receiver does. */
@ApplicationScoped
public class WebhookSender {
    static final String EVENT_ID = "X-TracSeq-Event-Id";
    static final String EVENT_TYPE = "X-TracSeq-Event-Type";
    static final String TIMESTAMP = "X-TracSeq-Timestamp";
    static final String SIGNATURE = "X-TracSeq-Signature";

    /** HTTP/1.1: receivers are small web apps, and the JDK's HTTP/2 upgrade attempt only costs them a round trip. */
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Inject
    @ConfigProperties
    EventsSettings settings;

    public Deliveries.Outcome send(DueDelivery delivery) {
        String body = EventJson.of(delivery.event());
        long timestamp = System.currentTimeMillis() / 1000;
        long started = System.nanoTime();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url()))
                    .timeout(Duration.ofMillis(settings.timeoutMs))
                    .header("Content-Type", "application/json")
                    .header(EVENT_ID, delivery.event().id().toString())
                    .header(EVENT_TYPE, delivery.event().type())
                    .header(TIMESTAMP, Long.toString(timestamp))
                    .header(SIGNATURE, WebhookSignature.sign(delivery.secret(), timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            int status =
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return new Deliveries.Outcome(status, null, elapsedMs(started));
        } catch (IOException | IllegalArgumentException e) {
            return new Deliveries.Outcome(null, String.valueOf(e), elapsedMs(started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Deliveries.Outcome(null, "interrupted: the server is stopping", elapsedMs(started));
        }
    }

    private static long elapsedMs(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
