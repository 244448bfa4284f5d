package org.tracseq.gateway.routing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.InputStreamEntity;

/**
 * A request body on its way to a service. Up to {@link #BUFFER_LIMIT} it is read into memory, so a
 * failed idempotent request can be sent again; anything larger (or of unknown length) streams
 * through once, never held whole, and is therefore never retried. If the caller's stream breaks
 * off while it is passed on, reading it throws {@link BrokenOff}, so the forwarder can tell the
 * caller's failure from the service's.
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
        return new RequestBody(null, new CallersStream(in, contentLength), contentLength);
    }

    /** The caller's body ended early or could not be read: the caller's doing, not the service's. */
    public static final class BrokenOff extends IOException {
        BrokenOff(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The caller's stream, whose failures and early end are {@link BrokenOff}. */
    private static final class CallersStream extends FilterInputStream {
        private final long length;
        private long read;

        /** @param length the announced length, or -1 when it has none */
        CallersStream(InputStream in, long length) {
            super(in);
            this.length = length;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) throws IOException {
            int got;
            try {
                got = super.read(buffer, offset, count);
            } catch (IOException e) {
                throw new BrokenOff("The request body could not be read to its end: " + e.getMessage(), e);
            }
            if (got < 0 && length >= 0 && read < length) {
                throw new BrokenOff("The request body ended after " + read + " of its " + length + " bytes", null);
            }
            read += Math.max(got, 0);
            return got;
        }
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
