package org.tracseq.gateway.routing;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * A service's answer as the gateway passes it on: status, the headers to send (hop-by-hop ones
 * already left out, {@code Location} already public) and the body as it arrives, or null when
 * there is none (HEAD, 204, 304).
 */
public record Answer(int status, List<Map.Entry<String, String>> headers, InputStream body) {

    /** Sends it to the caller; closing the body returns the connection to the service to the pool. */
    public void writeTo(HttpServletResponse out) throws IOException {
        out.setStatus(status);
        headers.forEach(header -> out.addHeader(header.getKey(), header.getValue()));
        if (body != null) {
            try (InputStream in = body) {
                in.transferTo(out.getOutputStream());
            }
        }
    }
}
