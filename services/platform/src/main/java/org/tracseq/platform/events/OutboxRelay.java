package org.tracseq.platform.events;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.tracseq.platform.tracing.Traces;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.XAddParams;

/**
 * Publishes a service's committed outbox rows to Redis Streams, one stream per event family, in the
 * order they were written. One relay of a service works at a time (a transaction-scoped advisory
 * lock): two instances taking batches side by side could publish an aggregate's later event before
 * its earlier one. A batch is marked relayed only after every entry of it was added; if Redis is
 * away nothing is marked and the next round publishes the batch again. Relayed twice (a crash
 * between the adds and the mark) is harmless: consumers apply an event once by its id. An event
 * written in a traced request is published in a producer span continuing it, whose
 * {@code traceparent} the entry carries on to its consumers.
 */
public final class OutboxRelay {
    private final DataSource dataSource;
    private final UnifiedJedis redis;
    private final int batchSize;
    private final long streamMaxLength;
    private final Tracer tracer;

    /**
     * @param streamMaxLength about how many entries a stream keeps (older ones are trimmed); the
     *     events service keeps every event for good
     * @param tracer makes the publication spans of traced events (a no-op one while tracing is off)
     */
    public OutboxRelay(DataSource dataSource, UnifiedJedis redis, int batchSize, long streamMaxLength, Tracer tracer) {
        this.dataSource = dataSource;
        this.redis = redis;
        this.batchSize = batchSize;
        this.streamMaxLength = streamMaxLength;
        this.tracer = tracer;
    }

    /**
     * Relays one batch; how many events it published (none while another instance relays). Throws,
     * marking nothing, when Redis fails.
     */
    public int relayOnce() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<OutboxStore.Unrelayed> rows =
                        OutboxStore.relayLock(connection) ? OutboxStore.unrelayed(connection, batchSize) : List.of();
                for (OutboxStore.Unrelayed row : rows) {
                    publish(row.event());
                }
                if (!rows.isEmpty()) {
                    OutboxStore.markRelayed(connection, rows);
                }
                connection.commit();
                return rows.size();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private void publish(Event event) {
        String stream = Event.stream(event.family());
        Map<String, String> fields = event.toFields();
        Span span = event.traceparent() == null
                ? Span.getInvalid()
                : EventSpans.start(tracer, "publish", SpanKind.PRODUCER, event);
        Traces.traceparent(span).ifPresent(traceparent -> fields.put("traceparent", traceparent));
        try {
            redis.xadd(
                    stream,
                    XAddParams.xAddParams()
                            .id(StreamEntryID.NEW_ENTRY)
                            .maxLen(streamMaxLength)
                            .approximateTrimming(),
                    fields);
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR, String.valueOf(e));
            throw e;
        } finally {
            span.end();
        }
    }
}
