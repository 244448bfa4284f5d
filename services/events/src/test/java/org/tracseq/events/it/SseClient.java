package org.tracseq.events.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * A server-sent-events client as a browser's EventSource behaves: it reads {@code id:},
 * {@code event:} and {@code data:} lines, and when the server ends the stream it reconnects with
 * {@code Last-Event-ID} set to the last id received. {@link #close()} hangs up, as a closed tab does.
 */
final class SseClient implements AutoCloseable {
    /** One event as received. */
    record Received(long id, String type, String data) {}

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private final String query;
    private final String token;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch connected = new CountDownLatch(1);
    private final Thread reader;
    private volatile String lastEventId;
    private volatile InputStream body;
    private volatile boolean closed;
    private volatile int connections;
    private volatile int lastStatus;

    private SseClient(String query, String token, String lastEventId) {
        this.query = query;
        this.token = token;
        this.lastEventId = lastEventId;
        this.reader = new Thread(this::readUntilClosed, "sse-client");
        reader.setDaemon(true);
    }

    /** Connected (the answer's headers arrived) when it returns. */
    static SseClient open(String query, String token, String lastEventId) throws InterruptedException {
        SseClient client = new SseClient(query, token, lastEventId);
        client.reader.start();
        if (!client.connected.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("the stream did not answer");
        }
        return client;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    String lastEventId() {
        return lastEventId;
    }

    int connections() {
        return connections;
    }

    int lastStatus() {
        return lastStatus;
    }

    private void readUntilClosed() {
        while (!closed) {
            HttpRequest.Builder request = HttpRequest.newBuilder(
                            URI.create(TracSeqServer.baseUrl() + "/stream" + query))
                    .header("Accept", "text/event-stream")
                    .header("Authorization", "Bearer " + token);
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            try {
                HttpResponse<InputStream> response =
                        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
                lastStatus = response.statusCode();
                body = response.body();
                connections++;
                connected.countDown();
                if (response.statusCode() != 200) {
                    body.close();
                    return;
                }
                read(body);
            } catch (IOException e) {
                // hung up by close(), or the server ended the stream: reconnect unless closed
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void read(InputStream in) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String id = null;
        String type = null;
        StringBuilder data = new StringBuilder();
        for (String line = lines.readLine(); line != null && !closed; line = lines.readLine()) {
            if (line.isEmpty()) {
                if (id != null) {
                    received.add(new Received(Long.parseLong(id), type, data.toString()));
                    lastEventId = id;
                }
                id = null;
                type = null;
                data.setLength(0);
            } else if (line.startsWith("id:")) {
                id = line.substring(3).trim();
            } else if (line.startsWith("event:")) {
                type = line.substring(6).trim();
            } else if (line.startsWith("data:")) {
                data.append(line.substring(5).trim());
            }
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        closed = true;
        InputStream current = body;
        if (current != null) {
            current.close();
        }
        reader.join(5000);
    }
}
