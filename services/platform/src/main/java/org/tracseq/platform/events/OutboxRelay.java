package org.tracseq.platform.events;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.XAddParams;

/**
 * Publishes a service's committed outbox rows to Redis Streams, one stream per event family, in the
 * order they were written. One relay of a service works at a time (a transaction-scoped advisory
 * lock): two instances taking batches side by side could publish an aggregate's later event before
 * its earlier one. A batch is marked relayed only after every entry of it was added; if Redis is
 * away nothing is marked and the next round publishes the batch again. Relayed twice (a crash
 * between the adds and the mark) is harmless: consumers apply an event once by its id.
 */
public final class OutboxRelay {
    private final DataSource dataSource;
    private final UnifiedJedis redis;
    private final int batchSize;
    private final long streamMaxLength;

    /**
     * @param streamMaxLength about how many entries a stream keeps (older ones are trimmed); the
     *     events service keeps every event for good
     */
    public OutboxRelay(DataSource dataSource, UnifiedJedis redis, int batchSize, long streamMaxLength) {
        this.dataSource = dataSource;
        this.redis = redis;
        this.batchSize = batchSize;
        this.streamMaxLength = streamMaxLength;
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
                    Event event = row.event();
                    redis.xadd(
                            Event.stream(event.family()),
                            XAddParams.xAddParams()
                                    .id(StreamEntryID.NEW_ENTRY)
                                    .maxLen(streamMaxLength)
                                    .approximateTrimming(),
                            event.toFields());
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
}
