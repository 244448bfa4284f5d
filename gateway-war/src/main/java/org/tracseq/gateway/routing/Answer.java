package org.tracseq.gateway.routing;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * A service's answer as the gateway passes it on: status, the headers to send (hop-by-hop ones
 * already left out, {@code Location} already public) and the body as it arrives, or null when
 * there is none (HEAD, 204, 304).
 */
public record Answer(int status, List<Map.Entry<String, String>> headers, InputStream body) {

    private static final int CHUNK = 64 * 1024;

    private boolean isEventStream() {
        return headers.stream()
                .anyMatch(header -> header.getKey().equalsIgnoreCase("Content-Type")
                        && header.getValue().startsWith("text/event-stream"));
    }

    /**
     * Sends it to the caller; closing the body returns the connection to the service to the pool.
     * Whenever the service has sent nothing further yet, what arrived is flushed on: a live stream
     * (server-sent events) reaches the caller event by event, not when the server's buffer fills.
     */
    public void writeTo(HttpServletResponse out) throws IOException {
        out.setStatus(status);
        headers.forEach(header -> out.addHeader(header.getKey(), header.getValue()));
        if (isEventStream()) {
            out.flushBuffer(); // a client following a stream waits for the headers before any event
        }
        if (body != null) {
            try (InputStream in = body) {
                OutputStream sink = out.getOutputStream();
                byte[] chunk = new byte[CHUNK];
                int read;
                while ((read = in.read(chunk)) >= 0) {
                    sink.write(chunk, 0, read);
                    if (in.available() == 0) {
                        sink.flush();
                    }
                }
            }
        }
    }
}
