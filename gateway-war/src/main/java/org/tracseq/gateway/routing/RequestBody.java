package org.tracseq.gateway.routing;

import java.io.IOException;
import java.io.InputStream;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.InputStreamEntity;

/**
 * A request body on its way to a service. Up to {@link #BUFFER_LIMIT} it is read into memory, so a
 * failed idempotent request can be sent again; anything larger (or of unknown length) streams
 * through once, never held whole, and is therefore never retried.
 */
public final class RequestBody {
    static final long BUFFER_LIMIT = 1024 * 1024;
    private static final RequestBody EMPTY = new RequestBody(new byte[0], null, 0);

    private final byte[] bytes;
    private final InputStream stream;
    private final long length;

    private RequestBody(byte[] bytes, InputStream stream, long length) {
        this.bytes = bytes;
        this.stream = stream;
        this.length = length;
    }

    /**
     * @param contentLength the request's {@code Content-Length}, or -1 when it has none
     * @param chunked       whether it announced a body without a length ({@code Transfer-Encoding})
     */
    public static RequestBody of(InputStream in, long contentLength, boolean chunked) throws IOException {
        if (contentLength == 0 || contentLength < 0 && !chunked) {
            return EMPTY;
        }
        if (contentLength > 0 && contentLength <= BUFFER_LIMIT) {
            byte[] bytes = in.readAllBytes();
            return new RequestBody(bytes, null, bytes.length);
        }
        return new RequestBody(null, in, contentLength);
    }

    /** Whether it can be sent more than once. */
    boolean replayable() {
        return stream == null;
    }

    /** What the forwarder sends: null for no body; sent chunked when the length is unknown (-1). */
    HttpEntity entity() {
        if (stream == null) {
            return bytes.length == 0 ? null : new ByteArrayEntity(bytes, null);
        }
        return new InputStreamEntity(stream, length, null);
    }
}
