package org.tracseq.platform.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.zip.GZIPInputStream;

/**
 * An OpenTelemetry collector's trace endpoint as a test needs it: {@code POST /v1/traces} with an
 * OTLP {@code ExportTraceServiceRequest} in protobuf (the http/protobuf protocol), every span kept.
 * Reads the few fields a test asserts on straight from the protobuf wire format
 * (opentelemetry-proto's {@code trace.proto} gives the field numbers), so it needs no generated classes.
 */
public final class OtlpReceiver implements AutoCloseable {
    /** One received span; ids in lower-case hex, string attributes only. */
    public record Span(
            String traceId,
            String spanId,
            String parentSpanId,
            String name,
            Kind kind,
            Map<String, String> attributes) {
        public String attribute(String key) {
            return attributes.get(key);
        }
    }

    /** {@code Span.SpanKind} of trace.proto. */
    public enum Kind {
        UNSPECIFIED,
        INTERNAL,
        SERVER,
        CLIENT,
        PRODUCER,
        CONSUMER
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Span> spans = new ConcurrentLinkedQueue<>();

    private OtlpReceiver(HttpServer server) {
        this.server = server;
    }

    /** Listens on {@code port} of every interface until closed. */
    public static OtlpReceiver start(int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
            OtlpReceiver receiver = new OtlpReceiver(server);
            server.createContext("/v1/traces", receiver::export);
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every span received so far. */
    public List<Span> spans() {
        return List.copyOf(spans);
    }

    /** The spans of one trace received so far. */
    public List<Span> trace(String traceId) {
        return spans.stream().filter(span -> span.traceId().equals(traceId)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void export(HttpExchange exchange) throws IOException {
        try (exchange) {
            InputStream body = exchange.getRequestBody();
            if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                body = new GZIPInputStream(body);
            }
            readRequest(new Wire(body.readAllBytes()));
            // An empty ExportTraceServiceResponse: everything accepted.
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
        }
    }

    /** ExportTraceServiceRequest: resource_spans = 1. */
    private void readRequest(Wire request) {
        while (request.next()) {
            if (request.field() == 1) {
                readResourceSpans(request.message());
            } else {
                request.skip();
            }
        }
    }

    /** ResourceSpans: scope_spans = 2. */
    private void readResourceSpans(Wire resourceSpans) {
        while (resourceSpans.next()) {
            if (resourceSpans.field() == 2) {
                Wire scopeSpans = resourceSpans.message();
                // ScopeSpans: spans = 2.
                while (scopeSpans.next()) {
                    if (scopeSpans.field() == 2) {
                        spans.add(readSpan(scopeSpans.message()));
                    } else {
                        scopeSpans.skip();
                    }
                }
            } else {
                resourceSpans.skip();
            }
        }
    }

    /** Span: trace_id 1, span_id 2, parent_span_id 4, name 5, kind 6, attributes 9. */
    private static Span readSpan(Wire span) {
        String traceId = "";
        String spanId = "";
        String parentSpanId = "";
        String name = "";
        Kind kind = Kind.UNSPECIFIED;
        Map<String, String> attributes = new HashMap<>();
        while (span.next()) {
            switch (span.field()) {
                case 1 -> traceId = HexFormat.of().formatHex(span.bytes());
                case 2 -> spanId = HexFormat.of().formatHex(span.bytes());
                case 4 -> parentSpanId = HexFormat.of().formatHex(span.bytes());
                case 5 -> name = span.string();
                case 6 -> kind = Kind.values()[(int) span.varint()];
                case 9 -> readAttribute(span.message(), attributes);
                default -> span.skip();
            }
        }
        return new Span(traceId, spanId, parentSpanId, name, kind, Map.copyOf(attributes));
    }

    /** KeyValue: key 1, value 2 (AnyValue: string_value 1, bool 2, int 3; others left out). */
    private static void readAttribute(Wire keyValue, Map<String, String> into) {
        String key = null;
        String value = null;
        while (keyValue.next()) {
            if (keyValue.field() == 1) {
                key = keyValue.string();
            } else if (keyValue.field() == 2) {
                Wire any = keyValue.message();
                while (any.next()) {
                    switch (any.field()) {
                        case 1 -> value = any.string();
                        case 2 -> value = Boolean.toString(any.varint() != 0);
                        case 3 -> value = Long.toString(any.varint());
                        default -> any.skip();
                    }
                }
            } else {
                keyValue.skip();
            }
        }
        if (key != null && value != null) {
            into.put(key, value);
        }
    }

    /** The protobuf wire format: a field's tag (number and wire type), then its value. */
    private static final class Wire {
        private static final int VARINT = 0;
        private static final int FIXED64 = 1;
        private static final int LENGTH_DELIMITED = 2;
        private static final int FIXED32 = 5;

        private final byte[] bytes;
        private int position;
        private final int end;
        private int field;
        private int type;

        Wire(byte[] bytes) {
            this(bytes, 0, bytes.length);
        }

        private Wire(byte[] bytes, int start, int end) {
            this.bytes = bytes;
            this.position = start;
            this.end = end;
        }

        /** Reads the next field's tag; false at the end. */
        boolean next() {
            if (position >= end) {
                return false;
            }
            long tag = varint();
            field = (int) (tag >>> 3);
            type = (int) (tag & 7);
            return true;
        }

        int field() {
            return field;
        }

        long varint() {
            long value = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = bytes[position++];
                value |= (long) (b & 0x7f) << shift;
                if (b >= 0) {
                    return value;
                }
            }
        }

        byte[] bytes() {
            int length = (int) varint();
            byte[] value = Arrays.copyOfRange(bytes, position, position + length);
            position += length;
            return value;
        }

        String string() {
            return new String(bytes(), StandardCharsets.UTF_8);
        }

        Wire message() {
            int length = (int) varint();
            Wire nested = new Wire(bytes, position, position + length);
            position += length;
            return nested;
        }

        void skip() {
            switch (type) {
                case VARINT -> varint();
                case FIXED64 -> position += 8;
                case LENGTH_DELIMITED -> {
                    int length = (int) varint(); // read before position is: it moves position
                    position += length;
                }
                case FIXED32 -> position += 4;
                default -> throw new IllegalStateException("Unknown protobuf wire type " + type);
            }
        }
    }
}
